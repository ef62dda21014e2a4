import type { ScoringModel } from '../../../shared/domain/handoff';
import type { SampleLead } from '../../../shared/domain/lead-scoring';
import {
  convertSampleRows,
  readSampleLeadsTable,
  type CsvProblem,
} from '../../../shared/domain/sample-leads';
import { decodeTableBytes } from '../../../shared/format/table-bytes';

export type LoadProblem = CsvProblem | { code: 'encoding' } | { code: 'unreadable' };

export type LoadResult =
  | {
      ok: true;
      leads: SampleLead[];
      ignoredColumns: string[];
      /** Set when the bytes were not Unicode: the screen shows the first names to check. */
      legacyEncoding: 'windows-1252' | null;
    }
  | { ok: false; problems: LoadProblem[] };

/** Rows converted between two breaths of the page: small enough to keep typing and scrolling smooth. */
const CHUNK_ROWS = 1000;

/**
 * Reads a CSV of sample leads without freezing the page: decodes the bytes
 * (UTF-8, or UTF-16 with its byte-order mark; anything else is refused), parses
 * the file, then converts the rows a chunk at a time, yielding to the browser
 * and reporting progress between chunks. Any problem means nothing is loaded.
 */
export async function loadSampleLeads(
  file: Blob,
  model: ScoringModel,
  onProgress: (done: number, total: number) => void,
): Promise<LoadResult> {
  let text: string;
  let legacyEncoding: 'windows-1252' | null;
  try {
    ({ text, legacyEncoding } = decodeTableBytes(new Uint8Array(await file.arrayBuffer())));
  } catch (error) {
    return {
      ok: false,
      problems: [{ code: error instanceof TypeError ? 'encoding' : 'unreadable' }],
    };
  }
  const { table, problems } = readSampleLeadsTable(text, model);
  if (!table) return { ok: false, problems };
  const leads: SampleLead[] = [];
  const rowProblems: CsvProblem[] = [];
  for (let from = 0; from < table.rows.length; from += CHUNK_ROWS) {
    onProgress(from, table.rows.length);
    await nextTask();
    const chunk = convertSampleRows(table, model, from, from + CHUNK_ROWS);
    leads.push(...chunk.leads);
    rowProblems.push(...chunk.problems);
  }
  onProgress(table.rows.length, table.rows.length);
  if (rowProblems.length > 0) return { ok: false, problems: rowProblems };
  return { ok: true, leads, ignoredColumns: table.ignoredColumns, legacyEncoding };
}

/** Lets the browser paint the progress bar and handle input before the next chunk. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
