/**
 * Reads a CRM export away from the page, so a 100,000-row file never freezes typing or
 * the projector: decode, parse, recognise, map and count, then answer with the figures.
 */
import { analyseExport } from '../../../shared/actuals/analyse';
import { parseDateCell } from '../../../shared/actuals/cells';
import { ImportProfileSchema, type ImportProfile } from '../../../shared/actuals/profile';
import { readExportStream } from '../../../shared/actuals/read-export';
import type { Cell, ExportTable } from '../../../shared/actuals/table';
import type { AnalyseRequest, AnalyseResponse, ColumnValue } from './actuals-protocol';

const scope = self as unknown as {
  postMessage(message: AnalyseResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalyseRequest>) => void): void;
};

/** Rows shown in the dialog to check the file was read right (accents, columns). */
const PREVIEW_ROWS = 5;

scope.addEventListener('message', (event) => {
  void (async () => {
    const request = event.data;
    scope.postMessage({ kind: 'progress', phase: 'reading' });
    // Decoded as it arrives from disk, rather than after its last byte.
    const read = await readExportStream(request.file.stream(), request.file.size);
    const table = read.table;
    if (!table) {
      scope.postMessage({ kind: 'unreadable', problems: read.problems });
      return;
    }
    scope.postMessage({ kind: 'progress', phase: 'counting' });
    // The same report as last month (the same columns) is read the way it was mapped then.
    const headers = table.headers.join('\u0000');
    const kept = request.storedProfiles.find((p) => p.headers.join('\u0000') === headers);
    const profile = request.profile ?? (kept ? ImportProfileSchema.parse(kept) : null);
    const analysis = analyseExport(table, {
      planStages: request.planStages,
      ...(profile ? { profile } : {}),
      ...(request.sla ? { sla: request.sla } : {}),
      counting: request.counting,
    });
    scope.postMessage({
      kind: 'read',
      encoding: read.encoding,
      separator: table.separator,
      headers: table.headers,
      firstRows: previewRows(table, analysis?.profile ?? profile),
      rowCount: table.rows.length,
      footer: table.footer,
      analysis,
      columnValues: Object.fromEntries(
        [
          ...new Set([
            ...request.valuesOf,
            ...(profile?.feedback ? [profile.feedback.column] : []),
          ]),
        ].map((column) => [column, distinctValues(table, column)]),
      ),
    });
  })();
});

/**
 * The first rows as the user checks them. A spreadsheet's date column may hold Excel's serial
 * days (46122): shown as the dates they are, as they will be read.
 */
function previewRows(table: ExportTable, profile: ImportProfile | null): string[][] {
  const dateColumns = new Set(
    [
      ...(profile?.stages.map((stage) => stage.dateColumn) ?? []),
      ...(profile?.firstResponse ? [profile.firstResponse] : []),
    ].map((column) => column.toLowerCase()),
  );
  const isDate = table.headers.map((header) => dateColumns.has(header.toLowerCase()));
  return table.rows.slice(0, PREVIEW_ROWS).map((row) =>
    row.map((cell, index) => {
      if (!isDate[index] || typeof cell !== 'number') return cellText(cell);
      const moment = parseDateCell(cell, { kind: 'typed' });
      return typeof moment === 'number' ? cellText(new Date(moment)) : cellText(cell);
    }),
  );
}

/** Mapped one by one on screen, so only the most frequent few are offered. */
const MAX_VALUES = 40;

function distinctValues(table: ExportTable, column: string): ColumnValue[] {
  const index = table.headers.findIndex((h) => h.toLowerCase() === column.toLowerCase());
  if (index < 0) return [];
  const rows = new Map<string, number>();
  for (const row of table.rows) {
    const value = cellText(row[index] ?? null).trim();
    if (value !== '') rows.set(value, (rows.get(value) ?? 0) + 1);
  }
  return [...rows]
    .map(([value, count]) => ({ value, rows: count }))
    .sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value))
    .slice(0, MAX_VALUES);
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  return cell instanceof Date ? cell.toISOString().slice(0, 16).replace('T', ' ') : String(cell);
}
