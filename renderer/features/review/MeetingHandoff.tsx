import { useTranslation } from 'react-i18next';
import { periodHandoff } from '../../../shared/actuals/review-figures';
import type { FeedbackCounts, ReviewMeeting } from '../../../shared/domain/actuals';
import { RejectReasonSchema, type RejectReason } from '../../../shared/domain/handoff';
import { languageOf } from '../../../shared/i18n/languages';
import { useAppStore } from '../../store/store-context';
import { NumberField } from '../../ui/NumberField';
import { usePlanNumberFormats } from '../funnel/use-funnel';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { meetingSentences } from './meeting-sentences';

/**
 * The handoff over the meeting's months: how fast sales answered (in the SLA's business
 * hours) and what it said of the leads, counted from the imports or typed in the room,
 * each against what the SLA agreed, in words.
 */
export function MeetingHandoff({ meeting }: { meeting: ReviewMeeting }) {
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const dispatch = usePlanDispatch();
  const formats = usePlanNumberFormats();
  const doc = useAppStore((s) => s.current?.doc);
  if (!doc) return null;
  const { sla } = doc.handoff;
  const imported = periodHandoff(doc.actuals, meeting.from, meeting.to).feedback;
  const said = meetingSentences(doc, meeting, t, formats, language);
  const feedback = said.feedback;
  const reasons: RejectReason[] = RejectReasonSchema.options.filter(
    (reason) => sla.reasonCodes.includes(reason) || (feedback?.rejected[reason] ?? 0) > 0,
  );
  const typed = meeting.typedFeedback !== null;
  const count = (outcome: 'accepted' | RejectReason, value: number | null) =>
    value === null
      ? t('refusals.number.notWhole')
      : dispatch([
          { type: 'actuals.review.feedback.count', reviewId: meeting.id, outcome, count: value },
        ]);
  const setTyped = (typedFeedback: FeedbackCounts | null) =>
    dispatch([{ type: 'actuals.review.set', reviewId: meeting.id, patch: { typedFeedback } }]);
  // Reasons given, in one line: "not the ideal customer (1), no timeline (1)".
  const given = reasons
    .filter((reason) => (feedback?.rejected[reason] ?? 0) > 0)
    .map((reason) =>
      t('review.meeting.reasonCount', {
        reason: t(`handoff.sla.reason.${reason}`).toLowerCase(),
        number: formats.volume(feedback?.rejected[reason] ?? 0),
      }),
    );

  return (
    <div className="meeting-handoff">
      <section aria-labelledby="responses-heading">
        <h4 id="responses-heading">{t('review.meeting.responses')}</h4>
        {said.responses === null ? (
          <p className="muted">
            {said.noImport ? t('review.meeting.noImport') : t('review.meeting.noResponses')}
          </p>
        ) : (
          <>
            <p>{said.responses}</p>
            <p className="muted">{said.medians}</p>
            {!periodHandoff(doc.actuals, meeting.from, meeting.to).responses?.targetHours.includes(
              sla.firstResponseHours,
            ) && (
              <p className="notice">
                {t('review.meeting.targetChanged', {
                  hours: formats.decimal(sla.firstResponseHours),
                })}
              </p>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="quality-heading">
        <h4 id="quality-heading">{t('review.meeting.quality')}</h4>
        <p>
          {said.quality ??
            (said.noImport ? t('review.meeting.noImport') : t('review.meeting.noFeedback'))}
        </p>
        {typed ? (
          <div className="feedback-counts">
            <NumberField
              label={t('review.meeting.accepted')}
              value={meeting.typedFeedback?.accepted ?? 0}
              min={0}
              integer
              commit={(value) => count('accepted', value)}
            />
            {reasons.map((reason) => (
              <NumberField
                key={reason}
                label={t('review.meeting.rejectedFor', {
                  reason: t(`handoff.sla.reason.${reason}`),
                })}
                value={meeting.typedFeedback?.rejected[reason] ?? 0}
                min={0}
                integer
                commit={(value) => count(reason, value)}
              />
            ))}
          </div>
        ) : (
          given.length > 0 && (
            <p className="muted">
              {t('review.meeting.rejectedBecause', { reasons: given.join(', ') })}
            </p>
          )
        )}
        <button
          type="button"
          className="btn"
          onClick={() => setTyped(typed ? null : (imported ?? { accepted: 0, rejected: {} }))}
        >
          {typed
            ? imported
              ? t('review.meeting.useImported')
              : t('review.meeting.clearTyped')
            : t('review.meeting.typeCounts')}
        </button>
      </section>
    </div>
  );
}
