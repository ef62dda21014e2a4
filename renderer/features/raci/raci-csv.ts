import Papa from 'papaparse';
import type { RaciSection } from '../../../shared/domain/raci';
import { activitiesInPhaseOrder } from './RaciMatrix';

export type CsvSeparator = ',' | ';';

/**
 * The matrix as CSV (RFC 4180): one row per activity in the grid's order, one
 * column per role.
 * A byte-order mark lets Excel read accents right; a semicolon separator
 * suits Excel set to a Spanish locale.
 */
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
  return `\uFEFF${Papa.unparse([header, ...rows], { delimiter: separator, newline: '\r\n', quotes: false })}\r\n`;
}
