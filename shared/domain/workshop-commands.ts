import * as z from 'zod';
import { IdSchema } from './ids';
import {
  ActionItemSchema,
  AgendaItemSchema,
  ApproverSchema,
  AssessmentRunSchema,
  DecisionSchema,
  ParkedTopicSchema,
  RoomAssessmentSchema,
  ScoreSchema,
  VoteResultSchema,
} from './workshop';

const nonEmpty = { message: 'patch must change something' };

/**
 * Every edit of the workshop: assessment answers, decisions, actions, parked topics.
 * Built with the command union (commands.ts), the first time a command is parsed.
 */
export const workshopCommands = () =>
  [
    z.strictObject({ type: z.literal('assessment.start'), run: AssessmentRunSchema }),
    /** One leader's answer to one statement; null takes it back. */
    z.strictObject({
      type: z.literal('assessment.answer'),
      runId: IdSchema,
      team: z.enum(['marketing', 'sales']),
      statementId: z.string().min(1).max(20),
      score: ScoreSchema.nullable(),
    }),
    z.strictObject({ type: z.literal('assessment.remove'), runId: IdSchema }),
    /** Keeps the room's answers with a run (counts per team); null takes them away. */
    z.strictObject({
      type: z.literal('assessment.room.set'),
      runId: IdSchema,
      room: RoomAssessmentSchema.nullable(),
    }),
    z.strictObject({ type: z.literal('vote.add'), vote: VoteResultSchema }),
    z.strictObject({ type: z.literal('vote.remove'), voteId: IdSchema }),
    z.strictObject({ type: z.literal('decision.add'), decision: DecisionSchema }),
    z.strictObject({
      type: z.literal('decision.update'),
      decisionId: IdSchema,
      patch: DecisionSchema.omit({ id: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    z.strictObject({ type: z.literal('decision.remove'), decisionId: IdSchema }),
    z.strictObject({ type: z.literal('action.add'), action: ActionItemSchema }),
    z.strictObject({
      type: z.literal('action.update'),
      actionId: IdSchema,
      patch: ActionItemSchema.omit({ id: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    z.strictObject({ type: z.literal('action.remove'), actionId: IdSchema }),
    z.strictObject({ type: z.literal('parking.add'), topic: ParkedTopicSchema }),
    z.strictObject({ type: z.literal('parking.remove'), topicId: IdSchema }),
    z.strictObject({ type: z.literal('approver.add'), approver: ApproverSchema }),
    /** Replaces the agenda, e.g. with the standard one. */
    z.strictObject({ type: z.literal('agenda.set'), items: z.array(AgendaItemSchema).max(50) }),
    z.strictObject({ type: z.literal('agenda.add'), item: AgendaItemSchema }),
    z.strictObject({
      type: z.literal('agenda.update'),
      itemId: IdSchema,
      patch: AgendaItemSchema.pick({ title: true, minutes: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    z.strictObject({
      type: z.literal('agenda.move'),
      itemId: IdSchema,
      toIndex: z.number().int().min(0),
    }),
    z.strictObject({ type: z.literal('agenda.remove'), itemId: IdSchema }),
    /** Starts an item's timer at `at`, pausing any other that runs: one clock in the room. */
    z.strictObject({
      type: z.literal('timer.start'),
      itemId: IdSchema,
      at: z.iso.datetime(),
    }),
    z.strictObject({ type: z.literal('timer.pause'), itemId: IdSchema, at: z.iso.datetime() }),
    z.strictObject({
      type: z.literal('timer.addTime'),
      itemId: IdSchema,
      minutes: z.number().int().min(1).max(60),
    }),
    z.strictObject({ type: z.literal('timer.reset'), itemId: IdSchema }),
    z.strictObject({ type: z.literal('approver.remove'), approverId: IdSchema }),
  ] as const;
