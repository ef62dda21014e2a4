import { findById, hasId, removeById } from './draft-edits';
import type { Draft } from 'immer';
import type { Command } from './commands';
import { duplicate, missing } from './errors';
import type { Goal, GoalsSection } from './goals';
import { definedOnly } from './patch';

type GoalCommand = Extract<Command, { type: `goal.${string}` | 'kpis.set' }>;

export function isGoalCommand(command: Command): command is GoalCommand {
  return command.type.startsWith('goal.') || command.type === 'kpis.set';
}

/** Applies a goal or KPI command; the plan schema checks owners, dates and links afterwards. */
export function mutateGoals(section: Draft<GoalsSection>, command: GoalCommand): void {
  switch (command.type) {
    case 'goal.add':
      if (hasId(section.goals, command.goal.id)) {
        throw duplicate('goal', command.goal.id);
      }
      section.goals.push(command.goal);
      return;
    case 'goal.update':
      Object.assign(findGoal(section, command.goalId), definedOnly(command.patch));
      return;
    case 'goal.remove':
      findGoal(section, command.goalId);
      removeById(section.goals, command.goalId);
      return;
    case 'goal.checkIn.add': {
      const goal = findGoal(section, command.goalId);
      if (hasId(goal.checkIns, command.checkIn.id)) {
        throw duplicate('checkIn', command.checkIn.id);
      }
      goal.checkIns.push(command.checkIn);
      goal.checkIns.sort((a, b) => a.date.localeCompare(b.date));
      return;
    }
    case 'goal.checkIn.remove': {
      const goal = findGoal(section, command.goalId);
      if (!hasId(goal.checkIns, command.checkInId)) {
        throw missing('checkIn', command.checkInId);
      }
      removeById(goal.checkIns, command.checkInId);
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

function findGoal(section: Draft<GoalsSection>, id: string): Draft<Goal> {
  const goal = findById(section.goals, id);
  if (!goal) throw missing('goal', id);
  return goal;
}
