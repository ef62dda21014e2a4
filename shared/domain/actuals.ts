import * as z from 'zod';
import { ImportProfileSchema } from '../actuals/profile';
import { CrmSchema, RecordKindSchema } from '../actuals/profile';
import { RejectReasonSchema } from './handoff';
import { IdSchema } from './ids';
import { ActionItemSchema } from './workshop';
import { lazySchema } from './lazy-schema';

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const MonthSchema = lazySchema(() =>
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM'),
);
const Count = lazySchema(() => z.number().int().nonnegative().max(100_000_000));
const Days = lazySchema(() => z.number().nonnegative().max(100_000));

/** An import profile kept with the plan: column names and choices only, never a row. */
export const StoredProfileSchema = lazySchema(() =>
  ImportProfileSchema.extend({
    id: IdSchema,
    /** The export's columns, to know the same report when it comes back next month. */
    headers: z.array(z.string().max(300)).max(500),
  }),
);
export type StoredProfile = z.infer<typeof StoredProfileSchema>;

/** Sales' verdict on the qualified leads of a month: accepted, or rejected for an SLA reason. */
export const FeedbackCountsSchema = lazySchema(() =>
  z.strictObject({
    accepted: Count,
    rejected: z.partialRecord(RejectReasonSchema, Count),
  }),
);
export type FeedbackCounts = z.infer<typeof FeedbackCountsSchema>;

/** How fast sales answered the leads qualified in a month, in the SLA's business hours. */
export const ResponseMonthSchema = lazySchema(() =>
  z.strictObject({
    month: MonthSchema,
    qualified: Count,
    answered: Count,
    withinTarget: Count,
    medianHours: z.number().nonnegative().max(1e6).nullable(),
  }),
);
export type ResponseMonth = z.infer<typeof ResponseMonthSchema>;

const TimeSummarySchema = lazySchema(() =>
  z.strictObject({ count: Count, medianDays: Days, p90Days: Days }),
);

/**
 * What one CRM export left in the plan: counts, cohorts and time summaries per plan
 * stage and month. Aggregates only; the rows (names, e-mails, owners) are never stored.
 */
export const ActualsImportSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    importedAt: z.iso.datetime(),
    fileName: z.string().max(260),
    crm: CrmSchema,
    kind: RecordKindSchema,
    profileId: IdSchema.nullable(),
    counting: z.enum(['strict', 'passThrough']),
    /** The latest day in the export: how far its cohorts can be judged. */
    asOf: z.string().regex(ISO_DAY),
    firstMonth: MonthSchema,
    lastMonth: MonthSchema,
    records: Count,
    duplicates: Count,
    months: z
      .array(z.strictObject({ month: MonthSchema, stageId: IdSchema, entered: Count }))
      .max(5000),
    cohorts: z
      .array(
        z.strictObject({
          fromId: IdSchema,
          toId: IdSchema,
          month: MonthSchema,
          entered: Count,
          reached30: Count,
          reached60: Count,
          reached90: Count,
        }),
      )
      .max(5000),
    timeInStage: z
      .array(z.strictObject({ fromId: IdSchema, toId: IdSchema, ...TimeSummarySchema.shape }))
      .max(100),
    cycle: TimeSummarySchema.nullable(),
    won: z
      .array(
        z.strictObject({
          month: MonthSchema,
          count: Count,
          revenue: z.number().finite().min(-1e15).max(1e15),
        }),
      )
      .max(600),
    /**
     * First responses to the leads entering the SLA's handoff stage, against the SLA's
     * target as it was when imported; null when the export has no first-response column.
     */
    responses: z
      .strictObject({
        targetHours: z.number().positive().max(720),
        months: z.array(ResponseMonthSchema).max(600),
      })
      .nullable(),
    /** The plan stages the export dates: the others are not measured by it (never zero). */
    measured: z.array(IdSchema).max(100),
    /** Sales' feedback read from a mapped column, by the month leads were handed over. */
    feedback: z
      .array(z.strictObject({ month: MonthSchema, ...FeedbackCountsSchema.shape }))
      .max(600),
  }),
);
export type ActualsImport = z.infer<typeof ActualsImportSchema>;

export const ReviewDecisionSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    text: z.string().trim().min(1, 'must not be empty').max(500),
  }),
);

/**
 * One recurring review: the months it looks at, sales' feedback when typed in the room
 * (null takes what the imports counted), and what the meeting decided and who does what.
 */
export const ReviewMeetingSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    date: z.string().regex(ISO_DAY, 'must be a date as YYYY-MM-DD'),
    from: MonthSchema,
    to: MonthSchema,
    typedFeedback: FeedbackCountsSchema.nullable(),
    decisions: z.array(ReviewDecisionSchema).max(100),
    actions: z.array(ActionItemSchema).max(100),
  }),
);
export type ReviewMeeting = z.infer<typeof ReviewMeetingSchema>;
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

export const ActualsSectionSchema = lazySchema(() =>
  z.strictObject({
    profiles: z.array(StoredProfileSchema).max(20),
    imports: z.array(ActualsImportSchema).max(240),
    reviews: z.array(ReviewMeetingSchema).max(240),
  }),
);
export type ActualsSection = z.infer<typeof ActualsSectionSchema>;

export function emptyActuals(): ActualsSection {
  return { profiles: [], imports: [], reviews: [] };
}

/**
 * Stage ids in imports are not checked against the funnel: an import keeps what the
 * export said even if a stage is later removed, and shows it again if the removal is
 * undone. Views show only the stages the funnel has.
 */
export function actualsIntegrityIssues(
  actuals: ActualsSection,
  refs: { personIds: ReadonlySet<string> },
): Array<{ path: Array<string | number>; message: string }> {
  const issues: Array<{ path: Array<string | number>; message: string }> = [];
  const seen = new Set<string>();
  actuals.imports.forEach((entry, index) => {
    if (seen.has(entry.id))
      issues.push({ path: ['imports', index, 'id'], message: 'duplicate id' });
    seen.add(entry.id);
    if (entry.firstMonth > entry.lastMonth) {
      issues.push({
        path: ['imports', index, 'lastMonth'],
        message: 'must not be before firstMonth',
      });
    }
    if (entry.profileId !== null && !actuals.profiles.some((p) => p.id === entry.profileId)) {
      issues.push({
        path: ['imports', index, 'profileId'],
        message: `profile ${entry.profileId} does not exist`,
      });
    }
  });
  const reviewIds = new Set<string>();
  actuals.reviews.forEach((review, index) => {
    if (reviewIds.has(review.id))
      issues.push({ path: ['reviews', index, 'id'], message: 'duplicate id' });
    reviewIds.add(review.id);
    if (review.from > review.to) {
      issues.push({ path: ['reviews', index, 'to'], message: 'must not be before from' });
    }
    review.actions.forEach((action, at) => {
      if (action.ownerId !== null && !refs.personIds.has(action.ownerId)) {
        issues.push({
          path: ['reviews', index, 'actions', at, 'ownerId'],
          message: `owner ${action.ownerId} is not a person of the plan`,
        });
      }
    });
  });
  const profileIds = new Set<string>();
  actuals.profiles.forEach((profile, index) => {
    if (profileIds.has(profile.id))
      issues.push({ path: ['profiles', index, 'id'], message: 'duplicate id' });
    profileIds.add(profile.id);
  });
  return issues;
}
