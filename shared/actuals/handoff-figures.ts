import type { FeedbackCounts, ResponseMonth } from '../domain/actuals';
import { businessHoursBetween, type BusinessCalendar } from '../domain/business-calendar';
import type { FeedbackOutcome } from './records';

/** The SLA terms an export is judged by: where leads are handed over, and how fast to answer. */
export interface HandoffTerms {
  /** The target stage at which marketing hands leads to sales. */
  stageKey: string;
  targetHours: number;
  calendar: BusinessCalendar;
  /** Whether the export has a first-response column: without one no lead counts as unanswered. */
  countResponses: boolean;
}

export interface HandoffFigures {
  responses: { targetHours: number; months: ResponseMonth[] } | null;
  feedback: Array<{ month: string } & FeedbackCounts>;
}

export interface HandedOver {
  /** When the lead entered the handoff stage (wall clock of the team's zone). */
  qualified: number;
  month: string;
  firstResponse: number | null;
  feedback: FeedbackOutcome | null;
}

/**
 * The handoff as it ran, by the month leads were handed to sales: how many were answered
 * within the SLA's hours (counted in its business calendar) and the median time to answer,
 * and what sales said of them (accepted, or rejected for which reason).
 */
export function handoffFigures(leads: readonly HandedOver[], terms: HandoffTerms): HandoffFigures {
  const byMonth = new Map<string, HandedOver[]>();
  for (const lead of leads) {
    const month = byMonth.get(lead.month);
    if (month) month.push(lead);
    else byMonth.set(lead.month, [lead]);
  }
  const months = [...byMonth.keys()].sort();
  const responses = terms.countResponses
    ? {
        targetHours: terms.targetHours,
        months: months.map((month) => responseMonth(month, byMonth.get(month) ?? [], terms)),
      }
    : null;
  const feedback = months.flatMap((month) => {
    const counts: FeedbackCounts = { accepted: 0, rejected: {} };
    let any = false;
    for (const lead of byMonth.get(month) ?? []) {
      if (lead.feedback === null) continue;
      any = true;
      if (lead.feedback === 'accepted') counts.accepted++;
      else counts.rejected[lead.feedback] = (counts.rejected[lead.feedback] ?? 0) + 1;
    }
    return any ? [{ month, ...counts }] : [];
  });
  return { responses, feedback };
}

function responseMonth(
  month: string,
  leads: readonly HandedOver[],
  terms: HandoffTerms,
): ResponseMonth {
  const hours: number[] = [];
  for (const lead of leads) {
    if (lead.firstResponse === null) continue;
    hours.push(businessHoursBetween(lead.qualified, lead.firstResponse, terms.calendar));
  }
  hours.sort((a, b) => a - b);
  const middle = (hours.length - 1) / 2;
  const median =
    hours.length === 0
      ? null
      : ((hours[Math.floor(middle)] ?? 0) + (hours[Math.ceil(middle)] ?? 0)) / 2;
  return {
    month,
    qualified: leads.length,
    answered: hours.length,
    // A hair's tolerance: 4 h computed from minutes can come out as 4.000000001.
    withinTarget: hours.filter((h) => h <= terms.targetHours + 1e-9).length,
    medianHours: median === null ? null : Math.round(median * 100) / 100,
  };
}

/** Of two rows of one record, the verdict kept: a rejection over an acceptance, then by reason. */
export function strongerFeedback(
  a: FeedbackOutcome | null,
  b: FeedbackOutcome | null,
): FeedbackOutcome | null {
  if (a === null) return b;
  if (b === null) return a;
  if (a === 'accepted') return b;
  if (b === 'accepted') return a;
  return a < b ? a : b;
}
