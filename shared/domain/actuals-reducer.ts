import type { Draft } from 'immer';
import type { ActualsSection } from './actuals';
import type { Command } from './commands';
import { missing } from './errors';

type ActualsCommand = Extract<Command, { type: `actuals.${string}` }>;

export function isActualsCommand(command: Command): command is ActualsCommand {
  return command.type.startsWith('actuals.');
}

export function mutateActuals(actuals: Draft<ActualsSection>, command: ActualsCommand): void {
  switch (command.type) {
    case 'actuals.import.add': {
      for (const id of command.replaces) {
        if (!actuals.imports.some((entry) => entry.id === id)) throw missing('actualsImport', id);
      }
      const replaced = new Set(command.replaces);
      actuals.imports = actuals.imports.filter((entry) => !replaced.has(entry.id));
      actuals.imports.push(command.import);
      actuals.imports.sort((a, b) => a.firstMonth.localeCompare(b.firstMonth));
      return;
    }
    case 'actuals.import.remove':
      if (!actuals.imports.some((entry) => entry.id === command.importId)) {
        throw missing('actualsImport', command.importId);
      }
      actuals.imports = actuals.imports.filter((entry) => entry.id !== command.importId);
      return;
    case 'actuals.profile.save': {
      const index = actuals.profiles.findIndex((p) => p.id === command.profile.id);
      if (index >= 0) actuals.profiles[index] = command.profile;
      else actuals.profiles.push(command.profile);
      return;
    }
  }
}
