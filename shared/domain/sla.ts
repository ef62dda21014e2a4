import type { FunnelSection } from './funnel';
import type { FunnelAnalysis } from './funnel-math';
import type { Sla } from './handoff';

/**
 * The stage where marketing hands leads to sales: the SLA's own choice, or
 * the last marketing stage on the main path whose next stage belongs to
 * sales or to both teams.
 */
export function handoffStageId(
  sla: Sla,
  funnel: FunnelSection,
  analysis: FunnelAnalysis,
): string | null {
  if (sla.mqlStageId) return sla.mqlStageId;
  const team = new Map(funnel.stages.map((s) => [s.id, s.team]));
  const path = analysis.rows.map((r) => r.stageId);
  for (let i = 0; i < path.length - 1; i++) {
    if (team.get(path[i] ?? '') === 'marketing' && team.get(path[i + 1] ?? '') !== 'marketing')
      return path[i] ?? null;
  }
  return null;
}

/**
 * Marketing's commitment: qualified leads per period. The teams' own number
 * when typed; otherwise what the revenue target requires at the handoff
 * stage (the reverse waterfall), or failing that what the funnel forecasts.
 * It follows every change of the funnel.
 */
export function slaMqlVolume(
  sla: Sla,
  funnel: FunnelSection,
  analysis: FunnelAnalysis,
): { value: number | null; source: 'override' | 'required' | 'forecast' | 'none' } {
  if (sla.mqlVolumeOverride !== null) return { value: sla.mqlVolumeOverride, source: 'override' };
  const stageId = handoffStageId(sla, funnel, analysis);
  const row = analysis.rows.find((r) => r.stageId === stageId);
  if (row?.required !== null && row?.required !== undefined)
    return { value: row.required, source: 'required' };
  if (row?.forecast !== null && row?.forecast !== undefined)
    return { value: Math.round(row.forecast), source: 'forecast' };
  return { value: null, source: 'none' };
}
