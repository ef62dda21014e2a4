import * as z from 'zod';
import {
  ActualsImportSchema,
  ReviewDecisionSchema,
  ReviewMeetingSchema,
  StoredProfileSchema,
} from './actuals';
import { RejectReasonSchema } from './handoff';
import { ActionItemSchema } from './workshop';
import { IdSchema } from './ids';

const nonEmpty = { message: 'patch must change something' };

/**
 * Every edit of the living plan: imports added or removed, profiles kept, reviews held.
 * Built with the command union (commands.ts), the first time a command is parsed.
 */
export const actualsCommands = () =>
  [
    /**
     * One export's figures. `replaces` names earlier imports of the same months, which the
     * user agreed to replace; they go in the same step, so one undo brings them back.
     */
    z.strictObject({
      type: z.literal('actuals.import.add'),
      import: ActualsImportSchema,
      replaces: z.array(IdSchema).max(240),
    }),
    z.strictObject({ type: z.literal('actuals.import.remove'), importId: IdSchema }),
    /** Keeps (or updates, by id) how an export maps onto the plan. */
    z.strictObject({ type: z.literal('actuals.profile.save'), profile: StoredProfileSchema }),
    z.strictObject({ type: z.literal('actuals.review.add'), review: ReviewMeetingSchema }),
    /** The meeting's date, its months, or the feedback typed in the room. */
    z.strictObject({
      type: z.literal('actuals.review.set'),
      reviewId: IdSchema,
      patch: ReviewMeetingSchema.pick({ date: true, from: true, to: true, typedFeedback: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    /**
     * One count of the feedback typed in the room (accepted, or one reason), so two people
     * typing different counts both keep theirs. Starts from zeros when nothing was typed.
     */
    z.strictObject({
      type: z.literal('actuals.review.feedback.count'),
      reviewId: IdSchema,
      outcome: z.union([z.literal('accepted'), RejectReasonSchema]),
      count: z.number().int().min(0).max(100_000_000),
    }),
    z.strictObject({ type: z.literal('actuals.review.remove'), reviewId: IdSchema }),
    z.strictObject({
      type: z.literal('actuals.review.decision.add'),
      reviewId: IdSchema,
      decision: ReviewDecisionSchema,
    }),
    z.strictObject({
      type: z.literal('actuals.review.decision.remove'),
      reviewId: IdSchema,
      decisionId: IdSchema,
    }),
    z.strictObject({
      type: z.literal('actuals.review.action.add'),
      reviewId: IdSchema,
      action: ActionItemSchema,
    }),
    /** An action of this review or of an earlier one, carried over until it is done. */
    z.strictObject({
      type: z.literal('actuals.review.action.update'),
      reviewId: IdSchema,
      actionId: IdSchema,
      patch: ActionItemSchema.omit({ id: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    z.strictObject({
      type: z.literal('actuals.review.action.remove'),
      reviewId: IdSchema,
      actionId: IdSchema,
    }),
  ] as const;
