import * as z from 'zod';
import { IdSchema } from './ids';
import { RaciActivitySchema, RaciLetterSchema, RaciRoleSchema } from './raci';

const nonEmpty = { message: 'patch must change something' };

/**
 * Every edit of the RACI matrix.
 * Built with the command union (commands.ts), the first time a command is parsed.
 */
export const raciCommands = () =>
  [
    z.strictObject({
      type: z.literal('raci.activities.add'),
      activities: z.array(RaciActivitySchema).min(1).max(100),
    }),
    z.strictObject({
      type: z.literal('raci.activity.update'),
      activityId: IdSchema,
      patch: RaciActivitySchema.omit({ id: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    z.strictObject({ type: z.literal('raci.activity.remove'), activityId: IdSchema }),
    z.strictObject({
      type: z.literal('raci.activity.move'),
      activityId: IdSchema,
      toIndex: z.number().int().min(0),
    }),
    z.strictObject({ type: z.literal('raci.role.add'), role: RaciRoleSchema }),
    z.strictObject({
      type: z.literal('raci.role.update'),
      roleId: IdSchema,
      patch: RaciRoleSchema.omit({ id: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    z.strictObject({ type: z.literal('raci.role.remove'), roleId: IdSchema }),
    z.strictObject({
      type: z.literal('raci.role.move'),
      roleId: IdSchema,
      toIndex: z.number().int().min(0),
    }),
    /** One cell: a letter, or null to clear it. */
    z.strictObject({
      type: z.literal('raci.cell.set'),
      activityId: IdSchema,
      roleId: IdSchema,
      letter: RaciLetterSchema.nullable(),
    }),
    z.strictObject({
      type: z.literal('raci.threshold.set'),
      value: z.number().int().min(1).max(100),
    }),
  ] as const;
