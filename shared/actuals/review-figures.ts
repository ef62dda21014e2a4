import type {
  ActualsSection,
  FeedbackCounts,
  ReviewMeeting,
  ResponseMonth,
} from '../domain/actuals';
import type { ActionItem } from '../domain/workshop';

/** The months from one to another, both included ("2026-11" … "2027-02"). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year = 1970, month = 1] = from.split('-').map(Number);
  for (let guard = 0; guard < 600; guard++) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > to) break;
    months.push(current);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return months;
}

export interface PeriodHandoff {
  /** First responses to the leads handed over in the period; null when no import counts them. */
  responses: {
    qualified: number;
    answered: number;
    withinTarget: number;
    /** The SLA target each import judged by: one value unless the SLA changed in between. */
    targetHours: number[];
    /** Medians do not add up: each month's, as the imports give them. */
    medians: Array<Pick<ResponseMonth, 'month' | 'medianHours'>>;
  } | null;
  /** Sales' verdicts on the leads of the period, as the imports read them; null when none did. */
  feedback: FeedbackCounts | null;
}

/** The handoff over a review's months, summed from the imports that cover them. */
export function periodHandoff(actuals: ActualsSection, from: string, to: string): PeriodHandoff {
  const inPeriod = (month: string) => from <= month && month <= to;
  let responses: PeriodHandoff['responses'] = null;
  let feedback: FeedbackCounts | null = null;
  for (const entry of actuals.imports) {
    const months = entry.responses?.months.filter((m) => inPeriod(m.month)) ?? [];
    if (entry.responses && months.length > 0) {
      responses ??= { qualified: 0, answered: 0, withinTarget: 0, targetHours: [], medians: [] };
      for (const month of months) {
        responses.qualified += month.qualified;
        responses.answered += month.answered;
        responses.withinTarget += month.withinTarget;
        responses.medians.push({ month: month.month, medianHours: month.medianHours });
      }
      if (!responses.targetHours.includes(entry.responses.targetHours)) {
        responses.targetHours.push(entry.responses.targetHours);
      }
    }
    for (const month of entry.feedback.filter((m) => inPeriod(m.month))) {
      feedback ??= { accepted: 0, rejected: {} };
      feedback.accepted += month.accepted;
      for (const [reason, count] of Object.entries(month.rejected)) {
        const key = reason as keyof FeedbackCounts['rejected'];
        feedback.rejected[key] = (feedback.rejected[key] ?? 0) + (count ?? 0);
      }
    }
  }
  responses?.medians.sort((a, b) => a.month.localeCompare(b.month));
  return { responses, feedback };
}

/** Leads sales judged, and the share it accepted; null when it judged none. */
export function acceptance(feedback: FeedbackCounts): { judged: number; rate: number | null } {
  const rejected = Object.values(feedback.rejected).reduce((sum, n) => sum + (n ?? 0), 0);
  const judged = feedback.accepted + rejected;
  return { judged, rate: judged === 0 ? null : feedback.accepted / judged };
}

/**
 * What earlier reviews left to do: their actions not yet done, oldest meeting first, so a
 * commitment stays on the table until someone closes it.
 */
export function carriedOverActions(
  reviews: readonly ReviewMeeting[],
  current: ReviewMeeting,
): Array<{ review: ReviewMeeting; action: ActionItem }> {
  return reviews
    .filter((review) => review.id !== current.id && review.date <= current.date)
    .flatMap((review) =>
      review.actions
        .filter((action) => action.status !== 'done')
        .map((action) => ({ review, action })),
    );
}
