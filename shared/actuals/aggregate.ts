import {
  handoffFigures,
  strongerFeedback,
  type HandedOver,
  type HandoffFigures,
  type HandoffTerms,
} from './handoff-figures';
import type { ActualRecord, TargetStage } from './records';
import { countWithin, summarise, type TimeSummary } from './time-summary';

export type { TimeSummary } from './time-summary';

/**
 * Strict counts a record in a stage only on the day the export dates it there;
 * pass-through also counts a record that reached a later stage as having passed this one
 * (on the day it reached the next dated stage), as HubSpot's "all stages in order" does.
 */
export type Counting = 'strict' | 'passThrough';

export const COHORT_HORIZONS = [30, 60, 90] as const;
export type Horizon = (typeof COHORT_HORIZONS)[number];

const DAY_MS = 86_400_000;

export interface MonthCount {
  month: string;
  stage: string;
  /** The stage's key: a plan stage's id, or the export's name without a plan. */
  stageKey: string;
  entered: number;
}

/** Records entering a stage in a calendar quarter ("2026-Q1"): the months summed. */
export interface QuarterCount {
  quarter: string;
  stage: string;
  stageKey: string;
  entered: number;
}

export interface CohortRow {
  from: string;
  to: string;
  fromKey: string;
  toKey: string;
  /** The month the cohort entered `from`. */
  month: string;
  entered: number;
  /** Per horizon: how many reached `to` within it, and the share; null while too early. */
  within: Record<Horizon, { reached: number; rate: number | null }>;
}

export interface ActualsFigures {
  stages: TargetStage[];
  counting: Counting;
  /** Records after duplicates were merged. */
  records: number;
  /** Rows that repeated a record id already read, merged into it. */
  duplicates: number;
  /** The latest day in the export: cohorts younger than their horizon are judged against it. */
  asOf: string | null;
  months: MonthCount[];
  quarters: QuarterCount[];
  cohorts: CohortRow[];
  /** Days from entering a stage to entering the next, per step. */
  timeInStage: Array<{ from: string; to: string; fromKey: string; toKey: string } & TimeSummary>;
  /** Days from the first stage to the last. */
  cycle: TimeSummary | null;
  /** Records entering the last stage with an amount: revenue won per month. */
  won: Array<{ month: string; count: number; revenue: number }>;
  averageDealSize: number | null;
  /** Rows whose dates go backwards along the funnel (entered a later stage first). */
  outOfOrder: Array<{ row: number; stage: string; before: string }>;
  /** First responses and sales' feedback on handed-over leads; null without SLA terms. */
  handoff: HandoffFigures | null;
  /** The stages the export dates (their keys): the others are not measured, never zero. */
  measured: string[];
}

/**
 * The funnel's actual figures from an export's records: volumes per stage and month,
 * cohort conversion per step, time in stage, cycle time and revenue won. Records sharing
 * an id are one record (each stage at its earliest day), so repeating rows changes nothing.
 */
export function aggregateActuals(
  input: readonly ActualRecord[],
  stages: readonly TargetStage[],
  counting: Counting,
  options: {
    terms?: HandoffTerms | undefined;
    /** The stages (by index) the export dates; all of them when not said. */
    measured?: readonly number[] | undefined;
  } = {},
): ActualsFigures {
  const { terms } = options;
  const { records, duplicates } = mergeDuplicates(input);
  const last = stages.length - 1;
  const dated = stages.map((_, index) => options.measured?.includes(index) ?? true);
  // Pass-through fills a stage between two the export dates (a lead now an SQL passed SAL),
  // never one before the first it dates: a record may have come in at a later stage.
  const first = dated.indexOf(true);
  const measured = dated.map((isDated, index) => isDated || (first >= 0 && index > first));
  const entered = records.map((record) =>
    counting === 'strict' ? record.entered : passThrough(record.entered, measured),
  );
  // A loop, not Math.max(...days): half a million days overflow the call stack.
  let latest = Number.NEGATIVE_INFINITY;
  for (const record of records) {
    for (const day of record.entered) if (day !== null && day > latest) latest = day;
  }
  const asOf = Number.isFinite(latest) ? latest : null;

  const counts = stages.map(() => new Map<string, number>());
  for (const dates of entered) {
    for (let index = 0; index < dates.length; index++) {
      const date = dates[index] ?? null;
      const perMonth = counts[index];
      if (date === null || !perMonth) continue;
      const month = monthOf(date);
      perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
    }
  }
  const months = counts
    .flatMap((perMonth, index) => [...perMonth].map(([month, count]) => ({ month, index, count })))
    .sort((a, b) => a.month.localeCompare(b.month) || a.index - b.index)
    .map(({ month, index, count }) => ({
      month,
      stage: stages[index]?.name ?? '',
      stageKey: stages[index]?.key ?? '',
      entered: count,
    }));

  const cohorts: CohortRow[] = [];
  const timeInStage: ActualsFigures['timeInStage'] = [];
  for (const [index, fromStage] of stages.entries()) {
    const toStage = stages[index + 1];
    if (!toStage) break;
    const from = fromStage.name;
    const to = toStage.name;
    const byMonth = new Map<string, Array<number | null>>();
    const durations: number[] = [];
    for (const dates of entered) {
      const start = dates[index];
      if (start === null || start === undefined) continue;
      const end = dates[index + 1] ?? null;
      // Reached the next stage the same day or later; an earlier day (dates out of order)
      // still counts as reached, at once.
      const days = end === null ? null : Math.max(0, (end - start) / DAY_MS);
      const month = monthOf(start);
      const cohort = byMonth.get(month);
      if (cohort) cohort.push(days);
      else byMonth.set(month, [days]);
      if (days !== null) durations.push(days);
    }
    for (const [month, reachedAfter] of [...byMonth.entries()].sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      const within = {} as CohortRow['within'];
      for (const horizon of COHORT_HORIZONS) {
        const reached = countWithin(reachedAfter, horizon);
        const mature = asOf !== null && monthEnd(month) + horizon * DAY_MS <= asOf;
        within[horizon] = { reached, rate: mature ? reached / reachedAfter.length : null };
      }
      cohorts.push({
        from,
        to,
        fromKey: fromStage.key,
        toKey: toStage.key,
        month,
        entered: reachedAfter.length,
        within,
      });
    }
    const summary = summarise(durations);
    if (summary) {
      timeInStage.push({ from, to, fromKey: fromStage.key, toKey: toStage.key, ...summary });
    }
  }

  // Loops rather than flatMap and per-record objects below: a hundred thousand records
  // made as many short-lived arrays, and collecting them was much of an import's time.
  const cycleDays: number[] = [];
  for (const dates of entered) {
    const start = dates[0];
    const end = dates[last];
    if (start != null && end != null && end >= start) cycleDays.push((end - start) / DAY_MS);
  }
  const cycle = summarise(cycleDays);

  const wonByMonth = new Map<string, { count: number; revenue: number }>();
  let withAmount = 0;
  let revenue = 0;
  records.forEach((record, index) => {
    const day = entered[index]?.[last];
    if (day === null || day === undefined || record.amount === null || last < 0) return;
    const month = monthOf(day);
    const sum = wonByMonth.get(month);
    if (sum) {
      sum.count += 1;
      sum.revenue += record.amount;
    } else wonByMonth.set(month, { count: 1, revenue: record.amount });
    withAmount++;
    revenue += record.amount;
  });

  const outOfOrder: ActualsFigures['outOfOrder'] = [];
  for (const record of records) {
    // The latest stage dated so far along the funnel, and its day.
    let previousIndex = -1;
    let previousDay = Number.NEGATIVE_INFINITY;
    for (let index = 0; index < record.entered.length; index++) {
      const day = record.entered[index] ?? null;
      if (day === null) continue;
      if (previousIndex >= 0 && day < previousDay) {
        outOfOrder.push({
          row: record.row,
          stage: stages[index]?.name ?? '',
          before: stages[previousIndex]?.name ?? '',
        });
      }
      if (previousIndex < 0 || day >= previousDay) {
        previousIndex = index;
        previousDay = day;
      }
    }
  }

  const handoffIndex = terms ? stages.findIndex((stage) => stage.key === terms.stageKey) : -1;
  const handed: HandedOver[] = [];
  if (terms && handoffIndex >= 0) {
    records.forEach((record, index) => {
      const qualified = entered[index]?.[handoffIndex] ?? null;
      if (qualified === null) return;
      const { firstResponse, feedback } = record;
      handed.push({ qualified, month: monthOf(qualified), firstResponse, feedback });
    });
  }
  const handoff = terms && handoffIndex >= 0 ? handoffFigures(handed, terms) : null;

  return {
    stages: [...stages],
    counting,
    records: records.length,
    duplicates,
    asOf: asOf === null ? null : new Date(asOf).toISOString().slice(0, 10),
    months,
    quarters: quartersOf(months),
    cohorts,
    timeInStage,
    cycle,
    won: [...wonByMonth.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, sum]) => ({ month, ...sum })),
    averageDealSize: withAmount > 0 ? revenue / withAmount : null,
    outOfOrder: outOfOrder.sort((a, b) => a.row - b.row),
    handoff,
    measured: stages.filter((_, index) => dated[index]).map((stage) => stage.key),
  };
}

/** "2026-05" → "2026-Q2". */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
}

function quartersOf(months: readonly MonthCount[]): QuarterCount[] {
  const byKey = new Map<string, QuarterCount>();
  for (const { month, stage, stageKey, entered } of months) {
    const quarter = quarterOf(month);
    const key = `${quarter}|${stageKey}`;
    const sum = byKey.get(key);
    if (sum) sum.entered += entered;
    else byKey.set(key, { quarter, stage, stageKey, entered });
  }
  return [...byKey.values()];
}

/**
 * Records sharing an id become one: each stage at its earliest day, the larger amount.
 * A record is copied only when a second row of it comes, so a file without repeats (most
 * of them) is merged without a copy.
 */
function mergeDuplicates(input: readonly ActualRecord[]): {
  records: ActualRecord[];
  duplicates: number;
} {
  const at = new Map<string, number>();
  const records: ActualRecord[] = [];
  const copied = new Set<number>();
  let duplicates = 0;
  for (const record of input) {
    if (record.id === null) {
      records.push(record);
      continue;
    }
    const index = at.get(record.id);
    if (index === undefined) {
      at.set(record.id, records.length);
      records.push(record);
      continue;
    }
    duplicates++;
    let seen = records[index] ?? record;
    if (!copied.has(index)) {
      seen = { ...seen, entered: [...seen.entered] };
      records[index] = seen;
      copied.add(index);
    }
    record.entered.forEach((day, stage) => {
      const current = seen.entered[stage] ?? null;
      if (day !== null && (current === null || day < current)) seen.entered[stage] = day;
    });
    // The larger amount, so which of two rows comes first never changes the figures.
    if (record.amount !== null && (seen.amount === null || record.amount > seen.amount)) {
      seen.amount = record.amount;
    }
    if (
      record.firstResponse !== null &&
      (seen.firstResponse === null || record.firstResponse < seen.firstResponse)
    ) {
      seen.firstResponse = record.firstResponse;
    }
    seen.feedback = strongerFeedback(seen.feedback, record.feedback);
    seen.row = Math.min(seen.row, record.row);
  }
  return { records, duplicates };
}

/**
 * A stage with no day of its own takes the day of the next dated stage after it: a stage
 * the export measures, that is. One it has no column for is left empty, never inferred.
 */
function passThrough(
  entered: ReadonlyArray<number | null>,
  measured: readonly boolean[],
): ReadonlyArray<number | null> {
  // Most records have no gap (every stage up to the last reached is dated): nothing to fill.
  let gap = false;
  let dated = false;
  for (let index = entered.length - 1; index >= 0 && !gap; index--) {
    if (entered[index] !== null) dated = true;
    else if (dated) gap = true;
  }
  if (!gap) return entered;
  const result = [...entered];
  let next: number | null = null;
  for (let index = result.length - 1; index >= 0; index--) {
    const own = result[index] ?? null;
    if (own !== null) next = next === null ? own : Math.min(own, next);
    else if (measured[index]) result[index] = next;
  }
  return result;
}

/** Months by day number: half a million dates fall on a few hundred days. */
const MONTH_OF_DAY = new Map<number, string>();

export function monthOf(moment: number): string {
  const day = Math.floor(moment / DAY_MS);
  let month = MONTH_OF_DAY.get(day);
  if (month === undefined) {
    month = new Date(day * DAY_MS).toISOString().slice(0, 7);
    MONTH_OF_DAY.set(day, month);
  }
  return month;
}

/** The first moment after the month's last day. */
function monthEnd(month: string): number {
  const [year = 1970, index = 1] = month.split('-').map(Number);
  return Date.UTC(year, index, 1);
}
