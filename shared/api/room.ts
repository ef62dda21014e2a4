import * as z from 'zod';
import { IdSchema } from '../domain/ids';
import { ROOM_TEAMS } from '../room/room-types';
import { lazySchema } from '../domain/lazy-schema';

const Team = lazySchema(() => z.enum(ROOM_TEAMS));

const Count = lazySchema(() => z.number().int().min(0));

/** What the facilitator starts: the assessment, or a dot vote on a list. */
export const ActivitySetupSchema = lazySchema(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('assessment'), anonymous: z.boolean() }),
    z.strictObject({
      kind: z.literal('vote'),
      anonymous: z.boolean(),
      title: z.string().trim().min(1).max(200),
      items: z
        .array(z.strictObject({ id: IdSchema, text: z.string().trim().min(1).max(300) }))
        .min(2)
        .max(50),
      votesPerPerson: z.number().int().min(1).max(20),
      capPerItem: z.number().int().min(1).max(20).nullable(),
    }),
    z.strictObject({
      kind: z.literal('ideas'),
      anonymous: z.boolean(),
      prompt: z.string().trim().min(1).max(300),
    }),
  ]),
);
export type ActivitySetupInput = z.infer<typeof ActivitySetupSchema>;

const ActivitySchema = lazySchema(() =>
  z.union([
    z.strictObject({
      kind: z.literal('assessment'),
      id: z.string(),
      anonymous: z.boolean(),
      locked: z.boolean(),
      revealed: z.boolean(),
    }),
    z.strictObject({
      kind: z.literal('vote'),
      id: z.string(),
      anonymous: z.boolean(),
      locked: z.boolean(),
      revealed: z.boolean(),
      title: z.string(),
      items: z.array(z.strictObject({ id: z.string(), text: z.string() })),
      votesPerPerson: z.number(),
      capPerItem: z.number().nullable(),
    }),
    z.strictObject({
      kind: z.literal('ideas'),
      id: z.string(),
      anonymous: z.boolean(),
      locked: z.boolean(),
      revealed: z.boolean(),
      prompt: z.string(),
    }),
  ]),
);

/** The room as the facilitator's screen (the projector) shows it. */
export const RoomInfoSchema = lazySchema(() =>
  z.strictObject({
    open: z.boolean(),
    planId: IdSchema.nullable(),
    /** The room's address, typed by hand: http://192.168.1.20:4411 */
    url: z.string().nullable(),
    /** What the QR code carries: the address and the room's secret. */
    joinUrl: z.string().nullable(),
    code: z.string().nullable(),
    /** The QR code's modules, row by row ("1" dark), `size` to a side. */
    qr: z.strictObject({ size: z.number().int(), cells: z.string() }).nullable(),
    joiningLocked: z.boolean(),
    participants: z.array(
      z.strictObject({ id: z.string(), name: z.string(), team: Team.nullable() }),
    ),
    activity: ActivitySchema.nullable(),
    answered: Count,
    finished: Count,
    answeredByTeam: z.strictObject({ marketing: Count, sales: Count, other: Count }),
    assessment: z.record(Team, z.record(z.string(), z.array(Count))).nullable(),
    votes: z
      .array(
        z.strictObject({
          id: z.string(),
          text: z.string(),
          count: Count,
          voters: z.array(z.string()),
        }),
      )
      .nullable(),
    ideaCount: Count,
    ideas: z
      .array(
        z.strictObject({
          id: z.string(),
          text: z.string(),
          author: z.string().nullable(),
          hidden: z.boolean(),
          merged: z.array(z.string()),
        }),
      )
      .nullable(),
  }),
);
export type RoomInfo = z.infer<typeof RoomInfoSchema>;

export const RoomAddressSchema = lazySchema(() =>
  z.strictObject({
    address: z.string(),
    /** The network interface it belongs to (Wi-Fi, Ethernet…), as the system names it. */
    interface: z.string(),
  }),
);
