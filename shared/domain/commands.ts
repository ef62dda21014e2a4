import * as z from 'zod';
import {
  ClientNameSchema,
  CurrencySchema,
  IdSchema,
  ImageIdSchema,
  LanguageSchema,
  PeriodSchema,
  PersonSchema,
  PlanNameSchema,
} from './plan-doc';
import { funnelCommands } from './funnel-commands';
import { goalCommands } from './goal-commands';
import { handoffCommands } from './handoff-commands';
import { workshopCommands } from './workshop-commands';
import { raciCommands } from './raci-commands';
import { actualsCommands } from './actuals-commands';
import { TemplatePartsSchema } from '../templates/template';
import { lazySchema } from './lazy-schema';

/**
 * Every edit to a plan is one of these plain objects. The same command is
 * applied optimistically in the renderer and for real in the host, by the one
 * reducer in reducer.ts.
 */
const PlanRename = lazySchema(() =>
  z.strictObject({ type: z.literal('plan.rename'), name: PlanNameSchema }),
);

const PlanSetMeta = lazySchema(() =>
  z.strictObject({
    type: z.literal('plan.setMeta'),
    patch: z
      .strictObject({
        client: ClientNameSchema.optional(),
        clientLogoId: ImageIdSchema.nullable().optional(),
        period: PeriodSchema.optional(),
        currency: CurrencySchema.optional(),
        language: LanguageSchema.optional(),
      })
      .refine((p) => Object.keys(p).length > 0, { message: 'patch must change something' }),
  }),
);

const TeamName = lazySchema(() => z.string().trim().min(1, 'must not be empty').max(60));

const TeamAdd = lazySchema(() =>
  z.strictObject({
    type: z.literal('team.add'),
    team: z.strictObject({ id: IdSchema, name: TeamName }),
  }),
);

const TeamUpdate = lazySchema(() =>
  z.strictObject({
    type: z.literal('team.update'),
    teamId: IdSchema,
    patch: z.strictObject({ name: TeamName }),
  }),
);

const TeamRemove = lazySchema(() =>
  z.strictObject({ type: z.literal('team.remove'), teamId: IdSchema }),
);

const PersonAdd = lazySchema(() =>
  z.strictObject({ type: z.literal('person.add'), person: PersonSchema }),
);

const PersonUpdate = lazySchema(() =>
  z.strictObject({
    type: z.literal('person.update'),
    personId: IdSchema,
    patch: PersonSchema.omit({ id: true })
      .partial()
      .refine((p) => Object.keys(p).length > 0, { message: 'patch must change something' }),
  }),
);

const PersonRemove = lazySchema(() =>
  z.strictObject({ type: z.literal('person.remove'), personId: IdSchema }),
);

/**
 * A consultant's template applied to the plan, its parts in one undoable step. What the
 * template brings that is new takes ids made from `idPrefix`, chosen by whoever makes the
 * command, so every window and the host make the same plan of it.
 */
const TemplateApply = lazySchema(() =>
  z.strictObject({
    type: z.literal('template.apply'),
    parts: TemplatePartsSchema,
    /** What the template is called, for the undo button: "Undo: apply the template “…”". */
    templateName: z.string().trim().min(1).max(80),
    idPrefix: IdSchema.max(40),
  }),
);

export const CommandSchema = lazySchema(() =>
  z.discriminatedUnion('type', [
    PlanRename,
    PlanSetMeta,
    TeamAdd,
    TeamUpdate,
    TeamRemove,
    PersonAdd,
    PersonUpdate,
    PersonRemove,
    TemplateApply,
    ...funnelCommands(),
    ...goalCommands(),
    ...raciCommands(),
    ...handoffCommands(),
    ...actualsCommands(),
    ...workshopCommands(),
  ]),
);

export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];

export { MERGE_WINDOW_MS, mergeKey } from './merge-key';
