import { findById, hasId, plainItems, removeById } from './draft-edits';
import { enablePatches, original, produceWithPatches, type Draft, type Patch } from 'immer';
import type { Command } from './commands';
import { DomainError, duplicate, invalidInput, missing } from './errors';
import { convertPeriod } from './volume-period';
import { isFunnelCommand, mutateFunnel } from './funnel-reducer';
import { isGoalCommand, mutateGoals } from './goal-reducer';
import { LEAVES_REFERENCES, releaseRemovedReferences } from './released-references';
import { isHandoffCommand, mutateHandoff } from './handoff-reducer';
import { isRaciCommand, mutateRaci } from './raci-reducer';
import { isWorkshopCommand, mutateWorkshop } from './workshop-reducer';
import { isActualsCommand, mutateActuals } from './actuals-reducer';
import { planChangeIssues, type PlanDoc } from './plan-doc';
import { definedOnly } from './patch';
import { applyTemplateParts } from '../templates/apply-template';

enablePatches();

export interface AppliedCommand {
  doc: PlanDoc;
  patches: Patch[];
  inverse: Patch[];
}

/**
 * Applies one command to a plan and returns the new plan with the patches that
 * lead there and back. Pure: the same command on the same plan gives the same
 * result in the renderer (optimistic) and in the host (for real). Throws a
 * DomainError when the command does not fit the plan; the input is untouched.
 */
export function applyCommand(doc: PlanDoc, command: Command): AppliedCommand {
  const [changed, patches, inverse] = produceWithPatches(doc, (draft) => {
    mutate(draft, command);
  });
  // A removal, then what pointed at the removed thing letting go of it: one step, whose
  // inverse takes back the letting go first.
  const [next, released, unreleased] = LEAVES_REFERENCES.has(command.type)
    ? produceWithPatches(changed, (draft) => releaseRemovedReferences(changed, draft))
    : [changed, [], []];
  const issues = planChangeIssues(doc, next);
  if (issues.length > 0) throw invalidInput(issues);
  return {
    doc: next,
    patches: released.length > 0 ? [...patches, ...released] : patches,
    inverse: unreleased.length > 0 ? [...unreleased, ...inverse] : inverse,
  };
}

/** Applies several commands in order; all or nothing. */
export function applyCommands(doc: PlanDoc, commands: readonly Command[]): AppliedCommand {
  let current = doc;
  const patches: Patch[] = [];
  const inverse: Patch[] = [];
  for (const command of commands) {
    const step = applyCommand(current, command);
    current = step.doc;
    patches.push(...step.patches);
    inverse.unshift(...step.inverse);
  }
  return { doc: current, patches, inverse };
}

function mutate(draft: Draft<PlanDoc>, command: Command): void {
  if (isFunnelCommand(command)) {
    if (command.type === 'funnel.assumptions.set' && command.patch.period !== undefined) {
      // A new period converts every figure counted per period, then the rest of the patch
      // (a value typed in the same edit) applies as typed.
      convertPeriod(draft, command.patch.period);
    }
    mutateFunnel(draft.funnel, command);
    return;
  }
  if (isGoalCommand(command)) {
    mutateGoals(draft.goals, command);
    return;
  }
  if (isRaciCommand(command)) {
    mutateRaci(draft.raci, command);
    return;
  }
  if (isHandoffCommand(command)) {
    mutateHandoff(draft.handoff, command);
    return;
  }
  if (isWorkshopCommand(command)) {
    mutateWorkshop(draft.workshop, command);
    return;
  }
  if (isActualsCommand(command)) {
    mutateActuals(draft.actuals, command);
    return;
  }
  switch (command.type) {
    case 'plan.rename':
      draft.name = command.name;
      return;
    case 'template.apply': {
      const plan = original(draft);
      if (plan === undefined) throw new Error('template.apply runs on a draft of a plan');
      const next = applyTemplateParts(plan, command.parts, command.idPrefix);
      // Only the parts the template replaced are written: the rest stay the same objects.
      if (next.teams !== plan.teams) draft.teams = next.teams;
      if (next.funnel !== plan.funnel) draft.funnel = next.funnel;
      if (next.raci !== plan.raci) draft.raci = next.raci;
      if (next.handoff !== plan.handoff) draft.handoff = next.handoff;
      if (next.workshop !== plan.workshop) draft.workshop.agenda = next.workshop.agenda;
      return;
    }
    case 'plan.setMeta':
      Object.assign(draft, definedOnly(command.patch));
      return;
    case 'team.add':
      if (hasId(draft.teams, command.team.id)) {
        throw duplicate('team', command.team.id);
      }
      draft.teams.push({ ...command.team, kind: 'other' });
      return;
    case 'team.update':
      Object.assign(findTeam(draft, command.teamId), command.patch);
      return;
    case 'team.remove': {
      const team = findTeam(draft, command.teamId);
      if (team.kind !== 'other') {
        throw new DomainError('CONFLICT', `the ${team.kind} team is part of every plan`, {
          code: 'team.builtIn',
          values: { team: team.name },
        });
      }
      const members = plainItems(draft.people).filter((p) => p.teamId === team.id).length;
      if (members > 0) {
        throw new DomainError(
          'CONFLICT',
          `team ${team.name} still has ${members} people: move or remove them first`,
          { code: 'team.hasPeople', values: { team: team.name, count: members } },
        );
      }
      const roles = plainItems(draft.raci.roles).filter((r) => r.teamId === team.id).length;
      if (roles > 0) {
        throw new DomainError(
          'CONFLICT',
          `team ${team.name} still has ${roles} RACI roles: move or remove them first`,
          { code: 'team.hasRoles', values: { team: team.name, count: roles } },
        );
      }
      removeById(draft.teams, team.id);
      return;
    }
    case 'person.add':
      if (hasId(draft.people, command.person.id)) {
        throw duplicate('person', command.person.id);
      }
      draft.people.push(command.person);
      return;
    case 'person.update':
      Object.assign(findPerson(draft, command.personId), definedOnly(command.patch));
      return;
    case 'person.remove':
      findPerson(draft, command.personId);
      removeById(draft.people, command.personId);
      return;
  }
}

function findTeam(draft: Draft<PlanDoc>, teamId: string) {
  const team = findById(draft.teams, teamId);
  if (!team) throw missing('team', teamId);
  return team;
}

function findPerson(draft: Draft<PlanDoc>, personId: string) {
  const person = findById(draft.people, personId);
  if (!person) throw missing('person', personId);
  return person;
}
