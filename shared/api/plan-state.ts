import * as z from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import { IdSchema, PlanDocSchema } from '../domain/plan-doc';

/*
 * What the API answers about a plan: its summary in the library, its state as a window
 * holds it, an edit's answer, its history and its agreed versions.
 */

export const PlanSummarySchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    name: z.string(),
    client: z.string(),
    revision: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** Set while the plan is in the trash. */
    deletedAt: z.string().nullable(),
  }),
);

/** An agreed version of a plan, saved when it was signed off. */
export const SnapshotSummarySchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    version: z.number().int().positive(),
    /** The plan's revision when it was signed; the plan is still agreed while it has not moved on. */
    revision: z.number().int(),
    createdAt: z.string(),
    approvers: z.array(z.string()),
    /**
     * The plan's content is this version's, by the same rule as the comparison of versions:
     * the header, the comparison and the PDF all say "agreed" from this one answer.
     */
    matchesPlan: z.boolean(),
  }),
);

export const PlanStateSchema = lazySchema(() =>
  z.strictObject({
    plan: PlanSummarySchema,
    doc: PlanDocSchema,
    canUndo: z.boolean(),
    canRedo: z.boolean(),
  }),
);

/**
 * An edit's answer: the plan's state, its document left out when the caller asked so and
 * holds that same document already (see `plans.apply`'s `knownResult`).
 */
export const PlanAppliedSchema = lazySchema(() =>
  PlanStateSchema.extend({ doc: PlanDocSchema.optional() }),
);

export const HistoryEntrySchema = lazySchema(() =>
  z.strictObject({
    seq: z.number().int(),
    commandTypes: z.array(z.string()),
    createdAt: z.string(),
    /** Undone steps stay in the history until a new edit replaces them (redo stack). */
    undone: z.boolean(),
  }),
);

export type PlanSummary = z.infer<typeof PlanSummarySchema>;
export type PlanState = z.infer<typeof PlanStateSchema>;
export type PlanApplied = z.infer<typeof PlanAppliedSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type SnapshotSummary = z.infer<typeof SnapshotSummarySchema>;
