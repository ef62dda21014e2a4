import * as z from 'zod';
import { FUNNEL_TEMPLATE_IDS, type FunnelTemplateId } from './funnel-template-ids';
import { IdSchema } from './ids';
import { lazySchema } from './lazy-schema';

/** Who owns a stage. Shared stages are worked by both teams (an SAL, say). */
export const StageTeamSchema = lazySchema(() => z.enum(['marketing', 'sales', 'shared']));

/**
 * Marketo's revenue-cycle kinds: an inventory stage holds leads, a gate is a
 * decision point passed through at once, an SLA stage has a time limit.
 */
export const StageKindSchema = lazySchema(() => z.enum(['inventory', 'gate', 'sla']));

/** The main path carries the funnel math; detours (recycle, nurture, disqualified, lost) do not. */
export const EdgeKindSchema = lazySchema(() =>
  z.enum(['main', 'recycle', 'nurture', 'disqualified', 'lost']),
);

/** Conversion rates are stored as fractions (0.25 = 25 %). */
export const RateSchema = lazySchema(() =>
  z.number().min(0, 'must be at least 0 %').max(1, 'must be at most 100 %'),
);

const Coordinate = lazySchema(() => z.number().finite().min(-1e6).max(1e6));

export const StageSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    name: z.string().trim().min(1, 'must not be empty').max(60),
    team: StageTeamSchema,
    kind: StageKindSchema,
    /** The time limit of an SLA stage, in hours. */
    slaHours: z.number().positive('must be more than 0').max(8760).nullable(),
    /** Average days a lead spends in the stage; feeds cycle time and velocity. */
    avgDays: z.number().min(0, 'must not be negative').max(3650).nullable(),
    position: z.strictObject({ x: Coordinate, y: Coordinate }),
  }),
);

export const HandoffSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    source: IdSchema,
    target: IdSchema,
    kind: EdgeKindSchema,
    /** Conversion from source to target, on main edges; detours may carry a share too. */
    rate: RateSchema.nullable(),
    /** The benchmark preset the template suggested, kept to show the gap to it. */
    presetRate: RateSchema.nullable(),
  }),
);

export const VolumePeriodSchema = lazySchema(() => z.enum(['month', 'quarter', 'year']));

export const AssumptionsSchema = lazySchema(() =>
  z.strictObject({
    /** Volume entering the top stage per period. */
    topVolume: z.number().min(0, 'must not be negative').max(1e9),
    avgDealSize: z.number().min(0, 'must not be negative').max(1e12),
    revenueTarget: z.number().min(0, 'must not be negative').max(1e13),
    period: VolumePeriodSchema,
  }),
);

export const ScenarioSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    name: z.string().trim().min(1, 'must not be empty').max(80),
    assumptions: AssumptionsSchema,
    /** Main-path rates by handoff id; a handoff missing here keeps the funnel's rate. */
    rates: z.record(IdSchema, RateSchema),
  }),
);

export const FunnelTemplateIdSchema = lazySchema(() => z.enum(FUNNEL_TEMPLATE_IDS));

export const FunnelSectionSchema = lazySchema(() =>
  z.strictObject({
    template: FunnelTemplateIdSchema,
    stages: z.array(StageSchema).max(500),
    handoffs: z.array(HandoffSchema).max(1000),
    assumptions: AssumptionsSchema,
    scenarios: z.array(ScenarioSchema).max(50),
    /** The scenario the leaders adopted as the plan's, if any. */
    planScenarioId: IdSchema.nullable(),
  }),
);

export type StageTeam = z.infer<typeof StageTeamSchema>;
export type StageKind = z.infer<typeof StageKindSchema>;
export type EdgeKind = z.infer<typeof EdgeKindSchema>;
export type Stage = z.infer<typeof StageSchema>;
export type Handoff = z.infer<typeof HandoffSchema>;
export type Assumptions = z.infer<typeof AssumptionsSchema>;
export type VolumePeriod = z.infer<typeof VolumePeriodSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
export type { FunnelTemplateId };
export type FunnelSection = z.infer<typeof FunnelSectionSchema>;

export const DEFAULT_ASSUMPTIONS: Assumptions = {
  topVolume: 0,
  avgDealSize: 0,
  revenueTarget: 0,
  period: 'month',
};

export function emptyFunnel(): FunnelSection {
  return {
    template: 'blank',
    stages: [],
    handoffs: [],
    assumptions: { ...DEFAULT_ASSUMPTIONS },
    scenarios: [],
    planScenarioId: null,
  };
}

type Issue = { path: (string | number)[]; message: string };

/** Cross-references a schema cannot see: unique ids, handoffs between existing stages. */
export function funnelIntegrityIssues(funnel: FunnelSection): Issue[] {
  const issues: Issue[] = [];
  const stageIds = new Set<string>();
  funnel.stages.forEach((stage, index) => {
    if (stageIds.has(stage.id)) {
      issues.push({ path: ['stages', index, 'id'], message: `duplicate stage id ${stage.id}` });
    }
    stageIds.add(stage.id);
    if (stage.kind === 'sla' && stage.slaHours === null) {
      issues.push({
        path: ['stages', index, 'slaHours'],
        message: 'an SLA stage needs its time limit',
      });
    }
  });
  const handoffIds = new Set<string>();
  funnel.handoffs.forEach((handoff, index) => {
    if (handoffIds.has(handoff.id)) {
      issues.push({
        path: ['handoffs', index, 'id'],
        message: `duplicate handoff id ${handoff.id}`,
      });
    }
    handoffIds.add(handoff.id);
    for (const end of ['source', 'target'] as const) {
      if (!stageIds.has(handoff[end])) {
        issues.push({
          path: ['handoffs', index, end],
          message: `stage ${handoff[end]} does not exist`,
        });
      }
    }
    if (handoff.source === handoff.target) {
      issues.push({
        path: ['handoffs', index, 'target'],
        message: 'a handoff must lead to another stage',
      });
    }
  });
  const scenarioIds = new Set(funnel.scenarios.map((s) => s.id));
  if (funnel.planScenarioId !== null && !scenarioIds.has(funnel.planScenarioId)) {
    issues.push({
      path: ['planScenarioId'],
      message: `scenario ${funnel.planScenarioId} does not exist`,
    });
  }
  return issues;
}
