import type { TFunction } from 'i18next';
import { acceptance, periodHandoff } from '../../../shared/actuals/review-figures';
import type { FeedbackCounts, ReviewMeeting } from '../../../shared/domain/actuals';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { formatMonth } from '../../ui/format';
import type { NumberFormats } from '../funnel/format-numbers';

export interface MeetingSentences {
  /** How fast sales answered the leads handed over, against the SLA; null when not measured. */
  responses: string | null;
  /** The median time to answer, month by month. */
  medians: string | null;
  /** Sales' acceptance against what the SLA agreed, in words; null when no verdict is known. */
  quality: string | null;
  /** What to say instead when the months have no import at all. */
  noImport: boolean;
  /** The feedback the sentences count: typed in the room, or read from the imports. */
  feedback: FeedbackCounts | null;
}

/**
 * The review meeting's handoff in sentences, the same on screen, on a slide and on paper:
 * how fast sales answered (in the SLA's business hours) and how many leads it accepted,
 * each against what the SLA agreed.
 */
export function meetingSentences(
  doc: Pick<PlanDoc, 'actuals' | 'handoff'>,
  meeting: ReviewMeeting,
  t: TFunction,
  formats: NumberFormats,
  language: string,
): MeetingSentences {
  const { sla } = doc.handoff;
  const figures = periodHandoff(doc.actuals, meeting.from, meeting.to);
  const feedback = meeting.typedFeedback ?? figures.feedback;
  const covered = doc.actuals.imports.some(
    (entry) => entry.firstMonth <= meeting.to && meeting.from <= entry.lastMonth,
  );
  const { responses } = figures;
  const hours = (value: number) => formats.decimal(value);
  let responsesSentence: string | null = null;
  let medians: string | null = null;
  if (responses) {
    responsesSentence = t('review.meeting.answered', {
      count: responses.qualified,
      within: formats.volume(responses.withinTarget),
      qualified: formats.volume(responses.qualified),
      hours: responses.targetHours.map(hours).join(' / '),
      share:
        responses.qualified === 0
          ? '–'
          : formats.percent(responses.withinTarget / responses.qualified),
    });
    const unanswered = responses.qualified - responses.answered;
    if (unanswered > 0) {
      responsesSentence += ` ${t('review.meeting.unanswered', {
        count: unanswered,
        number: formats.volume(unanswered),
      })}`;
    }
    medians = t('review.meeting.medians', {
      months: responses.medians
        .map(({ month, medianHours }) =>
          t('review.meeting.median', {
            month: formatMonth(month, language),
            hours: medianHours === null ? '–' : hours(medianHours),
          }),
        )
        .join(' · '),
    });
  }
  let quality: string | null = null;
  if (feedback) {
    const { judged, rate } = acceptance(feedback);
    quality =
      rate === null
        ? t('review.meeting.noneJudged')
        : t(
            rate >= sla.acceptanceRate
              ? 'review.meeting.acceptanceMet'
              : 'review.meeting.acceptanceMissed',
            {
              accepted: formats.volume(feedback.accepted),
              judged: formats.volume(judged),
              rate: formats.percent(rate),
              agreed: formats.percent(sla.acceptanceRate),
            },
          );
    // Leads handed over that sales has not judged yet are said, not left out in silence.
    const pending = responses ? responses.qualified - judged : 0;
    if (rate !== null && meeting.typedFeedback === null && pending > 0) {
      quality += ` ${t('review.meeting.notJudged', { count: pending, number: formats.volume(pending) })}`;
    }
  }
  return { responses: responsesSentence, medians, quality, noImport: !covered, feedback };
}
