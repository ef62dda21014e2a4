import { z } from 'zod';
import {
  ChecklistItemSchema,
  FrameworkKindSchema,
  ScoringCriterionSchema,
  ScoringModelSchema,
  SlaSchema,
  StageDefinitionSchema,
} from './handoff';
import { IdSchema } from './ids';

const nonEmpty = { message: 'patch must change something' };

/** Every edit of the lead handoff: definitions, framework, scoring and SLA. */
export const HANDOFF_COMMANDS = [
  z.strictObject({
    type: z.literal('handoff.definition.set'),
    stageId: IdSchema,
    patch: StageDefinitionSchema.partial().refine((p) => Object.keys(p).length > 0, nonEmpty),
  }),
  /** Picking a framework replaces the checklist with the one it generates. */
  z.strictObject({
    type: z.literal('handoff.framework.set'),
    framework: z.strictObject({
      kind: FrameworkKindSchema,
      checklist: z.array(ChecklistItemSchema).max(30),
    }),
  }),
  z.strictObject({ type: z.literal('handoff.criterion.add'), criterion: ScoringCriterionSchema }),
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
    patch: SlaSchema.partial().refine((p) => Object.keys(p).length > 0, nonEmpty),
  }),
] as const;
