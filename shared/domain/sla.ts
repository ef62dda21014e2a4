import type { BusinessCalendar } from './business-calendar';
import type { FunnelSection, StageTeam, VolumePeriod } from './funnel';
import type { FunnelAnalysis } from './funnel-math';
import { SlaTermSchema, type Sla, type SlaTerm } from './handoff';

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

/** Who answers for each term of the SLA: marketing's side, sales' side, or both teams. */
export const SLA_TERM_OWNERS: Readonly<Record<SlaTerm, StageTeam>> = {
  mqlVolume: 'marketing',
  acceptanceRate: 'marketing',
  firstResponse: 'sales',
  contactAttempts: 'sales',
  acceptWindow: 'sales',
  rejectedRoute: 'sales',
  escalation: 'shared',
  reviewCadence: 'shared',
};

export type SlaTarget =
  | { kind: 'volume'; value: number | null; period: VolumePeriod }
  | { kind: 'rate'; value: number }
  /** Hours; counted in the SLA's business calendar when it is given. */
  | { kind: 'hours'; value: number; calendar?: BusinessCalendar }
  | { kind: 'count'; value: number }
  | { kind: 'route'; value: Sla['rejectedRoute'] }
  | { kind: 'text'; value: string }
  | { kind: 'cadence'; value: Sla['reviewCadence'] };

export interface SlaTermRow {
  term: SlaTerm;
  owner: StageTeam;
  target: SlaTarget;
  /** The RACI activity that covers the term, when linked. */
  activityId: string | null;
}

/**
 * The SLA as a list of terms, each with its owning team, its target and the
 * RACI activity linked to it: what both leaders sign, in the order they read it.
 */
export function slaTerms(sla: Sla, funnel: FunnelSection, analysis: FunnelAnalysis): SlaTermRow[] {
  const targets: Record<SlaTerm, SlaTarget> = {
    mqlVolume: {
      kind: 'volume',
      value: slaMqlVolume(sla, funnel, analysis).value,
      period: funnel.assumptions.period,
    },
    acceptanceRate: { kind: 'rate', value: sla.acceptanceRate },
    firstResponse: { kind: 'hours', value: sla.firstResponseHours, calendar: sla.calendar },
    contactAttempts: { kind: 'count', value: sla.contactAttempts },
    acceptWindow: { kind: 'hours', value: sla.acceptWindowHours },
    rejectedRoute: { kind: 'route', value: sla.rejectedRoute },
    escalation: { kind: 'text', value: sla.escalation },
    reviewCadence: { kind: 'cadence', value: sla.reviewCadence },
  };
  return SlaTermSchema.options.map((term) => ({
    term,
    owner: SLA_TERM_OWNERS[term],
    target: targets[term],
    activityId: sla.raciLinks[term] ?? null,
  }));
}

/** Where the SLA and the funnel disagree: each names both numbers, so the room can settle it. */
export type SlaCheck =
  | { kind: 'belowRequired'; agreed: number; required: number; stageId: string }
  | {
      kind: 'acceptanceBelowFunnel' | 'acceptanceAboveFunnel';
      acceptance: number;
      funnelRate: number;
      stageId: string;
      nextStageId: string;
    };

/**
 * Checks the SLA against the funnel it serves: an agreed number of qualified leads below
 * what the revenue target needs at the handoff stage, and an acceptance rate that is not
 * the rate the funnel counts on from that stage to the next (more than half a point apart).
 */
export function slaChecks(sla: Sla, funnel: FunnelSection, analysis: FunnelAnalysis): SlaCheck[] {
  const checks: SlaCheck[] = [];
  const stageId = handoffStageId(sla, funnel, analysis);
  if (!stageId) return checks;
  const index = analysis.rows.findIndex((r) => r.stageId === stageId);
  const row = analysis.rows[index];
  const required = row?.required ?? null;
  if (sla.mqlVolumeOverride !== null && required !== null && sla.mqlVolumeOverride < required) {
    checks.push({ kind: 'belowRequired', agreed: sla.mqlVolumeOverride, required, stageId });
  }
  const funnelRate = row?.rateToNext ?? null;
  const nextStageId = analysis.rows[index + 1]?.stageId;
  if (funnelRate !== null && nextStageId && Math.abs(sla.acceptanceRate - funnelRate) > 0.005) {
    checks.push({
      kind: sla.acceptanceRate < funnelRate ? 'acceptanceBelowFunnel' : 'acceptanceAboveFunnel',
      acceptance: sla.acceptanceRate,
      funnelRate,
      stageId,
      nextStageId,
    });
  }
  return checks;
}
