import type { Command } from '../../shared/domain/commands';
import type { PlanDoc } from '../../shared/domain/plan-doc';
import { sectionOf, type PlanSection } from './plan-sections';

/**
 * One undoable step as the undo button and its notice name it: the screen it is seen on,
 * and what was done to what ("rename stage “MQL”"). `what` is a key of the `steps`
 * catalogue; `values` are the names it quotes, read from the plan as it was before the step
 * (the stage's old name, a removed person's name), so the step still reads right after it.
 */
export interface PlanStep {
  section: PlanSection;
  what: StepKey;
  values: Record<string, string>;
}

export type StepKey =
  | 'renamePlan'
  | 'planDetails'
  | 'addPerson'
  | 'editPerson'
  | 'removePerson'
  | 'addTeam'
  | 'editTeam'
  | 'removeTeam'
  | 'funnelTargets'
  | 'addStage'
  | 'renameStage'
  | 'editStage'
  | 'moveStages'
  | 'removeStages'
  | 'addHandoff'
  | 'editHandoff'
  | 'removeHandoffs'
  | 'replaceFunnel'
  | 'applyTemplate'
  | 'saveScenario'
  | 'editScenario'
  | 'removeScenario'
  | 'adoptScenario'
  | 'addGoal'
  | 'editGoal'
  | 'removeGoal'
  | 'addCheckIn'
  | 'removeCheckIn'
  | 'kpis'
  | 'addActivities'
  | 'editActivity'
  | 'removeActivity'
  | 'moveActivity'
  | 'addRole'
  | 'editRole'
  | 'removeRole'
  | 'moveRole'
  | 'raciCell'
  | 'raciThreshold'
  | 'definition'
  | 'framework'
  | 'addCriterion'
  | 'editCriterion'
  | 'removeCriterion'
  | 'scoringRule'
  | 'sla'
  | 'swimlane'
  | 'roomAssessment'
  | 'votes'
  | 'assessment'
  | 'decisions'
  | 'actions'
  | 'parking'
  | 'approvers'
  | 'agenda'
  | 'timer'
  | 'importActuals'
  | 'removeActuals'
  | 'importProfile'
  | 'reviewMeeting';

/** The step a batch of commands makes, named after its first command. */
export function stepOf(commands: readonly Command[], doc: PlanDoc): PlanStep | null {
  const first = commands[0];
  if (!first) return null;
  const [what, values] = describe(first, doc, commands.length);
  return { section: sectionOf(first), what, values };
}

function describe(
  command: Command,
  doc: PlanDoc,
  count: number,
): [StepKey, Record<string, string>] {
  const stage = (id: string) => doc.funnel.stages.find((s) => s.id === id)?.name ?? '';
  const handoff = (id: string) => {
    const found = doc.funnel.handoffs.find((h) => h.id === id);
    return { from: stage(found?.source ?? ''), to: stage(found?.target ?? '') };
  };
  const person = (id: string) => doc.people.find((p) => p.id === id)?.name ?? '';
  const team = (id: string) => doc.teams.find((t) => t.id === id)?.name ?? '';
  const goal = (id: string) => doc.goals.goals.find((g) => g.id === id)?.title ?? '';
  const scenario = (id: string) => doc.funnel.scenarios.find((s) => s.id === id)?.name ?? '';
  const criterion = (id: string) =>
    doc.handoff.scoring.criteria.find((c) => c.id === id)?.name ?? '';
  const activity = (id: string) => doc.raci.activities.find((a) => a.id === id)?.name ?? '';
  const role = (id: string) => doc.raci.roles.find((r) => r.id === id)?.name ?? '';

  switch (command.type) {
    case 'plan.rename':
      return ['renamePlan', { name: command.name }];
    case 'plan.setMeta':
      return ['planDetails', {}];
    case 'person.add':
      return ['addPerson', { name: command.person.name }];
    case 'person.update':
      return ['editPerson', { name: person(command.personId) }];
    case 'person.remove':
      return ['removePerson', { name: person(command.personId) }];
    case 'team.add':
      return ['addTeam', { name: command.team.name }];
    case 'team.update':
      return ['editTeam', { name: team(command.teamId) }];
    case 'team.remove':
      return ['removeTeam', { name: team(command.teamId) }];
    case 'funnel.assumptions.set':
      return ['funnelTargets', {}];
    case 'funnel.stage.add':
    case 'funnel.stage.insert':
      return ['addStage', { name: command.stage.name }];
    case 'funnel.stage.update':
      return command.patch.name !== undefined
        ? ['renameStage', { name: stage(command.stageId), to: command.patch.name }]
        : ['editStage', { name: stage(command.stageId) }];
    case 'funnel.stages.move':
      return ['moveStages', { name: stage(command.positions[0]?.stageId ?? '') }];
    case 'funnel.stages.remove':
      return ['removeStages', { name: stage(command.stageIds[0] ?? '') }];
    case 'funnel.handoff.add':
      return [
        'addHandoff',
        { from: stage(command.handoff.source), to: stage(command.handoff.target) },
      ];
    case 'funnel.handoff.update':
      return ['editHandoff', handoff(command.handoffId)];
    case 'funnel.handoffs.remove':
      return ['removeHandoffs', handoff(command.handoffIds[0] ?? '')];
    case 'funnel.replace':
      return ['replaceFunnel', {}];
    case 'template.apply':
      return ['applyTemplate', { name: command.templateName }];
    case 'funnel.scenario.save':
      return ['saveScenario', { name: command.scenario.name }];
    case 'funnel.scenario.update':
      return ['editScenario', { name: scenario(command.scenarioId) }];
    case 'funnel.scenario.remove':
      return ['removeScenario', { name: scenario(command.scenarioId) }];
    case 'funnel.scenario.adopt':
      return ['adoptScenario', { name: scenario(command.scenarioId) }];
    case 'goal.add':
      return ['addGoal', { name: command.goal.title }];
    case 'goal.update':
      return ['editGoal', { name: goal(command.goalId) }];
    case 'goal.remove':
      return ['removeGoal', { name: goal(command.goalId) }];
    case 'goal.checkIn.add':
      return ['addCheckIn', { name: goal(command.goalId) }];
    case 'goal.checkIn.remove':
      return ['removeCheckIn', { name: goal(command.goalId) }];
    case 'kpis.set':
      return ['kpis', {}];
    case 'raci.activities.add':
      return ['addActivities', { count: String(count) }];
    case 'raci.activity.update':
      return ['editActivity', { name: activity(command.activityId) }];
    case 'raci.activity.remove':
      return ['removeActivity', { name: activity(command.activityId) }];
    case 'raci.activity.move':
      return ['moveActivity', { name: activity(command.activityId) }];
    case 'raci.role.add':
      return ['addRole', { name: command.role.name }];
    case 'raci.role.update':
      return ['editRole', { name: role(command.roleId) }];
    case 'raci.role.remove':
      return ['removeRole', { name: role(command.roleId) }];
    case 'raci.role.move':
      return ['moveRole', { name: role(command.roleId) }];
    case 'raci.cell.set':
      return ['raciCell', { role: role(command.roleId), activity: activity(command.activityId) }];
    case 'raci.threshold.set':
      return ['raciThreshold', {}];
    case 'handoff.definition.set':
      return ['definition', { name: stage(command.stageId) }];
    case 'handoff.framework.set':
      return ['framework', {}];
    case 'handoff.criterion.add':
      return ['addCriterion', { name: command.criterion.name }];
    case 'handoff.criterion.update':
      return ['editCriterion', { name: criterion(command.criterionId) }];
    case 'handoff.criterion.remove':
      return ['removeCriterion', { name: criterion(command.criterionId) }];
    case 'handoff.scoring.set':
      return ['scoringRule', {}];
    case 'handoff.sla.set':
    case 'handoff.sla.reason':
    case 'handoff.sla.link':
    case 'handoff.sla.calendar.set':
    case 'handoff.sla.holiday':
      return ['sla', {}];
    case 'handoff.swimlane.move':
    case 'handoff.swimlane.reset':
      return ['swimlane', {}];
    case 'assessment.start':
    case 'assessment.answer':
    case 'assessment.remove':
      return ['assessment', {}];
    case 'assessment.room.set':
      return ['roomAssessment', {}];
    case 'vote.add':
    case 'vote.remove':
      return ['votes', {}];
    case 'decision.add':
    case 'decision.update':
    case 'decision.remove':
      return ['decisions', {}];
    case 'action.add':
    case 'action.update':
    case 'action.remove':
      return ['actions', {}];
    case 'parking.add':
    case 'parking.remove':
      return ['parking', {}];
    case 'approver.add':
    case 'approver.remove':
      return ['approvers', {}];
    case 'agenda.set':
    case 'agenda.add':
    case 'agenda.update':
    case 'agenda.move':
    case 'agenda.remove':
      return ['agenda', {}];
    case 'timer.start':
    case 'timer.pause':
    case 'timer.addTime':
    case 'timer.reset':
      return ['timer', {}];
    case 'actuals.import.add':
      return ['importActuals', { file: command.import.fileName }];
    case 'actuals.import.remove':
      return [
        'removeActuals',
        { file: doc.actuals.imports.find((i) => i.id === command.importId)?.fileName ?? '' },
      ];
    case 'actuals.profile.save':
      return ['importProfile', {}];
    case 'actuals.review.add':
    case 'actuals.review.set':
    case 'actuals.review.feedback.count':
    case 'actuals.review.remove':
    case 'actuals.review.decision.add':
    case 'actuals.review.decision.remove':
    case 'actuals.review.action.add':
    case 'actuals.review.action.update':
    case 'actuals.review.action.remove':
      return ['reviewMeeting', {}];
  }
}
