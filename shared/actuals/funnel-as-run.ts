import type { ActualsSection } from '../domain/actuals';
import type { FunnelSection } from '../domain/funnel';
import { mainPath } from '../domain/funnel-path';
import { customersNeeded } from '../domain/funnel-math';
import { periodFactor } from '../domain/volume-period';
import { COHORT_HORIZONS, type Horizon } from './aggregate';

const DAY_MS = 86_400_000;
/** Months a step's trend shows: the last year. */
const TREND_MONTHS = 12;

export interface StepAsRun {
  fromId: string;
  toId: string;
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
  /** The step furthest below its planned rate, as the actuals show it. */
  bottleneck: { fromId: string; toId: string; planRate: number; actualRate: number } | null;
  /** Records entering the top of the funnel per month, over the last three imported months. */
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
  const months = [
    ...new Set(actuals.imports.flatMap((entry) => entry.months.map((m) => m.month))),
  ].sort();
  const enteredIn = (stageId: string, month: string) =>
    actuals.imports
      .flatMap((entry) => entry.months)
      .filter((m) => m.month === month && m.stageId === stageId)
      .reduce((sum, m) => sum + m.entered, 0);
  const measured = new Set(actuals.imports.flatMap((entry) => entry.measured));
  const steps: StepAsRun[] = path.handoffs.map((handoff) => {
    // A step with an end no export dates is not read at all: its rate would be invented.
    if (!measured.has(handoff.source) || !measured.has(handoff.target)) {
      return {
        fromId: handoff.source,
        toId: handoff.target,
        trend: [],
        planRate: handoff.rate,
        actualRate: null,
        horizon: null,
        medianDays: null,
      };
    }
    let best: { horizon: Horizon; entered: number; reached: number } | null = null;
    for (const horizon of COHORT_HORIZONS) {
      let entered = 0;
      let reached = 0;
      for (const entry of actuals.imports) {
        const asOf = Date.parse(`${entry.asOf}T23:59:59Z`);
        for (const cohort of entry.cohorts) {
          if (cohort.fromId !== handoff.source || cohort.toId !== handoff.target) continue;
          const [year = 1970, month = 1] = cohort.month.split('-').map(Number);
          if (Date.UTC(year, month, 1) + horizon * DAY_MS > asOf) continue;
          entered += cohort.entered;
          reached += cohort[`reached${horizon}`];
        }
      }
      if (entered > 0) best = { horizon, entered, reached };
    }
    const time = actuals.imports
      .flatMap((entry) => entry.timeInStage)
      .find((step) => step.fromId === handoff.source && step.toId === handoff.target);
    // A step that usually takes longer than the widest window judged cannot be read yet:
    // 0 % within 30 days of a step that takes 54 says nothing about its rate.
    if (best && time && time.medianDays > best.horizon) best = null;
    const trend = months.flatMap((month) => {
      const from = enteredIn(handoff.source, month);
      return from > 0 ? [{ month, rate: enteredIn(handoff.target, month) / from }] : [];
    });
    return {
      fromId: handoff.source,
      toId: handoff.target,
      trend: trend.slice(-TREND_MONTHS),
      planRate: handoff.rate,
      actualRate: best ? best.reached / best.entered : null,
      horizon: best?.horizon ?? null,
      medianDays: time?.medianDays ?? null,
    };
  });

  let bottleneck: FunnelAsRun['bottleneck'] = null;
  let worst = 0;
  for (const step of steps) {
    if (step.planRate === null || step.actualRate === null || step.planRate === 0) continue;
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

  const topId = path.stageIds[0];
  const recent = months.slice(-3);
  const topPerMonth =
    topId && recent.length > 0
      ? recent.reduce((sum, month) => sum + enteredIn(topId, month), 0) / recent.length
      : null;
  const rates = steps.map((step) => step.actualRate ?? step.planRate);
  const chain = rates.every((rate): rate is number => rate !== null)
    ? rates.reduce((product, rate) => product * rate, 1)
    : null;
  const needed = customersNeeded(funnel.assumptions);
  const neededPerMonth =
    needed === null ? null : needed * periodFactor(funnel.assumptions.period, 'month');
  return {
    steps,
    bottleneck,
    topPerMonth,
    topNeededPerMonth:
      neededPerMonth === null || chain === null || chain === 0
        ? null
        : Math.ceil(neededPerMonth / chain),
    customersPerMonth:
      topPerMonth === null || chain === null ? null : Math.floor(topPerMonth * chain + 1e-9),
  };
}
