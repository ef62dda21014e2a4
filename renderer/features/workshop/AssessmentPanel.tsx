import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { SelectField } from '../../ui/SelectField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentResults } from './AssessmentResults';
import { KeptRoomAssessment } from '../room/KeptRoomResults';
import { formatDate } from '../../ui/format';
import { localToday } from '../../../shared/format/date-input';

type Team = 'marketing' | 'sales';

/**
 * The alignment assessment: start a run, let each leader answer on their own
 * (the other's answers hidden by default), see the results as soon as both
 * have answered, and compare with an earlier run.
 */
export function AssessmentPanel() {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => formatDate(iso, i18n.language);
  const dispatch = usePlanDispatch();
  const runs = useAppStore((s) => s.current?.doc.workshop.assessments ?? []);
  const language = useAppStore((s) => s.current?.doc.language ?? 'en');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [compareId, setCompareId] = useState<string>('');
  const [team, setTeam] = useState<Team>('marketing');
  const [showOther, setShowOther] = useState(false);
  const run = runs.find((r) => r.id === chosenId) ?? runs.at(-1) ?? null;
  const earlier = runs.find((r) => r.id === compareId && r.id !== run?.id) ?? null;
  const bothAnswered =
    run !== null && Object.keys(run.marketing).length > 0 && Object.keys(run.sales).length > 0;

  const start = () => {
    const id = crypto.randomUUID();
    const date = localToday(new Date());
    if (
      dispatch([{ type: 'assessment.start', run: { id, date, marketing: {}, sales: {} } }]) === null
    ) {
      setChosenId(id);
    }
  };

  return (
    <div className="assessment">
      <div className="toolbar-row">
        <button type="button" className="btn btn-primary" onClick={start}>
          <Plus aria-hidden size={18} />
          {runs.length === 0 ? t('workshop.assessment.start') : t('workshop.assessment.again')}
        </button>
        {runs.length > 1 && run && (
          <>
            <SelectField
              label={t('workshop.assessment.run')}
              className="compact-field"
              value={run.id}
              options={runs.map((r, i) => ({ value: r.id, label: `${i + 1} · ${day(r.date)}` }))}
              onChange={(e) => setChosenId(e.target.value)}
            />
            <SelectField
              label={t('workshop.assessment.compare')}
              className="compact-field"
              value={compareId}
              options={[
                { value: '', label: t('workshop.assessment.noCompare') },
                ...runs
                  .filter((r) => r.id !== run.id)
                  .map((r) => ({ value: r.id, label: `${runs.indexOf(r) + 1} · ${day(r.date)}` })),
              ]}
              onChange={(e) => setCompareId(e.target.value)}
            />
          </>
        )}
      </div>
      {!run ? (
        <p className="muted">{t('workshop.assessment.intro')}</p>
      ) : (
        <div className="assessment-layout">
          <section className="card" aria-labelledby="answers-heading">
            <h3 id="answers-heading">
              {t('workshop.assessment.answers', { date: day(run.date) })}
            </h3>
            <div className="segmented" role="group" aria-label={t('workshop.assessment.who')}>
              {(['marketing', 'sales'] as const).map((k) => (
                <button key={k} type="button" aria-pressed={team === k} onClick={() => setTeam(k)}>
                  {t('workshop.assessment.answering', { team: t(`workshop.team.${k}`) })}
                </button>
              ))}
            </div>
            <label className="checkbox-field">
              <input
                type="checkbox"
                checked={showOther}
                onChange={(e) => setShowOther(e.target.checked)}
              />
              {t('workshop.assessment.showOther')}
            </label>
            <AssessmentForm run={run} team={team} showOther={showOther} language={language} />
          </section>
          {bothAnswered ? (
            <AssessmentResults run={run} earlier={earlier} language={language} />
          ) : (
            <p className="card muted">{t('workshop.assessment.waiting')}</p>
          )}
          <KeptRoomAssessment run={run} />
        </div>
      )}
    </div>
  );
}
