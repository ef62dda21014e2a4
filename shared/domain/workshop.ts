import * as z from 'zod';
import { ASSESSMENT_STATEMENTS } from './assessment';
import { IdSchema } from './ids';
import { lazySchema } from './lazy-schema';

const IsoDate = lazySchema(() =>
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date as YYYY-MM-DD'),
);
const Text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const ScoreSchema = lazySchema(() =>
  z
    .number()
    .int('must be a whole number from 1 to 5')
    .min(1, 'must be from 1 to 5')
    .max(5, 'must be from 1 to 5'),
);

const STATEMENT_IDS = new Set(ASSESSMENT_STATEMENTS.map((st) => st.id));
const Answers = lazySchema(() =>
  z
    .record(z.string(), ScoreSchema)
    .refine((answers) => Object.keys(answers).every((id) => STATEMENT_IDS.has(id)), {
      message: 'answers an unknown statement',
    }),
);

const Count = lazySchema(() => z.number().int().min(0).max(100_000));
/** Per statement, how many people gave each score 1…5. */
const ScoreCounts = lazySchema(() =>
  z
    .record(z.string(), z.array(Count).length(5))
    .refine((counts) => Object.keys(counts).every((id) => STATEMENT_IDS.has(id)), {
      message: 'counts an unknown statement',
    }),
);

/**
 * The room's answers to one run, kept as counts per team: how many people of each team
 * took part, and per statement how many gave each score. Never who answered what.
 */
export const RoomAssessmentSchema = lazySchema(() =>
  z.strictObject({
    participants: z.strictObject({ marketing: Count, sales: Count, other: Count }),
    answers: z.strictObject({ marketing: ScoreCounts, sales: ScoreCounts, other: ScoreCounts }),
  }),
);

/** One run of the assessment: each leader's answers, given separately, and the room's. */
export const AssessmentRunSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    date: IsoDate,
    marketing: Answers,
    sales: Answers,
    room: RoomAssessmentSchema.optional(),
  }),
);

/** A dot vote the room held: the votes each item got, never who gave them. */
export const VoteResultSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    date: IsoDate,
    title: Text(200),
    anonymous: z.boolean(),
    /** How many people voted. */
    voters: Count,
    items: z
      .array(z.strictObject({ text: Text(300), count: Count }))
      .min(1)
      .max(50),
  }),
);

export const DecisionSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    text: Text(500),
    date: IsoDate,
    /** Who agreed, as the room says it: "Ana (CMO), Bo (VP Sales)". */
    agreedBy: z.string().trim().max(200),
  }),
);

export const ActionStatusSchema = lazySchema(() => z.enum(['open', 'inProgress', 'done']));

export const ActionItemSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    text: Text(300),
    ownerId: IdSchema.nullable(),
    due: IsoDate.nullable(),
    status: ActionStatusSchema,
  }),
);

export const ParkedTopicSchema = lazySchema(() =>
  z.strictObject({ id: IdSchema, text: Text(300) }),
);

/** Who signs the plan off: at least one leader of marketing and one of sales. */
export const ApproverSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    name: Text(80),
    role: z.string().trim().max(80),
    teamId: IdSchema,
  }),
);

export const AgendaTopicSchema = lazySchema(() =>
  z.enum(['assessment', 'funnel', 'goals', 'raci', 'handoff', 'signoff', 'custom']),
);

const Instant = lazySchema(() => z.iso.datetime({ message: 'must be a date and time' }));

/**
 * A timer that survives a restart: the time banked while it ran before, and
 * when it last started (null while paused). Remaining time is always derived
 * from the clock, so it never counts wrong after the app was closed.
 */
export const TimerSchema = lazySchema(() =>
  z.strictObject({
    startedAt: Instant.nullable(),
    elapsedMs: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 3600 * 1000),
    addedMinutes: z.number().int().min(0).max(480),
  }),
);

export const AgendaItemSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    topic: AgendaTopicSchema,
    /** A custom item's title; the standard topics are named in the interface language. */
    title: z.string().trim().max(120),
    minutes: z
      .number()
      .int('must be whole minutes')
      .min(1, 'must be 1 to 480 minutes')
      .max(480, 'must be 1 to 480 minutes'),
    timer: TimerSchema,
  }),
);

export const WorkshopSectionSchema = lazySchema(() =>
  z.strictObject({
    assessments: z.array(AssessmentRunSchema).max(50),
    decisions: z.array(DecisionSchema).max(500),
    actions: z.array(ActionItemSchema).max(500),
    parkingLot: z.array(ParkedTopicSchema).max(200),
    approvers: z.array(ApproverSchema).max(30),
    agenda: z.array(AgendaItemSchema).max(50),
    votes: z.array(VoteResultSchema).max(100),
  }),
);

export type AssessmentRun = z.infer<typeof AssessmentRunSchema>;
export type RoomAssessment = z.infer<typeof RoomAssessmentSchema>;
export type VoteResult = z.infer<typeof VoteResultSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type ActionItem = z.infer<typeof ActionItemSchema>;
export type ActionStatus = z.infer<typeof ActionStatusSchema>;
export type ParkedTopic = z.infer<typeof ParkedTopicSchema>;
export type Approver = z.infer<typeof ApproverSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type AgendaTopic = z.infer<typeof AgendaTopicSchema>;
export type Timer = z.infer<typeof TimerSchema>;
export type WorkshopSection = z.infer<typeof WorkshopSectionSchema>;

export function emptyWorkshop(): WorkshopSection {
  return {
    assessments: [],
    decisions: [],
    actions: [],
    parkingLot: [],
    approvers: [],
    votes: [],
    agenda: [],
  };
}

/** Action owners are people of the plan. */
export function workshopIntegrityIssues(
  workshop: WorkshopSection,
  refs: { personIds: ReadonlySet<string>; teamIds: ReadonlySet<string> },
): Array<{ path: (string | number)[]; message: string }> {
  const approvers = workshop.approvers.flatMap((approver, index) =>
    refs.teamIds.has(approver.teamId)
      ? []
      : [
          {
            path: ['approvers', index, 'teamId'],
            message: `team ${approver.teamId} does not exist`,
          },
        ],
  );
  return approvers.concat(
    workshop.actions.flatMap((action, index) =>
      action.ownerId !== null && !refs.personIds.has(action.ownerId)
        ? [
            {
              path: ['actions', index, 'ownerId'],
              message: `owner ${action.ownerId} is not a person of the plan`,
            },
          ]
        : [],
    ),
  );
}

/** Sign-off needs someone from each side to sign. */
export function signOffProblems(
  workshop: WorkshopSection,
  teamKindOf: (teamId: string) => string | undefined,
): Array<'noMarketingApprover' | 'noSalesApprover'> {
  const kinds = new Set(workshop.approvers.map((a) => teamKindOf(a.teamId)));
  return [
    ...(kinds.has('marketing') ? [] : (['noMarketingApprover'] as const)),
    ...(kinds.has('sales') ? [] : (['noSalesApprover'] as const)),
  ];
}

/**
 * The usual running order of an alignment workshop, with its timings in minutes: three
 * hours in all, the session most teams book, so it never starts out over time.
 */
export const STANDARD_AGENDA: ReadonlyArray<{ topic: AgendaTopic; minutes: number }> = [
  { topic: 'assessment', minutes: 20 },
  { topic: 'funnel', minutes: 35 },
  { topic: 'goals', minutes: 35 },
  { topic: 'raci', minutes: 30 },
  { topic: 'handoff', minutes: 40 },
  { topic: 'signoff', minutes: 20 },
];

export function standardAgenda(newId: () => string): AgendaItem[] {
  return STANDARD_AGENDA.map(({ topic, minutes }) => ({
    id: newId(),
    topic,
    title: '',
    minutes,
    timer: { startedAt: null, elapsedMs: 0, addedMinutes: 0 },
  }));
}

/** Milliseconds left on an item's timer at `now` (negative once it has run over). */
export function remainingMs(item: AgendaItem, now: number): number {
  const running =
    item.timer.startedAt === null ? 0 : Math.max(0, now - Date.parse(item.timer.startedAt));
  return (item.minutes + item.timer.addedMinutes) * 60_000 - item.timer.elapsedMs - running;
}
