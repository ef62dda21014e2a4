import type { ActualsSection } from '../domain/actuals';
import { wholeVolume, type FunnelAnalysis } from '../domain/funnel-math';
import type { VolumePeriod } from '../domain/funnel';
import type { Period } from '../domain/plan-doc';
import { periodFactor } from '../domain/volume-period';
import { quarterOf } from './aggregate';
import { importFor, importedMonths, monthSeen } from './stage-actuals';

export interface StageMonth {
  stageId: string;
  month: string;
  actual: number;
  /** What the plan expects to enter the stage in a month; null where the funnel has no forecast. */
  plan: number | null;
  /** actual − plan. */
  difference: number | null;
  /** The difference as a share of the plan (−0.2 is 20 % below); null without a plan. */
  share: number | null;
  /** The export's last day when it saw only part of the month: the plan is for that part. */
  seenUntil: string | null;
  /** A month the plan's period does not reach: it has no plan figure to be held to. */
  outsidePlan: boolean;
}

/**
 * The plan against what happened, stage by stage and month by month: each month's
 * actual entries from the import that covers it, against the funnel's forecast for a
 * month (its forecast per period, counted per month, in whole leads).
 */
export function planVsActual(
  actuals: ActualsSection,
  analysis: FunnelAnalysis,
  period: VolumePeriod,
  planPeriod: Period | null = null,
): { months: string[]; cells: StageMonth[] } {
  const months = importedMonths(actuals.imports);
  const perMonth = periodFactor(period, 'month');
  const cells: StageMonth[] = [];
  const path = analysis.rows.map((row) => row.stageId);
  for (const row of analysis.rows) {
    for (const month of months) {
      // Of the imports covering the month, the one that measures the stage; a stage no
      // export measures that month has no figure, never a zero.
      const entry = importFor(actuals.imports, path, row.stageId, month);
      if (!entry) continue;
      const seen = monthSeen(entry, month);
      // September's leads are not held to a plan that starts in October.
      const outsidePlan =
        planPeriod !== null &&
        (month < planPeriod.start.slice(0, 7) || month > planPeriod.end.slice(0, 7));
      const plan =
        row.forecast === null || outsidePlan ? null : wholeVolume(row.forecast * perMonth * seen);
      const actual =
        entry.months.find((m) => m.month === month && m.stageId === row.stageId)?.entered ?? 0;
      const difference = plan === null ? null : actual - plan;
      cells.push({
        stageId: row.stageId,
        month,
        actual,
        plan,
        difference,
        share: plan === null || plan === 0 || difference === null ? null : difference / plan,
        seenUntil: seen < 1 ? entry.asOf : null,
        outsidePlan,
      });
    }
  }
  return { months, cells };
}

/**
 * The same comparison by calendar quarter ("2026-Q1" in `month`): actual and plan summed
 * over the quarter's imported months, so a quarter imported in part is judged on its part.
 */
export function byQuarter(table: { months: string[]; cells: StageMonth[] }): {
  months: string[];
  cells: StageMonth[];
  /** The months each quarter sums, for a quarter that has fewer than its three. */
  partOf: ReadonlyMap<string, { from: string; to: string }>;
} {
  const sums = new Map<string, StageMonth>();
  for (const cell of table.cells) {
    const quarter = quarterOf(cell.month);
    const key = `${cell.stageId}|${quarter}`;
    const sum = sums.get(key);
    if (!sum) {
      sums.set(key, { ...cell, month: quarter });
      continue;
    }
    sum.actual += cell.actual;
    if (cell.seenUntil !== null) sum.seenUntil = cell.seenUntil;
    sum.plan = sum.plan === null || cell.plan === null ? null : sum.plan + cell.plan;
    sum.outsidePlan = sum.outsidePlan && cell.outsidePlan;
  }
  const cells = [...sums.values()].map((cell) => {
    const difference = cell.plan === null ? null : cell.actual - cell.plan;
    const share =
      cell.plan === null || cell.plan === 0 || difference === null ? null : difference / cell.plan;
    return { ...cell, difference, share };
  });
  const monthsOf = new Map<string, string[]>();
  for (const month of table.months) {
    const quarter = quarterOf(month);
    monthsOf.set(quarter, [...(monthsOf.get(quarter) ?? []), month]);
  }
  const partOf = new Map<string, { from: string; to: string }>();
  for (const [quarter, months] of monthsOf) {
    const sorted = [...months].sort();
    const from = sorted[0];
    const to = sorted.at(-1);
    if (sorted.length < 3 && from && to) partOf.set(quarter, { from, to });
  }
  return { months: [...monthsOf.keys()], cells, partOf };
}
