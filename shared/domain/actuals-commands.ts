import * as z from 'zod';
import { ActualsImportSchema, StoredProfileSchema } from './actuals';
import { IdSchema } from './ids';

/** Every edit of the plan's actuals: imports added or removed, profiles kept. */
export const ACTUALS_COMMANDS = [
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
] as const;
