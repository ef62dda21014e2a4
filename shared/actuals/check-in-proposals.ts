import type { ActualsSection } from '../domain/actuals';
import type { FunnelSection } from '../domain/funnel';
import { mainPath } from '../domain/funnel-path';
import type { Goal } from '../domain/goals';
import { enteredIn, importedMonths } from './stage-actuals';

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
 * won. Only months an export measures count: a goal on a stage no export dates, or on
 * revenue without a deals export, gets no proposal, never a zero. A goal already checked in
 * on that day with that value gets no proposal.
 */
export function proposeCheckIns(
  goals: readonly Goal[],
  actuals: ActualsSection,
  funnel: Pick<FunnelSection, 'stages' | 'handoffs'>,
): CheckInProposal[] {
  const months = importedMonths(actuals.imports);
  const path = mainPath(funnel).stageIds;
  const entered = (stageId: string, month: string) =>
    enteredIn(actuals.imports, path, stageId, month);
  /** Revenue won in a month, where a deals export covers it. */
  const revenue = (month: string): number | null => {
    const deals = actuals.imports.filter(
      (entry) =>
        (entry.kind === 'deals' || entry.kind === 'opportunities') &&
        entry.firstMonth <= month &&
        month <= entry.lastMonth,
    );
    if (deals.length === 0) return null;
    return deals
      .flatMap((entry) => entry.won)
      .filter((won) => won.month === month)
      .reduce((sum, won) => sum + won.revenue, 0);
  };
  /** The months of a window where every figure asked for is measured, and their sum. */
  const sumOver = (window: string[], figure: (month: string) => number | null) => {
    let total = 0;
    const measured: string[] = [];
    for (const month of window) {
      const value = figure(month);
      if (value === null) continue;
      total += value;
      measured.push(month);
    }
    return { total, measured };
  };

  const proposals: CheckInProposal[] = [];
  for (const goal of goals) {
    const metric = goal.metric;
    if (!metric) continue;
    const window = months.filter(
      (month) =>
        (goal.start === null || month >= goal.start.slice(0, 7)) &&
        (goal.deadline === null || month <= goal.deadline.slice(0, 7)),
    );
    let value: number | null = null;
    let counted: string[] = [];
    if (metric.kind === 'stageVolume') {
      const sum = sumOver(window, (month) => entered(metric.stageId, month));
      value = sum.total;
      counted = sum.measured;
    } else if (metric.kind === 'conversion') {
      const handoff = funnel.handoffs.find((h) => h.id === metric.handoffId);
      if (handoff) {
        // Both ends measured in the same months, or the rate mixes two different exports.
        const both = (month: string) => {
          const from = entered(handoff.source, month);
          const to = entered(handoff.target, month);
          return from === null || to === null ? null : from;
        };
        const from = sumOver(window, both);
        const to = sumOver(from.measured, (month) => entered(handoff.target, month));
        counted = from.measured;
        // A rate goal is kept in percent, as its target is typed.
        value = from.total > 0 ? Math.round((to.total / from.total) * 1000) / 10 : null;
      }
    } else if (metric.kind === 'revenue') {
      const sum = sumOver(window, revenue);
      value = sum.total;
      counted = sum.measured;
    }
    const fromMonth = counted[0];
    const toMonth = counted.at(-1);
    if (value === null || !fromMonth || !toMonth) continue;
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
