import type { FunnelAnalysis } from './funnel-math';
import type { GoalMetric, KpiSettings } from './goals';
import type { PlanDoc } from './plan-doc';

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

/** The funnel's required value for a stage-volume goal: where a target taken from the funnel comes from. */
export function requiredForMetric(
  metric: GoalMetric | null,
  analysis: FunnelAnalysis,
): number | null {
  if (metric?.kind !== 'stageVolume') return null;
  return analysis.rows.find((r) => r.stageId === metric.stageId)?.required ?? null;
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
