import { findById, hasId, removeById, removeWhere } from './draft-edits';
import type { Draft } from 'immer';
import type { Command } from './commands';
import { duplicate, missing } from './errors';
import type { HandoffSection } from './handoff';
import { definedOnly } from './patch';

type HandoffCommand = Extract<Command, { type: `handoff.${string}` }>;

export function isHandoffCommand(command: Command): command is HandoffCommand {
  return command.type.startsWith('handoff.');
}

export function mutateHandoff(handoff: Draft<HandoffSection>, command: HandoffCommand): void {
  switch (command.type) {
    case 'handoff.definition.set': {
      const current = handoff.definitions[command.stageId] ?? {
        definition: '',
        entryCriteria: '',
        exitCriteria: '',
        requiredFields: [],
      };
      handoff.definitions[command.stageId] = Object.assign(
        { ...current },
        definedOnly(command.patch),
      );
      return;
    }
    case 'handoff.framework.set':
      handoff.framework = command.framework;
      return;
    case 'handoff.criterion.add':
      if (hasId(handoff.scoring.criteria, command.criterion.id)) {
        throw duplicate('criterion', command.criterion.id);
      }
      handoff.scoring.criteria.push(command.criterion);
      return;
    case 'handoff.criterion.update': {
      const criterion = findById(handoff.scoring.criteria, command.criterionId);
      if (!criterion) throw missing('criterion', command.criterionId);
      Object.assign(criterion, definedOnly(command.patch));
      return;
    }
    case 'handoff.criterion.remove':
      if (!hasId(handoff.scoring.criteria, command.criterionId)) {
        throw missing('criterion', command.criterionId);
      }
      removeById(handoff.scoring.criteria, command.criterionId);
      return;
    case 'handoff.scoring.set':
      Object.assign(handoff.scoring, definedOnly(command.patch));
      return;
    case 'handoff.sla.set':
      Object.assign(handoff.sla, definedOnly(command.patch));
      return;
    case 'handoff.sla.reason': {
      // Idempotent: ticking a reason already agreed (in another window) changes nothing.
      const agreed = handoff.sla.reasonCodes.includes(command.code);
      if (command.agreed && !agreed) handoff.sla.reasonCodes.push(command.code);
      if (!command.agreed && agreed) {
        removeWhere(handoff.sla.reasonCodes, (code) => code === command.code);
      }
      return;
    }
    case 'handoff.sla.calendar.set':
      Object.assign(handoff.sla.calendar, definedOnly(command.patch));
      return;
    case 'handoff.sla.holiday': {
      const holidays = handoff.sla.calendar.holidays.filter((day) => day !== command.day);
      if (command.holiday) holidays.push(command.day);
      handoff.sla.calendar.holidays = holidays.sort();
      return;
    }
    case 'handoff.sla.link':
      if (command.activityId === null) {
        handoff.sla.raciLinks = Object.fromEntries(
          Object.entries(handoff.sla.raciLinks).filter(([term]) => term !== command.term),
        );
      } else handoff.sla.raciLinks[command.term] = command.activityId;
      return;
    case 'handoff.swimlane.move':
      handoff.swimlane.positions[command.step] = command.position;
      return;
    case 'handoff.swimlane.reset':
      handoff.swimlane.positions = {};
      return;
  }
}
