import { toCsv, type CsvSeparator } from '../../app/csv';
import type { RaciSection } from '../../../shared/domain/raci';
import { activitiesInPhaseOrder } from './raci-rows';

/** The matrix as CSV: one row per activity in the grid's order, one column per role. */
export function raciToCsv(
  raci: RaciSection,
  labels: {
    phase: string;
    activity: string;
    phaseName: (phase: string) => string;
    roleName: (roleId: string) => string;
  },
  separator: CsvSeparator,
): string {
  const header = [labels.phase, labels.activity, ...raci.roles.map((r) => labels.roleName(r.id))];
  const rows = activitiesInPhaseOrder(raci.activities).map((a) => [
    labels.phaseName(a.phase),
    a.name,
    ...raci.roles.map((r) => raci.cells[a.id]?.[r.id] ?? ''),
  ]);
  return toCsv([header, ...rows], separator);
}
