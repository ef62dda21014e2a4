/**
 * Reads a CRM export away from the page, so a 100,000-row file never freezes typing or
 * the projector: decode, parse, recognise, map and count, then answer with the figures.
 */
import { analyseExport } from '../../../shared/actuals/analyse';
import { readExportBytes } from '../../../shared/actuals/read-export';
import type { Cell } from '../../../shared/actuals/table';
import type { AnalyseRequest, AnalyseResponse } from './actuals-protocol';

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
    const read = await readExportBytes(new Uint8Array(request.bytes));
    if (!read.table) {
      scope.postMessage({ kind: 'unreadable', problems: read.problems });
      return;
    }
    scope.postMessage({ kind: 'progress', phase: 'counting' });
    const analysis = analyseExport(read.table, {
      planStages: request.planStages,
      ...(request.profile ? { profile: request.profile } : {}),
      counting: request.counting,
    });
    scope.postMessage({
      kind: 'read',
      encoding: read.encoding,
      separator: read.table.separator,
      headers: read.table.headers,
      firstRows: read.table.rows.slice(0, PREVIEW_ROWS).map((row) => row.map(cellText)),
      rowCount: read.table.rows.length,
      footer: read.table.footer,
      analysis,
    });
  })();
});

function cellText(cell: Cell): string {
  if (cell === null) return '';
  return cell instanceof Date ? cell.toISOString().slice(0, 16).replace('T', ' ') : String(cell);
}
