import * as z from 'zod';
import {
  FrameworkSchema,
  RejectReasonSchema,
  ScoringCriterionSchema,
  ScoringModelSchema,
  SlaSchema,
  SlaTermSchema,
  StageDefinitionSchema,
  SwimlaneStepSchema,
} from './handoff';
import { BusinessCalendarSchema } from './business-calendar';
import { IdSchema } from './ids';

const nonEmpty = { message: 'patch must change something' };

/**
 * Every edit of the lead handoff: definitions, framework, scoring and SLA.
 * Built with the command union (commands.ts), the first time a command is parsed.
 */
export const handoffCommands = () =>
  [
    z.strictObject({
      type: z.literal('handoff.definition.set'),
      stageId: IdSchema,
      patch: StageDefinitionSchema.partial().refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    /** Picking a framework replaces the checklist with the one it generates. */
    z.strictObject({
      type: z.literal('handoff.framework.set'),
      framework: FrameworkSchema,
    }),
    z.strictObject({
      type: z.literal('handoff.criterion.add'),
      criterion: ScoringCriterionSchema,
    }),
    z.strictObject({
      type: z.literal('handoff.criterion.update'),
      criterionId: IdSchema,
      patch: ScoringCriterionSchema.omit({ id: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    z.strictObject({ type: z.literal('handoff.criterion.remove'), criterionId: IdSchema }),
    z.strictObject({
      type: z.literal('handoff.scoring.set'),
      patch: ScoringModelSchema.omit({ criteria: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    z.strictObject({
      type: z.literal('handoff.sla.set'),
      patch: SlaSchema.omit({ calendar: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    /** Hours and days of the SLA's business calendar; holidays go one by one, below. */
    z.strictObject({
      type: z.literal('handoff.sla.calendar.set'),
      patch: BusinessCalendarSchema.omit({ holidays: true })
        .partial()
        .refine((p) => Object.keys(p).length > 0, nonEmpty),
    }),
    /** Adds or removes one holiday, so two windows adding different days both keep theirs. */
    z.strictObject({
      type: z.literal('handoff.sla.holiday'),
      day: BusinessCalendarSchema.shape.holidays.element,
      holiday: z.boolean(),
    }),
    /**
     * Agrees or drops one reason sales may give for rejecting a lead. One code per command, so
     * two windows ticking different reasons both keep theirs.
     */
    z.strictObject({
      type: z.literal('handoff.sla.reason'),
      code: RejectReasonSchema,
      agreed: z.boolean(),
    }),
    /** Links one SLA term to the RACI activity that covers it, or unlinks it (null). */
    z.strictObject({
      type: z.literal('handoff.sla.link'),
      term: SlaTermSchema,
      activityId: IdSchema.nullable(),
    }),
    /** A step of the swimlane dragged by hand; moves of one step merge into one undo. */
    z.strictObject({
      type: z.literal('handoff.swimlane.move'),
      step: SwimlaneStepSchema,
      position: z.strictObject({ x: z.number().finite(), y: z.number().finite() }),
    }),
    /** Every step back where the generator puts it. */
    z.strictObject({ type: z.literal('handoff.swimlane.reset') }),
  ] as const;
