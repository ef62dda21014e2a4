import * as z from 'zod';
import { IdSchema } from '../domain/ids';
import { SyncRefusalSchema } from '../sync/protocol';
import { lazySchema } from '../domain/lazy-schema';

/** A laptop's link to its team server, as the screens show it. */
export const TeamStatusSchema = lazySchema(() =>
  z.strictObject({
    connection: z
      .strictObject({
        server: z.string(),
        teamName: z.string(),
        memberName: z.string(),
        role: z.enum(['owner', 'editor', 'viewer']),
      })
      .nullable(),
    /** synced · changes waiting · offline · some changes not applied. */
    state: z.enum(['synced', 'pending', 'offline', 'refused']),
    pending: z.number().int().min(0),
    refused: z.number().int().min(0),
    /** Why the last sync failed (a refusal of the server), when it did. */
    problem: z.string().nullable(),
    /** The plans shared with the team, with who changed each last and when. */
    shared: z.array(
      z.strictObject({
        planId: IdSchema,
        updatedBy: z.string().nullable(),
        updatedAt: z.string().nullable(),
      }),
    ),
  }),
);
export type TeamStatus = z.infer<typeof TeamStatusSchema>;

export const RefusedEditSchema = lazySchema(() =>
  z.strictObject({
    id: z.number().int(),
    planId: IdSchema,
    command: z.unknown(),
    reason: SyncRefusalSchema,
    /** The plan as this laptop had it when told: the edit is said in the names it had. */
    planBefore: z.unknown(),
    refusedAt: z.string(),
  }),
);
export type RefusedEdit = z.infer<typeof RefusedEditSchema>;

export const TeamConnectSchema = lazySchema(() =>
  z.strictObject({
    server: z
      .string()
      .trim()
      .regex(
        /^https?:\/\/[^\s/]+(:\d+)?\/?$/i,
        'must be an address such as https://team.example.com',
      ),
    code: z.string().trim().min(8).max(64),
    deviceName: z.string().trim().min(1).max(120),
  }),
);
