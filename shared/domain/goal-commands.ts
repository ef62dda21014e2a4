import * as z from 'zod';
import { CheckInSchema, GoalSchema, KpiSettingsSchema } from './goals';
import { IdSchema } from './ids';

const nonEmpty = { message: 'patch must change something' };

/**
 * Every edit of the goals and KPIs.
 * Built with the command union (commands.ts), the first time a command is parsed.
 */
export const goalCommands = () =>
  [
    z.strictObject({ type: z.literal('goal.add'), goal: GoalSchema }),
    z.strictObject({
      type: z.literal('goal.update'),
      goalId: IdSchema,
      patch: GoalSchema.omit({ id: true, checkIns: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    z.strictObject({ type: z.literal('goal.remove'), goalId: IdSchema }),
    z.strictObject({
      type: z.literal('goal.checkIn.add'),
      goalId: IdSchema,
      checkIn: CheckInSchema,
    }),
    z.strictObject({
      type: z.literal('goal.checkIn.remove'),
      goalId: IdSchema,
      checkInId: IdSchema,
    }),
    z.strictObject({
      type: z.literal('kpis.set'),
      // Satisfaction's parts are set one by one, so a target typed here never puts back an
      // actual another window changed meanwhile: the command says what changed, not the whole.
      patch: KpiSettingsSchema.omit({ satisfaction: true })
        .extend({ satisfaction: KpiSettingsSchema.shape.satisfaction.partial().optional() })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
  ] as const;
