import * as z from 'zod';
import { IdSchema } from '../domain/ids';
import { LanguageSchema } from '../domain/plan-doc';
import { PlanTemplateSchema, TEMPLATE_PARTS } from '../templates/template';
import { lazySchema } from '../domain/lazy-schema';

/**
 * What a device and the team server say to each other (server reconciliation): a device
 * pushes its pending edits, each numbered; the server applies them in its own order with
 * the same reducer; the device pulls whole documents and rebases its still-pending edits.
 */

/** A device's edits are numbered 1, 2, 3… across all plans: the server's cursor of them. */
const MutationId = lazySchema(() => z.number().int().min(1).max(Number.MAX_SAFE_INTEGER));

export const MutationSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    /** A local plan shared with the team: the whole document becomes the plan's revision 1. */
    z.strictObject({
      kind: z.literal('share'),
      id: MutationId,
      planId: IdSchema,
      doc: z.unknown(),
    }),
    /** One command, made on the document at `baseRevision`. */
    z.strictObject({
      kind: z.literal('command'),
      id: MutationId,
      planId: IdSchema,
      baseRevision: z.number().int().min(0),
      command: z.unknown(),
    }),
    /**
     * Taking back one step of this device's: the mutations it went out as. The server replays
     * what it stored to undo each, unless someone else changed the same thing since.
     */
    z.strictObject({
      kind: z.literal('undo'),
      id: MutationId,
      planId: IdSchema,
      baseRevision: z.number().int().min(0),
      mutations: z.array(MutationId).min(1).max(500),
    }),
  ]),
);
export type Mutation = z.infer<typeof MutationSchema>;

export const PushRequestSchema = lazySchema(() =>
  z.strictObject({
    /** The plan schema the device writes: a newer one than the server's is refused whole. */
    schemaVersion: z.number().int().min(1),
    mutations: z.array(MutationSchema).min(1).max(500),
  }),
);
export type PushRequest = z.infer<typeof PushRequestSchema>;

/** Why the server could not apply an edit, for the author to see: a code and its values. */
export const SyncRefusalSchema = lazySchema(() =>
  z.strictObject({
    code: z.string(),
    message: z.string(),
    values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
);
export type SyncRefusal = z.infer<typeof SyncRefusalSchema>;

export const MutationResultSchema = lazySchema(() =>
  z.strictObject({
    id: MutationId,
    planId: IdSchema,
    applied: z.boolean(),
    /** The plan's revision after the edit (or as it stood, when not applied). */
    revision: z.number().int().min(0),
    reason: SyncRefusalSchema.nullable(),
  }),
);
export type MutationResult = z.infer<typeof MutationResultSchema>;

export const PushResponseSchema = lazySchema(() =>
  z.strictObject({
    /** The last of this device's edits the server has processed, applied or not. */
    lastMutation: z.number().int().min(0),
    results: z.array(MutationResultSchema),
  }),
);
export type PushResponse = z.infer<typeof PushResponseSchema>;

export const PullRequestSchema = lazySchema(() =>
  z.strictObject({
    /**
     * The revision of each shared plan the device holds. Plans are few and small, so the
     * server answers with every plan whose revision differs: nothing can be skipped by a
     * transaction that commits late, as it could behind a single change cursor.
     */
    known: z.record(IdSchema, z.number().int().min(0)),
    /** Refusals of this device's edits after this one are sent again. */
    sinceMutation: z.number().int().min(0),
  }),
);
export type PullRequest = z.infer<typeof PullRequestSchema>;

export const SharedPlanSchema = lazySchema(() =>
  z.strictObject({
    id: IdSchema,
    doc: z.unknown(),
    revision: z.number().int().min(1),
    updatedAt: z.string(),
    /** The member who made the latest change. */
    updatedBy: z.string().nullable(),
  }),
);
export type SharedPlan = z.infer<typeof SharedPlanSchema>;

export const PullResponseSchema = lazySchema(() =>
  z.strictObject({
    lastMutation: z.number().int().min(0),
    plans: z.array(SharedPlanSchema),
    refused: z.array(
      z.strictObject({
        id: MutationId,
        planId: IdSchema,
        command: z.unknown(),
        reason: SyncRefusalSchema,
      }),
    ),
  }),
);
export type PullResponse = z.infer<typeof PullResponseSchema>;

export const JoinRequestSchema = lazySchema(() =>
  z.strictObject({
    code: z.string().trim().min(8).max(64),
    deviceName: z.string().trim().min(1).max(120),
  }),
);

export const JoinResponseSchema = lazySchema(() =>
  z.strictObject({
    token: z.string(),
    deviceId: IdSchema,
    team: z.strictObject({ id: IdSchema, name: z.string() }),
    member: z.strictObject({
      id: IdSchema,
      name: z.string(),
      role: z.enum(['owner', 'editor', 'viewer']),
    }),
  }),
);
export type JoinResponse = z.infer<typeof JoinResponseSchema>;

/** Errors cross as `{error: {code, message}}` with a stable code, never a stack. */
export type SyncErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'TOO_LARGE'
  | 'NEWER_SCHEMA'
  | 'TOO_MANY_ATTEMPTS'
  | 'UNAVAILABLE';

/** A member's template shared with the team, as the team's list shows it. */
export const TeamTemplateSummarySchema = lazySchema(() =>
  z.strictObject({
    id: z.string().uuid(),
    name: z.string(),
    description: z.string(),
    language: LanguageSchema,
    parts: z.array(z.enum(TEMPLATE_PARTS)),
    author: z.string(),
    sharedAt: z.string(),
  }),
);
export type TeamTemplateSummary = z.infer<typeof TeamTemplateSummarySchema>;

export const ShareTemplateRequestSchema = lazySchema(() =>
  z.strictObject({ template: PlanTemplateSchema }),
);
export const ShareTemplateResponseSchema = lazySchema(() =>
  z.strictObject({ id: z.string().uuid() }),
);
export const TeamTemplatesResponseSchema = lazySchema(() =>
  z.strictObject({
    templates: z.array(TeamTemplateSummarySchema),
  }),
);
export const TeamTemplateRequestSchema = lazySchema(() =>
  z.strictObject({ id: z.string().uuid() }),
);
export const TeamTemplateResponseSchema = lazySchema(() =>
  z.strictObject({ template: PlanTemplateSchema }),
);
