import { findById, hasId } from './draft-edits';
import type { Draft } from 'immer';
import type { Command } from './commands';
import { duplicate, missing, type ThingKind } from './errors';
import type { Timer, WorkshopSection } from './workshop';
import { definedOnly } from './patch';

type WorkshopCommand = Extract<
  Command,
  {
    type:
      | `assessment.${string}`
      | `decision.${string}`
      | `action.${string}`
      | `parking.${string}`
      | `approver.${string}`
      | `agenda.${string}`
      | `timer.${string}`
      | `vote.${string}`;
  }
>;

const PREFIXES = [
  'assessment.',
  'decision.',
  'action.',
  'parking.',
  'approver.',
  'agenda.',
  'timer.',
  'vote.',
];

export function isWorkshopCommand(command: Command): command is WorkshopCommand {
  return PREFIXES.some((prefix) => command.type.startsWith(prefix));
}

function find<T extends { id: string }>(items: T[], id: string, what: ThingKind): T {
  const item = findById(items, id);
  if (!item) throw missing(what, id);
  return item;
}

function without<T extends { id: string }>(items: T[], id: string, what: ThingKind): T[] {
  find(items, id, what);
  return items.filter((i) => i.id !== id);
}

function unique<T extends { id: string }>(items: T[], item: T, what: ThingKind): void {
  if (hasId(items, item.id)) {
    throw duplicate(what, item.id);
  }
  items.push(item);
}

export function mutateWorkshop(workshop: Draft<WorkshopSection>, command: WorkshopCommand): void {
  switch (command.type) {
    case 'assessment.start':
      unique(workshop.assessments, command.run, 'assessment');
      return;
    case 'assessment.answer': {
      const run = find(workshop.assessments, command.runId, 'assessment');
      const answers = run[command.team];
      if (command.score === null) {
        run[command.team] = Object.fromEntries(
          Object.entries(answers).filter(([id]) => id !== command.statementId),
        );
      } else answers[command.statementId] = command.score;
      return;
    }
    case 'assessment.remove':
      workshop.assessments = without(workshop.assessments, command.runId, 'assessment');
      return;
    case 'assessment.room.set': {
      const run = find(workshop.assessments, command.runId, 'assessment');
      if (command.room === null) delete run.room;
      else run.room = command.room;
      return;
    }
    case 'vote.add':
      unique(workshop.votes, command.vote, 'vote');
      return;
    case 'vote.remove':
      workshop.votes = without(workshop.votes, command.voteId, 'vote');
      return;
    case 'decision.add':
      unique(workshop.decisions, command.decision, 'decision');
      return;
    case 'decision.update':
      Object.assign(
        find(workshop.decisions, command.decisionId, 'decision'),
        definedOnly(command.patch),
      );
      return;
    case 'decision.remove':
      workshop.decisions = without(workshop.decisions, command.decisionId, 'decision');
      return;
    case 'action.add':
      unique(workshop.actions, command.action, 'action');
      return;
    case 'action.update':
      Object.assign(find(workshop.actions, command.actionId, 'action'), definedOnly(command.patch));
      return;
    case 'action.remove':
      workshop.actions = without(workshop.actions, command.actionId, 'action');
      return;
    case 'parking.add':
      unique(workshop.parkingLot, command.topic, 'topic');
      return;
    case 'parking.remove':
      workshop.parkingLot = without(workshop.parkingLot, command.topicId, 'topic');
      return;
    case 'approver.add':
      unique(workshop.approvers, command.approver, 'approver');
      return;
    case 'approver.remove':
      workshop.approvers = without(workshop.approvers, command.approverId, 'approver');
      return;
    case 'agenda.set':
      workshop.agenda = command.items;
      return;
    case 'agenda.add':
      unique(workshop.agenda, command.item, 'agendaItem');
      return;
    case 'agenda.update':
      Object.assign(
        find(workshop.agenda, command.itemId, 'agendaItem'),
        definedOnly(command.patch),
      );
      return;
    case 'agenda.move': {
      const item = find(workshop.agenda, command.itemId, 'agendaItem');
      const rest = workshop.agenda.filter((i) => i.id !== command.itemId);
      rest.splice(Math.min(command.toIndex, rest.length), 0, item);
      workshop.agenda = rest;
      return;
    }
    case 'agenda.remove':
      workshop.agenda = without(workshop.agenda, command.itemId, 'agendaItem');
      return;
    case 'timer.start': {
      const item = find(workshop.agenda, command.itemId, 'agendaItem');
      for (const other of workshop.agenda) {
        if (other.id !== item.id) pause(other.timer, command.at);
      }
      if (item.timer.startedAt === null) item.timer.startedAt = command.at;
      return;
    }
    case 'timer.pause':
      pause(find(workshop.agenda, command.itemId, 'agendaItem').timer, command.at);
      return;
    case 'timer.addTime':
      find(workshop.agenda, command.itemId, 'agendaItem').timer.addedMinutes += command.minutes;
      return;
    case 'timer.reset':
      find(workshop.agenda, command.itemId, 'agendaItem').timer = {
        startedAt: null,
        elapsedMs: 0,
        addedMinutes: 0,
      };
      return;
  }
}

/** Banks the running time; a clock set back never makes the elapsed time shrink. */
function pause(timer: Draft<Timer>, at: string): void {
  if (timer.startedAt === null) return;
  timer.elapsedMs += Math.max(0, Date.parse(at) - Date.parse(timer.startedAt));
  timer.startedAt = null;
}
