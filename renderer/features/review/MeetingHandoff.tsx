import { useTranslation } from 'react-i18next';
import { acceptance, periodHandoff } from '../../../shared/actuals/review-figures';
import type { FeedbackCounts, ReviewMeeting } from '../../../shared/domain/actuals';
import { RejectReasonSchema, type RejectReason } from '../../../shared/domain/handoff';
import { languageOf } from '../../../shared/i18n';
import { useAppStore } from '../../store/store-context';
import { NumberField } from '../../ui/NumberField';
import { formatMonth } from '../../ui/format';
import { usePlanNumberFormats } from '../funnel/use-funnel';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

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
  const figures = periodHandoff(doc.actuals, meeting.from, meeting.to);
  const feedback = meeting.typedFeedback ?? figures.feedback;
  const hours = (value: number) => formats.decimal(value);
  const { responses } = figures;
  const reasons: RejectReason[] = RejectReasonSchema.options.filter(
    (reason) => sla.reasonCodes.includes(reason) || (feedback?.rejected[reason] ?? 0) > 0,
  );
  const typed = meeting.typedFeedback !== null;
  const count = (outcome: 'accepted' | RejectReason, value: number | null) =>
    value === null || !Number.isInteger(value) || value < 0
      ? t('refusals.number.notWhole')
      : dispatch([
          { type: 'actuals.review.feedback.count', reviewId: meeting.id, outcome, count: value },
        ]);
  const setTyped = (typedFeedback: FeedbackCounts | null) =>
    dispatch([{ type: 'actuals.review.set', reviewId: meeting.id, patch: { typedFeedback } }]);

  return (
    <div className="meeting-handoff">
      <section aria-labelledby="responses-heading">
        <h4 id="responses-heading">{t('review.meeting.responses')}</h4>
        {responses === null ? (
          <p className="muted">{t('review.meeting.noResponses')}</p>
        ) : (
          <>
            <p>
              {t('review.meeting.answered', {
                count: responses.qualified,
                within: formats.volume(responses.withinTarget),
                qualified: formats.volume(responses.qualified),
                hours: responses.targetHours.map(hours).join(' / '),
                share:
                  responses.qualified === 0
                    ? '–'
                    : formats.percent(responses.withinTarget / responses.qualified),
              })}{' '}
              {responses.answered < responses.qualified &&
                t('review.meeting.unanswered', {
                  count: responses.qualified - responses.answered,
                  number: formats.volume(responses.qualified - responses.answered),
                })}
            </p>
            <p className="muted">
              {t('review.meeting.medians', {
                months: responses.medians
                  .map(({ month, medianHours }) =>
                    t('review.meeting.median', {
                      month: formatMonth(month, language),
                      hours: medianHours === null ? '–' : hours(medianHours),
                    }),
                  )
                  .join(' · '),
              })}
            </p>
            {!responses.targetHours.includes(sla.firstResponseHours) && (
              <p className="notice">
                {t('review.meeting.targetChanged', { hours: hours(sla.firstResponseHours) })}
              </p>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="quality-heading">
        <h4 id="quality-heading">{t('review.meeting.quality')}</h4>
        <p>{feedback ? qualitySentence(feedback) : t('review.meeting.noFeedback')}</p>
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
          feedback && (
            <ul className="feedback-list">
              <li>
                {t('review.meeting.acceptedCount', {
                  count: feedback.accepted,
                  number: formats.volume(feedback.accepted),
                })}
              </li>
              {reasons.map((reason) => (
                <li key={reason}>
                  {t('review.meeting.rejectedCount', {
                    reason: t(`handoff.sla.reason.${reason}`),
                    number: formats.volume(feedback.rejected[reason] ?? 0),
                  })}
                </li>
              ))}
            </ul>
          )
        )}
        <button
          type="button"
          className="btn"
          onClick={() =>
            setTyped(typed ? null : (figures.feedback ?? { accepted: 0, rejected: {} }))
          }
        >
          {typed
            ? figures.feedback
              ? t('review.meeting.useImported')
              : t('review.meeting.clearTyped')
            : t('review.meeting.typeCounts')}
        </button>
      </section>
    </div>
  );

  function qualitySentence(counts: FeedbackCounts): string {
    const { judged, rate } = acceptance(counts);
    if (rate === null) return t('review.meeting.noneJudged');
    const agreed = sla.acceptanceRate;
    return t(rate >= agreed ? 'review.meeting.acceptanceMet' : 'review.meeting.acceptanceMissed', {
      accepted: formats.volume(counts.accepted),
      judged: formats.volume(judged),
      rate: formats.percent(rate),
      agreed: formats.percent(agreed),
    });
  }
}
