import * as z from 'zod';
import {
  AssumptionsSchema,
  FunnelSectionSchema,
  HandoffSchema,
  RateSchema,
  ScenarioSchema,
  StageSchema,
} from './funnel';
import { IdSchema } from './ids';
import { lazySchema } from './lazy-schema';

const changesSomething = { message: 'patch must change something' };
const nonEmpty = <T extends z.ZodObject>(schema: T) =>
  schema.refine((patch) => Object.keys(patch).length > 0, changesSomething);

const PositionList = lazySchema(() =>
  z
    .array(z.strictObject({ stageId: IdSchema, position: StageSchema.shape.position }))
    .min(1)
    .max(500),
);

/**
 * Every edit of the funnel map, its table and its scenarios.
 * Built with the command union (commands.ts), the first time a command is parsed.
 */
export const funnelCommands = () =>
  [
    z.strictObject({ type: z.literal('funnel.stage.add'), stage: StageSchema }),
    /**
     * A stage put into a handoff: the handoff keeps its id, source and rate and now ends at
     * the new stage; a new handoff of the same kind takes the new stage on to where the old
     * one went, at `rateOnward`. What pointed at the handoff (scenarios) stays with it.
     */
    z.strictObject({
      type: z.literal('funnel.stage.insert'),
      stage: StageSchema,
      intoHandoffId: IdSchema,
      onwardHandoffId: IdSchema,
      rateOnward: RateSchema.nullable(),
    }),
    z.strictObject({
      type: z.literal('funnel.stage.update'),
      stageId: IdSchema,
      patch: nonEmpty(StageSchema.omit({ id: true, position: true }).partial()),
    }),
    /** A drag or a layout: every moved stage in one undo step. */
    z.strictObject({ type: z.literal('funnel.stages.move'), positions: PositionList }),
    /** Removing stages also removes the handoffs that touch them. */
    z.strictObject({
      type: z.literal('funnel.stages.remove'),
      stageIds: z.array(IdSchema).min(1).max(500),
    }),
    z.strictObject({ type: z.literal('funnel.handoff.add'), handoff: HandoffSchema }),
    z.strictObject({
      type: z.literal('funnel.handoff.update'),
      handoffId: IdSchema,
      patch: nonEmpty(HandoffSchema.omit({ id: true, source: true, target: true }).partial()),
    }),
    z.strictObject({
      type: z.literal('funnel.handoffs.remove'),
      handoffIds: z.array(IdSchema).min(1).max(1000),
    }),
    z.strictObject({
      type: z.literal('funnel.assumptions.set'),
      patch: nonEmpty(AssumptionsSchema.partial()),
    }),
    /** A template, or any whole funnel: replacing it is one undoable step. */
    z.strictObject({ type: z.literal('funnel.replace'), funnel: FunnelSectionSchema }),
    z.strictObject({ type: z.literal('funnel.scenario.save'), scenario: ScenarioSchema }),
    z.strictObject({
      type: z.literal('funnel.scenario.update'),
      scenarioId: IdSchema,
      patch: nonEmpty(
        z.strictObject({
          name: ScenarioSchema.shape.name.optional(),
          assumptions: AssumptionsSchema.partial().optional(),
          rates: z.record(IdSchema, RateSchema).optional(),
        }),
      ),
    }),
    z.strictObject({ type: z.literal('funnel.scenario.remove'), scenarioId: IdSchema }),
    /** Makes a scenario the plan's: its assumptions and rates become the funnel's. */
    z.strictObject({ type: z.literal('funnel.scenario.adopt'), scenarioId: IdSchema }),
  ] as const;
