// Without zod: the window's store needs these at start, before any plan (and its schemas) loads.
import type { Command } from './commands';

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
