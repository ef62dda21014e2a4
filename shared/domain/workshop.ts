import { z } from 'zod';
import { ASSESSMENT_STATEMENTS } from './assessment';
import { IdSchema } from './ids';

const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date as YYYY-MM-DD');
const Text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

export const ScoreSchema = z
  .number()
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be from 1 to 5')
  .max(5, 'must be from 1 to 5');

const STATEMENT_IDS = new Set(ASSESSMENT_STATEMENTS.map((st) => st.id));
const Answers = z
  .record(z.string(), ScoreSchema)
  .refine((answers) => Object.keys(answers).every((id) => STATEMENT_IDS.has(id)), {
    message: 'answers an unknown statement',
  });

/** One run of the assessment: each leader's answers, given separately. */
export const AssessmentRunSchema = z.strictObject({
  id: IdSchema,
  date: IsoDate,
  marketing: Answers,
  sales: Answers,
});

export const DecisionSchema = z.strictObject({
  id: IdSchema,
  text: Text(500),
  date: IsoDate,
  /** Who agreed, as the room says it: "Ana (CMO), Bo (VP Sales)". */
  agreedBy: z.string().trim().max(200),
});

export const ActionStatusSchema = z.enum(['open', 'inProgress', 'done']);

export const ActionItemSchema = z.strictObject({
  id: IdSchema,
  text: Text(300),
  ownerId: IdSchema.nullable(),
  due: IsoDate.nullable(),
  status: ActionStatusSchema,
});

export const ParkedTopicSchema = z.strictObject({ id: IdSchema, text: Text(300) });

export const WorkshopSectionSchema = z.strictObject({
  assessments: z.array(AssessmentRunSchema).max(50),
  decisions: z.array(DecisionSchema).max(500),
  actions: z.array(ActionItemSchema).max(500),
  parkingLot: z.array(ParkedTopicSchema).max(200),
});

export type AssessmentRun = z.infer<typeof AssessmentRunSchema>;
export type Decision = z.infer<typeof DecisionSchema>;
export type ActionItem = z.infer<typeof ActionItemSchema>;
export type ActionStatus = z.infer<typeof ActionStatusSchema>;
export type ParkedTopic = z.infer<typeof ParkedTopicSchema>;
export type WorkshopSection = z.infer<typeof WorkshopSectionSchema>;

export function emptyWorkshop(): WorkshopSection {
  return { assessments: [], decisions: [], actions: [], parkingLot: [] };
}

/** Action owners are people of the plan. */
export function workshopIntegrityIssues(
  workshop: WorkshopSection,
  refs: { personIds: ReadonlySet<string> },
): Array<{ path: (string | number)[]; message: string }> {
  return workshop.actions.flatMap((action, index) =>
    action.ownerId !== null && !refs.personIds.has(action.ownerId)
      ? [
          {
            path: ['actions', index, 'ownerId'],
            message: `owner ${action.ownerId} is not a person of the plan`,
          },
        ]
      : [],
  );
}
