import * as z from 'zod';
import { RejectReasonSchema } from '../domain/handoff';
import { lazySchema } from '../domain/lazy-schema';

/** The CRMs whose exports are recognised by their columns. */
export const CrmSchema = lazySchema(() =>
  z.enum(['hubspot', 'salesforce', 'pipedrive', 'zoho', 'dynamics', 'other']),
);
export type Crm = z.infer<typeof CrmSchema>;

/** What the rows of an export are. */
export const RecordKindSchema = lazySchema(() =>
  z.enum(['contacts', 'leads', 'deals', 'opportunities', 'other']),
);
export type RecordKind = z.infer<typeof RecordKindSchema>;

const Column = lazySchema(() => z.string().min(1).max(300));

/**
 * A condition on a row: the stage counts only for rows where the column says yes
 * (Salesforce's Converted), or holds one of the values (a Stage of "Closed Won").
 */
export const RowTestSchema = lazySchema(() =>
  z.discriminatedUnion('test', [
    z.object({ test: z.literal('yes'), column: Column }),
    z.object({
      test: z.literal('oneOf'),
      column: Column,
      values: z.array(z.string().max(200)).min(1).max(100),
    }),
  ]),
);
export type RowTest = z.infer<typeof RowTestSchema>;

/** A stage as the export names it, and the column with the day a record entered it. */
export const StageSourceSchema = lazySchema(() =>
  z.object({
    name: z.string().min(1).max(200),
    dateColumn: Column,
    when: RowTestSchema.optional(),
  }),
);
export type StageSource = z.infer<typeof StageSourceSchema>;

const Value = lazySchema(() => z.string().max(200));

/**
 * Sales' verdict on a lead as the CRM writes it in one column: which values mean the lead
 * was accepted, and which mean it was rejected for which of the SLA's reasons.
 */
export const FeedbackMappingSchema = lazySchema(() =>
  z.object({
    column: Column,
    accepted: z.array(Value).max(100),
    rejected: z.record(Value, RejectReasonSchema),
  }),
);
export type FeedbackMapping = z.infer<typeof FeedbackMappingSchema>;

/**
 * How one export's columns mean the plan's funnel: kept with the plan, so next month's
 * export of the same report is read in one step. Column names only, never a row's content.
 */
export const ImportProfileSchema = lazySchema(() =>
  z.object({
    crm: CrmSchema,
    kind: RecordKindSchema,
    /** The column that tells records apart; null when the export has none (rows are records). */
    recordId: Column.nullable(),
    /** The export's stages in funnel order. */
    stages: z.array(StageSourceSchema).min(1).max(40),
    /** Which plan stage each export stage counts towards (by the export's stage name). */
    planStages: z.record(z.string().max(200), z.string().max(100)),
    amount: Column.nullable(),
    /** The first response to a qualified lead, for the SLA. */
    firstResponse: Column.nullable(),
    /** Sales' accept or reject of a qualified lead, for the review. */
    feedback: FeedbackMappingSchema.nullable().default(null),
    /** The user's answer for columns whose dates fit both day-first and month-first. */
    dayOrder: z.enum(['dmy', 'mdy']).nullable(),
  }),
);
export type ImportProfile = z.infer<typeof ImportProfileSchema>;

/** What recognising an export gives before it is matched to a plan. */
export type ExportShape = Omit<ImportProfile, 'planStages' | 'dayOrder' | 'feedback'>;
