import type { RunningShell } from './browser-shell';
import { planIn, type planApi } from './plan-api';

/** The letters stored for one activity, read back through the API as a poll reads them. */
export function storedLetters(api: ReturnType<typeof planApi>, planId: string, activityId: string) {
  return async () => {
    const stored = await api<{
      doc: { raci: { cells: Record<string, Record<string, string>> } };
    }>('plans.get', { id: planId });
    return stored.doc.raci.cells[activityId];
  };
}

/**
 * A Spanish plan whose matrix has two roles, "Dirección de marketing" (cmo) and "SDR" (sdr),
 * the activities given, and then the commands given (letters, usually).
 */
export async function spanishMatrix(
  shell: RunningShell,
  name: string,
  activities: ReadonlyArray<{ id: string; name: string; phase: string; handoff: boolean }>,
  then: readonly unknown[] = [],
) {
  const { api, doc } = await planIn(shell, 'es', { name });
  await api('plans.apply', {
    id: doc.id,
    commands: [
      ...[
        ['cmo', 'Dirección de marketing', 'team-marketing'],
        ['sdr', 'SDR', 'team-sales'],
      ].map(([id, name, teamId]) => ({
        type: 'raci.role.add',
        role: { id, name, teamId, personId: null },
      })),
      { type: 'raci.activities.add', activities },
      ...then,
    ],
  });
  return { api, doc };
}
