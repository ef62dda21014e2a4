import type { FunnelAnalysis } from './funnel-math';
import type { Goal, GoalMetric, KpiSettings } from './goals';
import type { PlanDoc } from './plan-doc';
import { daysIn } from './volume-period';

/**
 * What the funnel says a goal's metric will be this period, in the goal's own
 * unit (volumes, percentages 0–100, money per period). Null when the funnel
 * cannot say (a custom metric, a rate not set, satisfaction).
 */
export function forecastForMetric(
  metric: GoalMetric | null,
  doc: Pick<PlanDoc, 'funnel' | 'goals'>,
  analysis: FunnelAnalysis,
): number | null {
  if (!metric) return null;
  switch (metric.kind) {
    case 'stageVolume':
      return analysis.rows.find((r) => r.stageId === metric.stageId)?.forecast ?? null;
    case 'conversion': {
      const rate = doc.funnel.handoffs.find((h) => h.id === metric.handoffId)?.rate ?? null;
      return rate === null ? null : rate * 100;
    }
    case 'revenue':
      return analysis.revenue;
    case 'kpi':
      return kpiActual(metric.kpi, doc.goals.kpis, analysis);
    case 'custom':
      return null;
  }
}

/** The days a goal runs, both ends counted: from its start (or the plan's) to its deadline. */
export function goalWindow(
  goal: Pick<Goal, 'start' | 'deadline'>,
  period: PlanDoc['period'],
): { start: string; end: string; days: number } | null {
  const start = goal.start ?? period.start;
  const end = goal.deadline;
  if (!end || end < start) return null;
  const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 + 1;
  return { start, end, days };
}

/**
 * What the revenue target needs of a stage-volume goal over the goal's own window (the
 * funnel's requirement per period, prorated and rounded up to whole leads), or per period
 * when the goal has no window yet. Where a target taken from the funnel comes from.
 */
export function requiredForGoal(
  goal: Pick<Goal, 'metric' | 'start' | 'deadline'>,
  doc: Pick<PlanDoc, 'funnel' | 'period'>,
  analysis: FunnelAnalysis,
): number | null {
  const metric = goal.metric;
  if (metric?.kind !== 'stageVolume') return null;
  const required = analysis.rows.find((r) => r.stageId === metric.stageId)?.required ?? null;
  const window = goalWindow(goal, doc.period);
  if (required === null || !window) return required;
  return Math.ceil((required * window.days) / daysIn(doc.funnel.assumptions.period) - 1e-9);
}

/** The KPI's value as the plan stands: derived from the funnel, or typed in by hand. */
export function kpiActual(
  kpi: 'leadGeneration' | 'conversionRate' | 'roi' | 'satisfaction' | 'velocity',
  kpis: KpiSettings,
  analysis: FunnelAnalysis,
): number | null {
  const top = analysis.rows[0]?.forecast ?? null;
  switch (kpi) {
    case 'leadGeneration':
      return top;
    case 'conversionRate':
      return top && analysis.customers !== null ? (analysis.customers / top) * 100 : null;
    case 'roi':
      return roi(analysis.revenue, kpis.marketingSpend);
    case 'satisfaction':
      return kpis.satisfaction.actual;
    case 'velocity':
      return analysis.velocityPerDay;
  }
}

/** ROI = (revenue − marketing cost) ÷ marketing cost; null without a positive spend. */
export function roi(revenue: number | null, spend: number | null): number | null {
  if (revenue === null || spend === null || spend <= 0) return null;
  return (revenue - spend) / spend;
}
