import * as z from 'zod';
import { IdSchema } from './ids';
import { lazySchema } from './lazy-schema';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const IsoDate = lazySchema(() => z.string().regex(ISO_DATE, 'must be a date as YYYY-MM-DD'));
const Amount = lazySchema(() => z.number().finite('must be a number').min(-1e13).max(1e13));

/** The KPIs a smarketing plan tracks (DESIGN: lead generation, conversion, ROI, satisfaction, velocity). */
export const KpiIdSchema = lazySchema(() =>
  z.enum(['leadGeneration', 'conversionRate', 'roi', 'satisfaction', 'velocity']),
);

/** What a goal measures: a funnel number, revenue, a KPI, or a metric of the team's own. */
export const GoalMetricSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('stageVolume'), stageId: IdSchema }),
    z.strictObject({ kind: z.literal('conversion'), handoffId: IdSchema }),
    z.strictObject({ kind: z.literal('revenue') }),
    z.strictObject({ kind: z.literal('kpi'), kpi: KpiIdSchema }),
    z.strictObject({
      kind: z.literal('custom'),
      name: z.string().trim().max(80),
      unit: z.string().trim().max(20),
    }),
  ]),
);

export const GoalStatusSchema = lazySchema(() =>
  z.enum(['onTrack', 'needsAttention', 'offTrack', 'achieved']),
);
export const ConfidenceSchema = lazySchema(() => z.enum(['low', 'medium', 'high']));

export const CheckInSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    date: IsoDate,
    value: Amount,
    confidence: ConfidenceSchema,
    note: z.string().trim().max(500),
  }),
);

export const GoalSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    title: z.string().trim().min(1, 'must not be empty').max(120),
    statement: z.string().max(1000),
    metric: GoalMetricSchema.nullable(),
    baseline: Amount.nullable(),
    target: Amount.nullable(),
    start: IsoDate.nullable(),
    deadline: IsoDate.nullable(),
    ownerIds: z.array(IdSchema).max(20),
    achievable: z.string().max(1000),
    relevantTo: z.string().max(300),
    status: GoalStatusSchema,
    /** The funnel's required volume when the target was taken from it: drift is shown against it. */
    linkedTarget: Amount.nullable(),
    checkIns: z.array(CheckInSchema).max(200),
  }),
);

export const SatisfactionScaleSchema = lazySchema(() => z.enum(['csat', 'nps']));

/** Targets and hand-entered actuals for the KPIs the funnel cannot derive. */
export const KpiSettingsSchema = lazySchema(() =>
  z.strictObject({
    marketingSpend: z.number().min(0, 'must not be negative').max(1e13).nullable(),
    roiTarget: z.number().min(-1).max(1000).nullable(),
    leadTarget: z.number().min(0).max(1e9).nullable(),
    velocityTarget: z.number().min(0).max(1e13).nullable(),
    satisfaction: z.strictObject({
      scale: SatisfactionScaleSchema,
      target: z.number().min(-100).max(100).nullable(),
      actual: z.number().min(-100).max(100).nullable(),
    }),
  }),
);

export const GoalsSectionSchema = lazySchema(() =>
  z.strictObject({
    goals: z.array(GoalSchema).max(200),
    kpis: KpiSettingsSchema,
  }),
);

export type KpiId = z.infer<typeof KpiIdSchema>;
export type GoalMetric = z.infer<typeof GoalMetricSchema>;
export type GoalStatus = z.infer<typeof GoalStatusSchema>;
export type Confidence = z.infer<typeof ConfidenceSchema>;
export type CheckIn = z.infer<typeof CheckInSchema>;
export type Goal = z.infer<typeof GoalSchema>;
export type KpiSettings = z.infer<typeof KpiSettingsSchema>;
export type GoalsSection = z.infer<typeof GoalsSectionSchema>;

export function emptyGoals(): GoalsSection {
  return {
    goals: [],
    kpis: {
      marketingSpend: null,
      roiTarget: null,
      leadTarget: null,
      velocityTarget: null,
      satisfaction: { scale: 'csat', target: null, actual: null },
    },
  };
}

export function newGoal(id: string, title: string): Goal {
  return {
    id,
    title,
    statement: '',
    metric: null,
    baseline: null,
    target: null,
    start: null,
    deadline: null,
    ownerIds: [],
    achievable: '',
    relevantTo: '',
    status: 'onTrack',
    linkedTarget: null,
    checkIns: [],
  };
}

type Issue = { path: (string | number)[]; message: string };

/** References a schema cannot see: owners who are people of the plan, dates in order, funnel links. */
export function goalsIntegrityIssues(
  goals: GoalsSection,
  refs: {
    personIds: ReadonlySet<string>;
    stageIds: ReadonlySet<string>;
    handoffIds: ReadonlySet<string>;
  },
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  goals.goals.forEach((goal, index) => {
    const at = (...path: (string | number)[]) => ['goals', index, ...path];
    if (seen.has(goal.id)) issues.push({ path: at('id'), message: `duplicate goal id ${goal.id}` });
    seen.add(goal.id);
    goal.ownerIds.forEach((ownerId, i) => {
      if (!refs.personIds.has(ownerId)) {
        issues.push({
          path: at('ownerIds', i),
          message: `owner ${ownerId} is not a person of the plan`,
        });
      }
    });
    if (goal.start && goal.deadline && goal.deadline < goal.start) {
      issues.push({ path: at('deadline'), message: 'the deadline must not be before the start' });
    }
    if (goal.metric?.kind === 'stageVolume' && !refs.stageIds.has(goal.metric.stageId)) {
      issues.push({
        path: at('metric', 'stageId'),
        message: `stage ${goal.metric.stageId} does not exist`,
      });
    }
    if (goal.metric?.kind === 'conversion' && !refs.handoffIds.has(goal.metric.handoffId)) {
      issues.push({
        path: at('metric', 'handoffId'),
        message: `handoff ${goal.metric.handoffId} does not exist`,
      });
    }
  });
  return issues;
}
