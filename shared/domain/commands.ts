import * as z from 'zod';
import {
  ClientNameSchema,
  CurrencySchema,
  IdSchema,
  LanguageSchema,
  PeriodSchema,
  PersonSchema,
  PlanNameSchema,
} from './plan-doc';
import { FUNNEL_COMMANDS } from './funnel-commands';
import { GOAL_COMMANDS } from './goal-commands';
import { HANDOFF_COMMANDS } from './handoff-commands';
import { WORKSHOP_COMMANDS } from './workshop-commands';
import { RACI_COMMANDS } from './raci-commands';
import { ACTUALS_COMMANDS } from './actuals-commands';

/**
 * Every edit to a plan is one of these plain objects. The same command is
 * applied optimistically in the renderer and for real in the host, by the one
 * reducer in reducer.ts.
 */
const PlanRename = z.strictObject({ type: z.literal('plan.rename'), name: PlanNameSchema });

const PlanSetMeta = z.strictObject({
  type: z.literal('plan.setMeta'),
  patch: z
    .strictObject({
      client: ClientNameSchema.optional(),
      period: PeriodSchema.optional(),
      currency: CurrencySchema.optional(),
      language: LanguageSchema.optional(),
    })
    .refine((p) => Object.keys(p).length > 0, { message: 'patch must change something' }),
});

const TeamName = z.string().trim().min(1, 'must not be empty').max(60);

const TeamAdd = z.strictObject({
  type: z.literal('team.add'),
  team: z.strictObject({ id: IdSchema, name: TeamName }),
});

const TeamUpdate = z.strictObject({
  type: z.literal('team.update'),
  teamId: IdSchema,
  patch: z.strictObject({ name: TeamName }),
});

const TeamRemove = z.strictObject({ type: z.literal('team.remove'), teamId: IdSchema });

const PersonAdd = z.strictObject({ type: z.literal('person.add'), person: PersonSchema });

const PersonUpdate = z.strictObject({
  type: z.literal('person.update'),
  personId: IdSchema,
  patch: PersonSchema.omit({ id: true })
    .partial()
    .refine((p) => Object.keys(p).length > 0, { message: 'patch must change something' }),
});

const PersonRemove = z.strictObject({ type: z.literal('person.remove'), personId: IdSchema });

export const CommandSchema = z.discriminatedUnion('type', [
  PlanRename,
  PlanSetMeta,
  TeamAdd,
  TeamUpdate,
  TeamRemove,
  PersonAdd,
  PersonUpdate,
  PersonRemove,
  ...FUNNEL_COMMANDS,
  ...GOAL_COMMANDS,
  ...RACI_COMMANDS,
  ...HANDOFF_COMMANDS,
  ...ACTUALS_COMMANDS,
  ...WORKSHOP_COMMANDS,
]);

export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];

/**
 * Undo policy, as Excalidraw's captureUpdate: commands with the same merge key
 * applied in quick succession form one undo step (typing a name letter by
 * letter is one step). `null` means the command is always its own step.
 */
/** Edits with the same merge key closer together than this form one undo step. */
export const MERGE_WINDOW_MS = 1500;

export function mergeKey(command: Command): string | null {
  switch (command.type) {
    case 'plan.rename':
      return 'plan.rename';
    case 'plan.setMeta':
      return `plan.setMeta:${Object.keys(command.patch).sort().join(',')}`;
    case 'team.update':
      return `team.update:${command.teamId}`;
    case 'person.update':
      return `person.update:${command.personId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'funnel.stage.update':
      return `funnel.stage.update:${command.stageId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'funnel.handoff.update':
      return `funnel.handoff.update:${command.handoffId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'funnel.assumptions.set':
      return `funnel.assumptions.set:${Object.keys(command.patch).sort().join(',')}`;
    case 'funnel.scenario.update':
      return `funnel.scenario.update:${command.scenarioId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'goal.update':
      return `goal.update:${command.goalId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'raci.activity.update':
      return `raci.activity.update:${command.activityId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'raci.role.update':
      return `raci.role.update:${command.roleId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'handoff.definition.set':
      return `handoff.definition.set:${command.stageId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'handoff.criterion.update':
      return `handoff.criterion.update:${command.criterionId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'handoff.scoring.set':
      return `handoff.scoring.set:${Object.keys(command.patch).sort().join(',')}`;
    case 'handoff.sla.set':
      return `handoff.sla.set:${Object.keys(command.patch).sort().join(',')}`;
    case 'decision.update':
      return `decision.update:${command.decisionId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'action.update':
      return `action.update:${command.actionId}:${Object.keys(command.patch).sort().join(',')}`;
    case 'kpis.set':
      return `kpis.set:${Object.keys(command.patch).sort().join(',')}`;
    case 'funnel.stages.move':
      // Arrow-key nudges of the same stages in one burst are one step, as a drag is.
      return `funnel.stages.move:${command.positions
        .map((p) => p.stageId)
        .sort()
        .join(',')}`;
    default:
      return null;
  }
}
