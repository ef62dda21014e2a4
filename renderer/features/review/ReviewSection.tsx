import { Trash2 } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { describeActualsProblem } from '../../../shared/actuals/describe';
import { sizeProblem } from '../../../shared/actuals/read-export';
import { analyzeFunnel } from '../../../shared/domain/funnel-math';
import { mainPath } from '../../../shared/domain/funnel-path';
import { handoffStageId } from '../../../shared/domain/sla';
import { languageOf } from '../../../shared/i18n/languages';
import { useAppStore } from '../../store/store-context';
import { FileButton } from '../../ui/FileButton';
import { formatDate, formatMonth } from '../../ui/format';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { CheckInProposals } from './CheckInProposals';
import { FunnelAsRun } from './FunnelAsRun';
import { ImportDialog } from './ImportDialog';
import { PlanVsActual } from './PlanVsActual';
import { ReviewMeetingCard } from './ReviewMeetingCard';
import { shownMeeting } from './shown-meeting';
import { prepareActualsReader } from './use-actuals-reader';
import './review.css';

/**
 * The living plan: the team imports its CRM's export each month and reviews the plan
 * against what the funnel really did.
 */
export function ReviewSection() {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const dispatch = usePlanDispatch();
  const doc = useAppStore((s) => s.current?.doc);
  const [file, setFile] = useState<{ name: string; blob: Blob } | null>(null);
  const showReview = useAppStore((s) => s.showReview);
  const shownReview = useAppStore((s) => s.shownReview);
  const planStages = useMemo(() => {
    if (!doc) return [];
    const names = new Map(doc.funnel.stages.map((stage) => [stage.id, stage.name]));
    return mainPath(doc.funnel).stageIds.map((id) => ({ id, name: names.get(id) ?? '' }));
  }, [doc]);
  const slaTerms = useMemo(() => {
    if (!doc) return null;
    const { sla } = doc.handoff;
    const stageKey = handoffStageId(sla, doc.funnel, analyzeFunnel(doc.funnel));
    return stageKey === null
      ? null
      : { stageKey, targetHours: sla.firstResponseHours, calendar: sla.calendar };
  }, [doc]);
  if (!doc) return null;
  // The meeting chosen, or else the latest: the review opens on the meeting at hand, and
  // the presenter view in this window shows the same one.
  const meeting = shownMeeting(doc, shownReview);

  const choose = (chosen: File) => {
    // A file over the limit is refused from its size, before a byte of it is read.
    const tooLarge = sizeProblem(chosen.size);
    if (tooLarge) {
      toast.error(describeActualsProblem(tooLarge, language));
      return;
    }
    setFile({ name: chosen.name, blob: chosen });
  };

  return (
    <div className="review-section">
      <div className="section-toolbar">
        <h2>{t('review.title')}</h2>
        <FileButton
          label={t('review.import.open')}
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onOpen={prepareActualsReader}
          onFile={choose}
        />
      </div>
      <p className="muted">{t('review.intro')}</p>
      <ReviewMeetingCard meeting={meeting} onChoose={(id) => showReview(doc.id, id)} />
      <section className="card" aria-labelledby="compare-heading">
        <h3 id="compare-heading">{t('review.compare.heading')}</h3>
        <PlanVsActual period={meeting ? { from: meeting.from, to: meeting.to } : null} />
      </section>
      <FunnelAsRun />
      <CheckInProposals />
      <section className="card" aria-labelledby="imports-heading">
        <h3 id="imports-heading">{t('review.imports.heading')}</h3>
        {doc.actuals.imports.length === 0 ? (
          <p className="muted">{t('review.imports.empty')}</p>
        ) : (
          <ul className="import-list">
            {doc.actuals.imports.map((entry) => (
              <li key={entry.id}>
                <span>
                  {t('review.imports.row', {
                    file: entry.fileName,
                    crm: t(`actuals.crm.${entry.crm}`),
                    from: formatMonth(entry.firstMonth, language),
                    to: formatMonth(entry.lastMonth, language),
                    date: formatDate(entry.importedAt, language),
                  })}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('review.imports.remove', { file: entry.fileName })}
                  onClick={() => dispatch([{ type: 'actuals.import.remove', importId: entry.id }])}
                >
                  <Trash2 aria-hidden size={18} />
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {file && (
        <ImportDialog
          file={file}
          planStages={planStages}
          actuals={doc.actuals}
          sla={slaTerms}
          onClose={() => setFile(null)}
        />
      )}
    </div>
  );
}
