import type { ActualsSection } from '../domain/actuals';
import type { FunnelSection } from '../domain/funnel';
import { mainPath } from '../domain/funnel-path';
import { customersNeeded } from '../domain/funnel-math';
import { periodFactor } from '../domain/volume-period';
import { COHORT_HORIZONS, type Horizon } from './aggregate';
import { howCounted, importedMonths } from './stage-actuals';

const DAY_MS = 86_400_000;
/** Months a step's trend shows: the last year. */
const TREND_MONTHS = 12;

/**
 * Records a step's mature cohorts must hold for its rate to be judged by: to be preferred
 * over a narrower window that holds more, to be named the bottleneck, and to stand for the
 * plan's rate in the forecast. A rate read off a handful of records (one opportunity, not
 * won within 60 days) is chance, not a verdict on the funnel.
 */
export const RECORDS_TO_JUDGE = 10;

export interface StepAsRun {
  fromId: string;
  toId: string;
  /**
   * Why the step has a rate or not: no export counts both its stages ('notMeasured'), its
   * cohorts are all younger than 30 days ('tooEarly'), it usually takes longer than the
   * widest window judged ('slow'), or it was read ('read').
   */
  state: 'notMeasured' | 'tooEarly' | 'slow' | 'read';
  /** The records of the cohorts the rate was read from: how much it rests on. */
  cohortSize: number;
  planRate: number | null;
  /** Of the records entering `from` in cohorts old enough to judge, the share reaching `to`. */
  actualRate: number | null;
  /** The window the actual rate counts within: the longest that has a mature cohort. */
  horizon: Horizon | null;
  medianDays: number | null;
  /** Month by month, the records entering `to` for each one entering `from`: the step's trend. */
  trend: Array<{ month: string; rate: number }>;
}

export interface FunnelAsRun {
  steps: StepAsRun[];
  /** The step furthest below its planned rate, as the actuals show it on enough records. */
  bottleneck: { fromId: string; toId: string; planRate: number; actualRate: number } | null;
  /**
   * The highest stage the exports count, and the records entering it per month over the
   * last three months they count it in: where the re-forecast starts.
   */
  topId: string | null;
  topPerMonth: number | null;
  /** At the rates seen (the plan's where none is seen yet): what a month at the top needs to be for the revenue target. */
  topNeededPerMonth: number | null;
  /** At the rates seen: the customers a month that the current volume gives. */
  customersPerMonth: number | null;
}

/**
 * How the funnel really ran: each step's conversion from the cohorts that are old enough
 * to judge (never a young cohort counted as a low rate), the time it took, the real
 * bottleneck, and the forecast again at the rates seen.
 */
export function funnelAsRun(
  actuals: ActualsSection,
  funnel: Pick<FunnelSection, 'stages' | 'handoffs' | 'assumptions'>,
): FunnelAsRun {
  const path = mainPath(funnel);
  const months = importedMonths(actuals.imports);
  // A step is read only from an import that counts both its stages: an SQL in an export
  // with no opportunity column never counts as an SQL that did not become one.
  const bothCounted = (fromId: string, toId: string) =>
    actuals.imports.filter(
      (entry) =>
        howCounted(entry, fromId, path.stageIds) !== null &&
        howCounted(entry, toId, path.stageIds) !== null,
    );
  const steps: StepAsRun[] = path.handoffs.map((handoff) => {
    const imports = bothCounted(handoff.source, handoff.target);
    const unread = {
      fromId: handoff.source,
      toId: handoff.target,
      cohortSize: 0,
      trend: [],
      planRate: handoff.rate,
      actualRate: null,
      horizon: null,
      medianDays: null,
    };
    if (imports.length === 0) return { ...unread, state: 'notMeasured' as const };
    const windows: Array<{ horizon: Horizon; entered: number; reached: number }> = [];
    for (const horizon of COHORT_HORIZONS) {
      let entered = 0;
      let reached = 0;
      for (const entry of imports) {
        const asOf = Date.parse(`${entry.asOf}T23:59:59Z`);
        for (const cohort of entry.cohorts) {
          if (cohort.fromId !== handoff.source || cohort.toId !== handoff.target) continue;
          const [year = 1970, month = 1] = cohort.month.split('-').map(Number);
          if (Date.UTC(year, month, 1) + horizon * DAY_MS > asOf) continue;
          entered += cohort.entered;
          reached += cohort[`reached${horizon}`];
        }
      }
      if (entered > 0) windows.push({ horizon, entered, reached });
    }
    // The longest window whose cohorts hold enough records to judge by; where none does,
    // the one that holds the most (a longer one where they hold as many).
    const best =
      windows.filter((window) => window.entered >= RECORDS_TO_JUDGE).at(-1) ??
      windows.reduce<(typeof windows)[number] | null>(
        (most, window) => (most === null || window.entered >= most.entered ? window : most),
        null,
      );
    const time = imports
      .flatMap((entry) => entry.timeInStage)
      .find((step) => step.fromId === handoff.source && step.toId === handoff.target);
    // A step that usually takes longer than the widest window judged cannot be read yet:
    // 0 % within 30 days of a step that takes 54 says nothing about its rate.
    const slow = best !== null && time !== undefined && time.medianDays > best.horizon;
    const trend = months.flatMap((month) => {
      // The latest import covering the month that counts both stages speaks for it.
      const entry = imports
        .filter((i) => i.firstMonth <= month && month <= i.lastMonth)
        .sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1))[0];
      if (!entry) return [];
      const count = (stageId: string) =>
        entry.months.find((m) => m.month === month && m.stageId === stageId)?.entered ?? 0;
      const from = count(handoff.source);
      return from > 0 ? [{ month, rate: count(handoff.target) / from }] : [];
    });
    const read = best !== null && !slow ? best : null;
    return {
      ...unread,
      state: read ? 'read' : slow ? 'slow' : 'tooEarly',
      cohortSize: read?.entered ?? 0,
      trend: trend.slice(-TREND_MONTHS),
      actualRate: read ? read.reached / read.entered : null,
      horizon: read?.horizon ?? null,
      medianDays: time?.medianDays ?? null,
    };
  });

  let bottleneck: FunnelAsRun['bottleneck'] = null;
  let worst = 0;
  for (const step of steps) {
    if (step.planRate === null || step.actualRate === null || step.planRate === 0) continue;
    if (step.cohortSize < RECORDS_TO_JUDGE) continue;
    const shortfall = (step.planRate - step.actualRate) / step.planRate;
    if (shortfall > worst) {
      worst = shortfall;
      bottleneck = {
        fromId: step.fromId,
        toId: step.toId,
        planRate: step.planRate,
        actualRate: step.actualRate,
      };
    }
  }

  // The re-forecast starts at the highest stage the exports count: a top stage no export
  // dates (subscribers, visitors) is not read as none at all.
  function monthsCounting(stageId: string): number[] {
    return months.flatMap((month) => {
      const entry = actuals.imports
        .filter(
          (i) =>
            i.firstMonth <= month &&
            month <= i.lastMonth &&
            howCounted(i, stageId, path.stageIds) !== null,
        )
        .sort((a, b) => (a.importedAt < b.importedAt ? 1 : -1))[0];
      if (!entry) return [];
      return [entry.months.find((m) => m.month === month && m.stageId === stageId)?.entered ?? 0];
    });
  }
  const top = path.stageIds
    .map((stageId, index) => ({ stageId, index, months: monthsCounting(stageId) }))
    .find((candidate) => candidate.months.length > 0);
  const recent = top?.months.slice(-3) ?? [];
  const topPerMonth =
    recent.length > 0 ? recent.reduce((sum, count) => sum + count, 0) / recent.length : null;
  const rates = steps
    .slice(top?.index ?? 0)
    .map((step) =>
      step.actualRate !== null && step.cohortSize >= RECORDS_TO_JUDGE
        ? step.actualRate
        : step.planRate,
    );
  const chain = rates.every((rate): rate is number => rate !== null)
    ? rates.reduce((product, rate) => product * rate, 1)
    : null;
  const needed = customersNeeded(funnel.assumptions);
  const neededPerMonth =
    needed === null ? null : needed * periodFactor(funnel.assumptions.period, 'month');
  return {
    steps,
    bottleneck,
    topId: top?.stageId ?? null,
    topPerMonth,
    topNeededPerMonth:
      neededPerMonth === null || chain === null || chain === 0
        ? null
        : Math.ceil(neededPerMonth / chain),
    customersPerMonth:
      topPerMonth === null || chain === null ? null : Math.floor(topPerMonth * chain + 1e-9),
  };
}
