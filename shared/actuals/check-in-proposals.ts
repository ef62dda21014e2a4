import type { ActualsSection } from '../domain/actuals';
import type { FunnelSection } from '../domain/funnel';
import type { Goal } from '../domain/goals';

/** A check-in the actuals suggest for a goal: shown for one click, never written alone. */
export interface CheckInProposal {
  goalId: string;
  /** The last day of the latest month the imports cover within the goal's window. */
  date: string;
  value: number;
  /** The months counted, for the note. */
  fromMonth: string;
  toMonth: string;
}

/**
 * What the imported actuals say about each goal measured on the funnel, from the goal's
 * start (or the first imported month) to its deadline or the latest imported month: the
 * records that entered its stage, the share of those passing its handoff, or the revenue
 * won. A goal already checked in on that day with that value gets no proposal.
 */
export function proposeCheckIns(
  goals: readonly Goal[],
  actuals: ActualsSection,
  funnel: Pick<FunnelSection, 'handoffs'>,
): CheckInProposal[] {
  const months = [
    ...new Set(actuals.imports.flatMap((entry) => entry.months.map((m) => m.month))),
  ].sort();
  const entered = (stageId: string, month: string) =>
    actuals.imports
      .filter((entry) => entry.firstMonth <= month && month <= entry.lastMonth)
      .flatMap((entry) => entry.months)
      .filter((m) => m.month === month && m.stageId === stageId)
      .reduce((sum, m) => sum + m.entered, 0);
  const revenue = (month: string) =>
    actuals.imports
      .flatMap((entry) => entry.won)
      .filter((won) => won.month === month)
      .reduce((sum, won) => sum + won.revenue, 0);

  const proposals: CheckInProposal[] = [];
  for (const goal of goals) {
    const metric = goal.metric;
    if (!metric) continue;
    const window = months.filter(
      (month) =>
        (goal.start === null || month >= goal.start.slice(0, 7)) &&
        (goal.deadline === null || month <= goal.deadline.slice(0, 7)),
    );
    const fromMonth = window[0];
    const toMonth = window.at(-1);
    if (!fromMonth || !toMonth) continue;
    let value: number | null = null;
    if (metric.kind === 'stageVolume') {
      value = window.reduce((sum, month) => sum + entered(metric.stageId, month), 0);
    } else if (metric.kind === 'conversion') {
      const handoff = funnel.handoffs.find((h) => h.id === metric.handoffId);
      if (handoff) {
        const from = window.reduce((sum, month) => sum + entered(handoff.source, month), 0);
        const to = window.reduce((sum, month) => sum + entered(handoff.target, month), 0);
        // A rate goal is kept in percent, as its target is typed.
        value = from > 0 ? Math.round((to / from) * 1000) / 10 : null;
      }
    } else if (metric.kind === 'revenue') {
      value = window.reduce((sum, month) => sum + revenue(month), 0);
    }
    if (value === null) continue;
    const date = lastDay(toMonth);
    if (goal.checkIns.some((c) => c.date === date && c.value === value)) continue;
    proposals.push({ goalId: goal.id, date, value, fromMonth, toMonth });
  }
  return proposals;
}

function lastDay(month: string): string {
  const [year = 1970, index = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(year, index, 0)).toISOString().slice(0, 10);
}
