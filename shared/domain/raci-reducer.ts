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
        if (raci.activities.some((a) => a.id === activity.id)) {
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
      raci.activities = raci.activities.filter((a) => a.id !== command.activityId);
      raci.cells = without(raci.cells, command.activityId);
      return;
    case 'raci.activity.move':
      move(
        raci.activities,
        raci.activities.indexOf(findActivity(raci, command.activityId)),
        command.toIndex,
      );
      return;
    case 'raci.role.add':
      if (raci.roles.some((r) => r.id === command.role.id)) {
        throw duplicate('role', command.role.id);
      }
      raci.roles.push(command.role);
      return;
    case 'raci.role.update':
      Object.assign(findRole(raci, command.roleId), definedOnly(command.patch));
      return;
    case 'raci.role.remove':
      findRole(raci, command.roleId);
      raci.roles = raci.roles.filter((r) => r.id !== command.roleId);
      for (const [activityId, row] of Object.entries(raci.cells)) {
        if (command.roleId in row) raci.cells[activityId] = without(row, command.roleId);
      }
      return;
    case 'raci.role.move':
      move(raci.roles, raci.roles.indexOf(findRole(raci, command.roleId)), command.toIndex);
      return;
    case 'raci.cell.set': {
      findActivity(raci, command.activityId);
      findRole(raci, command.roleId);
      const row = raci.cells[command.activityId] ?? {};
      if (command.letter !== null) {
        raci.cells[command.activityId] = { ...row, [command.roleId]: command.letter };
      } else {
        const rest = without(row, command.roleId);
        // An empty row is dropped: an activity with no letters has no entry at all.
        raci.cells =
          Object.keys(rest).length > 0
            ? { ...raci.cells, [command.activityId]: rest }
            : without(raci.cells, command.activityId);
      }
      return;
    }
    case 'raci.threshold.set':
      raci.overloadThreshold = command.value;
      return;
  }
}

/** A copy of a record without one key (cells are records keyed by id). */
function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

function move<T>(list: T[], from: number, to: number): void {
  const [item] = list.splice(from, 1);
  if (item !== undefined) list.splice(Math.min(to, list.length), 0, item);
}

function findActivity(raci: Draft<RaciSection>, id: string) {
  const activity = raci.activities.find((a) => a.id === id);
  if (!activity) throw missing('activity', id);
  return activity;
}

function findRole(raci: Draft<RaciSection>, id: string) {
  const role = raci.roles.find((r) => r.id === id);
  if (!role) throw missing('role', id);
  return role;
}
