import { removeWhere } from './draft-edits';
import type { Draft } from 'immer';
import type { Command } from './commands';
import { duplicate, missing } from './errors';
import type { Goal, GoalsSection } from './goals';
import type { PlanDoc } from './plan-doc';
import { definedOnly } from './patch';

type GoalCommand = Extract<Command, { type: `goal.${string}` | 'kpis.set' }>;

export function isGoalCommand(command: Command): command is GoalCommand {
  return command.type.startsWith('goal.') || command.type === 'kpis.set';
}

/** Applies a goal or KPI command; the plan schema checks owners, dates and links afterwards. */
export function mutateGoals(section: Draft<GoalsSection>, command: GoalCommand): void {
  switch (command.type) {
    case 'goal.add':
      if (section.goals.some((g) => g.id === command.goal.id)) {
        throw duplicate('goal', command.goal.id);
      }
      section.goals.push(command.goal);
      return;
    case 'goal.update':
      Object.assign(findGoal(section, command.goalId), definedOnly(command.patch));
      return;
    case 'goal.remove':
      findGoal(section, command.goalId);
      removeWhere(section.goals, (g) => g.id === command.goalId);
      return;
    case 'goal.checkIn.add': {
      const goal = findGoal(section, command.goalId);
      if (goal.checkIns.some((c) => c.id === command.checkIn.id)) {
        throw duplicate('checkIn', command.checkIn.id);
      }
      goal.checkIns.push(command.checkIn);
      goal.checkIns.sort((a, b) => a.date.localeCompare(b.date));
      return;
    }
    case 'goal.checkIn.remove': {
      const goal = findGoal(section, command.goalId);
      if (!goal.checkIns.some((c) => c.id === command.checkInId)) {
        throw missing('checkIn', command.checkInId);
      }
      removeWhere(goal.checkIns, (c) => c.id === command.checkInId);
      return;
    }
    case 'kpis.set': {
      const { satisfaction, ...rest } = command.patch;
      Object.assign(section.kpis, definedOnly(rest));
      if (satisfaction) Object.assign(section.kpis.satisfaction, definedOnly(satisfaction));
      return;
    }
  }
}

/**
 * After a person, stage or handoff is removed, what pointed at it lets go: the
 * person is no longer a goal owner or a RACI role's holder, a metric on a
 * removed stage becomes unset. The goal or role itself stays.
 */
export function releaseRemovedReferences(draft: Draft<PlanDoc>): void {
  const people = new Set(draft.people.map((p) => p.id));
  const stages = new Set(draft.funnel.stages.map((s) => s.id));
  const handoffs = new Set(draft.funnel.handoffs.map((h) => h.id));
  const activities = new Set(draft.raci.activities.map((a) => a.id));
  const { handoff } = draft;
  // Entries are deleted one by one, and only when gone: a record rebuilt whole would count
  // as changed, in the undo step's paths and in what the check parses again.
  for (const id of Object.keys(handoff.definitions)) {
    if (!stages.has(id)) Reflect.deleteProperty(handoff.definitions, id);
  }
  if (handoff.sla.mqlStageId !== null && !stages.has(handoff.sla.mqlStageId))
    handoff.sla.mqlStageId = null;
  const links = handoff.sla.raciLinks;
  for (const key of Object.keys(links) as Array<keyof typeof links>) {
    const id = links[key];
    if (id !== undefined && !activities.has(id)) Reflect.deleteProperty(links, key);
  }
  for (const action of [
    ...draft.workshop.actions,
    ...draft.actuals.reviews.flatMap((review) => review.actions),
  ]) {
    if (action.ownerId !== null && !people.has(action.ownerId)) action.ownerId = null;
  }
  for (const role of draft.raci.roles) {
    if (role.personId !== null && !people.has(role.personId)) role.personId = null;
  }
  for (const goal of draft.goals.goals) {
    if (goal.ownerIds.some((id) => !people.has(id)))
      removeWhere(goal.ownerIds, (id) => !people.has(id));
    const metric = goal.metric;
    if (
      (metric?.kind === 'stageVolume' && !stages.has(metric.stageId)) ||
      (metric?.kind === 'conversion' && !handoffs.has(metric.handoffId))
    ) {
      goal.metric = null;
      goal.linkedTarget = null;
    }
  }
}

function findGoal(section: Draft<GoalsSection>, id: string): Draft<Goal> {
  const goal = section.goals.find((g) => g.id === id);
  if (!goal) throw missing('goal', id);
  return goal;
}
