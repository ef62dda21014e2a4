import * as z from 'zod/mini';
import { ROOM_TEAMS } from './room-types';
import { lazySchema } from '../domain/lazy-schema';

export * from './room-types';

/**
 * The room's checks of what a participant's phone sends, on the room's listener. (The
 * participant page itself imports only room-types.ts, to stay small.)
 */

export const JoinCodeSchema = lazySchema(() =>
  z.strictObject({
    code: z.string().check(z.minLength(1), z.maxLength(32)),
  }),
);

export const ProfileSchema = lazySchema(() =>
  z.strictObject({
    /** Empty: stays anonymous. Shown as text wherever it appears. */
    name: z.string().check(z.maxLength(40)),
    team: z.enum(ROOM_TEAMS),
  }),
);

export const AnswerSchema = lazySchema(() =>
  z.strictObject({
    activityId: z.string().check(z.minLength(1), z.maxLength(64)),
    /** Statement id → 1…5. */
    answers: z.record(z.string().check(z.maxLength(32)), z.number()),
  }),
);

export const IdeaSchema = lazySchema(() =>
  z.strictObject({
    activityId: z.string().check(z.minLength(1), z.maxLength(64)),
    text: z.string().check(z.minLength(1), z.maxLength(2000)),
  }),
);

export const VoteSchema = lazySchema(() =>
  z.strictObject({
    activityId: z.string().check(z.minLength(1), z.maxLength(64)),
    /** Item id → votes given to it. */
    votes: z.record(z.string().check(z.maxLength(64)), z.number()),
  }),
);
