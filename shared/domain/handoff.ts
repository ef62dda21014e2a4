import * as z from 'zod';
import { BusinessCalendarSchema, calendarIssues, standardCalendar } from './business-calendar';
import { IdSchema } from './ids';
import { lazySchema } from './lazy-schema';

/** How a stage is defined so both teams mean the same thing by "MQL" or "SQL". */
export const StageDefinitionSchema = lazySchema(() =>
  z.strictObject({
    definition: z.string().max(1000),
    entryCriteria: z.string().max(1000),
    exitCriteria: z.string().max(1000),
    /** Fields a lead must have filled when it enters the stage. */
    requiredFields: z.array(z.string().trim().min(1).max(60)).max(30),
  }),
);

export const FrameworkKindSchema = lazySchema(() =>
  z.enum(['bant', 'champ', 'meddic', 'meddpicc', 'gpct', 'custom']),
);

export const ChecklistItemSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    label: z.string().trim().min(1, 'must not be empty').max(200),
  }),
);

export const ScoringDimensionSchema = lazySchema(() => z.enum(['fit', 'engagement']));
export const CriterionOperatorSchema = lazySchema(() =>
  z.enum(['equals', 'contains', 'atLeast', 'present']),
);

const Points = lazySchema(() =>
  z
    .number()
    .int('must be a whole number')
    .min(-100, 'must be −100 to 100')
    .max(100, 'must be −100 to 100'),
);

export const ScoringCriterionSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    name: z.string().trim().min(1, 'must not be empty').max(80),
    dimension: ScoringDimensionSchema,
    /** The column of a sample lead this criterion reads, e.g. "job_title". */
    field: z.string().trim().min(1, 'must not be empty').max(60),
    operator: CriterionOperatorSchema,
    value: z.string().max(100),
    points: Points,
  }),
);

export const MqlRuleSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('total'), threshold: z.number().min(0).max(1000) }),
    z.strictObject({
      kind: z.literal('both'),
      fitThreshold: z.number().min(0).max(1000),
      engagementThreshold: z.number().min(0).max(1000),
    }),
  ]),
);

export const ScoringModelSchema = lazySchema(() =>
  z.strictObject({
    criteria: z.array(ScoringCriterionSchema).max(200),
    /** Engagement points lost per month without activity (the "months_inactive" column). */
    decayPerMonth: z.number().min(0).max(100),
    rule: MqlRuleSchema,
  }),
);

export const RejectReasonSchema = lazySchema(() =>
  z.enum(['notIcp', 'noBudget', 'noAuthority', 'noNeed', 'noTimeline', 'alreadySolved']),
);
export const ReviewCadenceSchema = lazySchema(() => z.enum(['weekly', 'monthly', 'quarterly']));

/** The terms of the SLA, each owned by one team, that can be tied to a RACI activity. */
export const SlaTermSchema = lazySchema(() =>
  z.enum([
    'mqlVolume',
    'acceptanceRate',
    'firstResponse',
    'contactAttempts',
    'acceptWindow',
    'rejectedRoute',
    'escalation',
    'reviewCadence',
  ]),
);

export const SlaSchema = lazySchema(() =>
  z.strictObject({
    /** The stage at which marketing hands leads to sales; its volume is marketing's commitment. */
    mqlStageId: IdSchema.nullable(),
    /** A number the teams typed instead of the funnel's; null follows the funnel. */
    mqlVolumeOverride: z.number().min(0).max(1e9).nullable(),
    acceptanceRate: z.number().min(0).max(1),
    firstResponseHours: z.number().gt(0, 'must be more than 0').max(720),
    contactAttempts: z.number().int().min(1, 'must be at least 1').max(50),
    acceptWindowHours: z.number().gt(0, 'must be more than 0').max(720),
    reasonCodes: z.array(RejectReasonSchema).max(6),
    rejectedRoute: z.enum(['nurture', 'disqualify']),
    escalation: z.string().max(500),
    reviewCadence: ReviewCadenceSchema,
    /** SLA term → the RACI activity that covers it. */
    raciLinks: z.partialRecord(SlaTermSchema, IdSchema),
    /** The hours sales answers in: response times are counted in them. */
    calendar: BusinessCalendarSchema,
  }),
);

export const FieldNameSchema = lazySchema(() =>
  z.string().trim().min(1, 'must not be empty').max(60),
);

export const FrameworkSchema = lazySchema(() =>
  z.strictObject({
    kind: FrameworkKindSchema,
    /** What sales checks before calling a lead an SQL. */
    checklist: z.array(ChecklistItemSchema).max(30),
    /** What marketing fills in when it passes a lead, so sales can check the list. */
    fields: z.array(FieldNameSchema).max(30),
  }),
);

/** The steps of the handoff swimlane, generated from the SLA, scoring and funnel. */
export const SwimlaneStepSchema = lazySchema(() =>
  z.enum([
    'capture',
    'score',
    'mql',
    'nurture',
    'route',
    'accept',
    'followUp',
    'opportunity',
    'disqualified',
    'lost',
  ]),
);

const Coordinate = lazySchema(() => z.number().finite().min(-1e6).max(1e6));

export const SwimlaneSchema = lazySchema(() =>
  z.strictObject({
    /** Where the leaders dragged a step; a step missing here sits where it is generated. */
    positions: z.partialRecord(
      SwimlaneStepSchema,
      z.strictObject({ x: Coordinate, y: Coordinate }),
    ),
  }),
);

export const HandoffSectionSchema = lazySchema(() =>
  z.strictObject({
    definitions: z.record(IdSchema, StageDefinitionSchema),
    framework: FrameworkSchema,
    scoring: ScoringModelSchema,
    sla: SlaSchema,
    swimlane: SwimlaneSchema,
  }),
);

export type StageDefinition = z.infer<typeof StageDefinitionSchema>;
export type FrameworkKind = z.infer<typeof FrameworkKindSchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
export type ScoringCriterion = z.infer<typeof ScoringCriterionSchema>;
export type ScoringModel = z.infer<typeof ScoringModelSchema>;
export type MqlRule = z.infer<typeof MqlRuleSchema>;
export type Sla = z.infer<typeof SlaSchema>;
export type RejectReason = z.infer<typeof RejectReasonSchema>;
export type SlaTerm = z.infer<typeof SlaTermSchema>;
export type Framework = z.infer<typeof FrameworkSchema>;
export type SwimlaneStep = z.infer<typeof SwimlaneStepSchema>;
export type HandoffSection = z.infer<typeof HandoffSectionSchema>;

export function emptyHandoff(timeZone = 'UTC'): HandoffSection {
  return {
    definitions: {},
    framework: { kind: 'custom', checklist: [], fields: [] },
    scoring: { criteria: [], decayPerMonth: 0, rule: { kind: 'total', threshold: 60 } },
    sla: {
      mqlStageId: null,
      mqlVolumeOverride: null,
      acceptanceRate: 0.8,
      firstResponseHours: 1,
      contactAttempts: 6,
      acceptWindowHours: 48,
      reasonCodes: ['notIcp', 'noBudget', 'noAuthority', 'noNeed', 'noTimeline', 'alreadySolved'],
      rejectedRoute: 'nurture',
      escalation: '',
      reviewCadence: 'monthly',
      raciLinks: {},
      calendar: standardCalendar(timeZone),
    },
    swimlane: { positions: {} },
  };
}

type Issue = { path: (string | number)[]; message: string };

/** Definitions and the SLA point at funnel stages; links point at RACI activities. */
export function handoffIntegrityIssues(
  handoff: HandoffSection,
  refs: { stageIds: ReadonlySet<string>; activityIds: ReadonlySet<string> },
): Issue[] {
  const issues: Issue[] = [];
  for (const stageId of Object.keys(handoff.definitions)) {
    if (!refs.stageIds.has(stageId))
      issues.push({ path: ['definitions', stageId], message: `stage ${stageId} does not exist` });
  }
  if (handoff.sla.mqlStageId !== null && !refs.stageIds.has(handoff.sla.mqlStageId)) {
    issues.push({
      path: ['sla', 'mqlStageId'],
      message: `stage ${handoff.sla.mqlStageId} does not exist`,
    });
  }
  for (const [term, activityId] of Object.entries(handoff.sla.raciLinks)) {
    if (!refs.activityIds.has(activityId)) {
      issues.push({
        path: ['sla', 'raciLinks', term],
        message: `activity ${activityId} does not exist`,
      });
    }
  }
  for (const issue of calendarIssues(handoff.sla.calendar)) {
    issues.push({ ...issue, path: ['sla', 'calendar', ...issue.path] });
  }
  const ids = new Set<string>();
  handoff.scoring.criteria.forEach((c, i) => {
    if (ids.has(c.id))
      issues.push({
        path: ['scoring', 'criteria', i, 'id'],
        message: `duplicate criterion id ${c.id}`,
      });
    ids.add(c.id);
  });
  return issues;
}
