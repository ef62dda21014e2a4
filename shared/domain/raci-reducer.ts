import { findById, hasId, removeById, removeKey } from './draft-edits';
import type { Draft } from 'immer';
import type { Command } from './commands';
import { duplicate, missing } from './errors';
import type { RaciSection } from './raci';
import { definedOnly } from './patch';

type RaciCommand = Extract<Command, { type: `raci.${string}` }>;

export function isRaciCommand(command: Command): command is RaciCommand {
  return command.type.startsWith('raci.');
}

export function mutateRaci(raci: Draft<RaciSection>, command: RaciCommand): void {
  switch (command.type) {
    case 'raci.activities.add':
      for (const activity of command.activities) {
        if (hasId(raci.activities, activity.id)) {
          throw duplicate('activity', activity.id);
        }
        raci.activities.push(activity);
      }
      return;
    case 'raci.activity.update':
      Object.assign(findActivity(raci, command.activityId), definedOnly(command.patch));
      return;
    case 'raci.activity.remove':
      findActivity(raci, command.activityId);
      removeById(raci.activities, command.activityId);
      removeKey(raci.cells, command.activityId);
      return;
    case 'raci.activity.move':
      move(
        raci.activities,
        raci.activities.indexOf(findActivity(raci, command.activityId)),
        command.toIndex,
      );
      return;
    case 'raci.role.add':
      if (hasId(raci.roles, command.role.id)) {
        throw duplicate('role', command.role.id);
      }
      raci.roles.push(command.role);
      return;
    case 'raci.role.update':
      Object.assign(findRole(raci, command.roleId), definedOnly(command.patch));
      return;
    case 'raci.role.remove':
      findRole(raci, command.roleId);
      removeById(raci.roles, command.roleId);
      for (const row of Object.values(raci.cells)) removeKey(row, command.roleId);
      return;
    case 'raci.role.move':
      move(raci.roles, raci.roles.indexOf(findRole(raci, command.roleId)), command.toIndex);
      return;
    case 'raci.cell.set': {
      findActivity(raci, command.activityId);
      findRole(raci, command.roleId);
      const row = raci.cells[command.activityId];
      if (command.letter !== null) {
        if (row) row[command.roleId] = command.letter;
        else raci.cells[command.activityId] = { [command.roleId]: command.letter };
      } else if (row) {
        removeKey(row, command.roleId);
        // An empty row is dropped: an activity with no letters has no entry at all.
        if (Object.keys(row).length === 0) removeKey(raci.cells, command.activityId);
      }
      return;
    }
    case 'raci.threshold.set':
      raci.overloadThreshold = command.value;
      return;
  }
}

function move<T>(list: T[], from: number, to: number): void {
  const [item] = list.splice(from, 1);
  if (item !== undefined) list.splice(Math.min(to, list.length), 0, item);
}

function findActivity(raci: Draft<RaciSection>, id: string) {
  const activity = findById(raci.activities, id);
  if (!activity) throw missing('activity', id);
  return activity;
}

function findRole(raci: Draft<RaciSection>, id: string) {
  const role = findById(raci.roles, id);
  if (!role) throw missing('role', id);
  return role;
}
