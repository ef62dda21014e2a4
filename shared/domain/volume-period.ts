import type { Draft } from 'immer';
import type { VolumePeriod } from './funnel';
import type { PlanDoc } from './plan-doc';

/** Months in each period: conversions between them are exact (× 3, × 12, ÷ 4…). */
const MONTHS: Record<VolumePeriod, number> = { month: 1, quarter: 3, year: 12 };

/** Average days in a period, for figures per day (a year of 365 days). */
export function daysIn(period: VolumePeriod): number {
  return (MONTHS[period] * 365) / 12;
}

/** What a figure per `from` is worth per `to`: 1,000 a month is 12,000 a year. */
export function periodFactor(from: VolumePeriod, to: VolumePeriod): number {
  return MONTHS[to] / MONTHS[from];
}

/**
 * Counts a plan's figures per period in a new period, so changing "Volumes per" keeps the
 * business the same instead of relabelling it: the revenue target and the top volume (of
 * the funnel and of every scenario), the SLA's agreed number, and the spend and lead KPIs.
 * Rates, deal size and days are not per period and stay as they are.
 */
export function convertPeriod(draft: Draft<PlanDoc>, to: VolumePeriod): void {
  const from = draft.funnel.assumptions.period;
  if (from === to) return;
  const factor = periodFactor(from, to);
  const scale = (value: number) => value * factor;
  const scaleOrNull = (value: number | null) => (value === null ? null : value * factor);

  const assumptions = draft.funnel.assumptions;
  assumptions.topVolume = scale(assumptions.topVolume);
  assumptions.revenueTarget = scale(assumptions.revenueTarget);
  assumptions.period = to;
  for (const scenario of draft.funnel.scenarios) {
    const own = periodFactor(scenario.assumptions.period, to);
    scenario.assumptions.topVolume *= own;
    scenario.assumptions.revenueTarget *= own;
    scenario.assumptions.period = to;
  }
  draft.handoff.sla.mqlVolumeOverride = scaleOrNull(draft.handoff.sla.mqlVolumeOverride);
  draft.goals.kpis.marketingSpend = scaleOrNull(draft.goals.kpis.marketingSpend);
  draft.goals.kpis.leadTarget = scaleOrNull(draft.goals.kpis.leadTarget);
}
