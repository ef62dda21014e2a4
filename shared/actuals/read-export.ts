import { decodeTableBytes } from '../format/table-bytes';
import { readCsvText, type ExportTable, type TableProblem } from './table';
import { readXlsxBytes } from './xlsx';

/** The largest export read: checked on the file's size, before its bytes are read. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

export type ExportEncoding = 'utf-8' | 'utf-16' | 'windows-1252' | 'xlsx';

export type ReadProblem =
  | TableProblem
  | { code: 'tooLarge'; megabytes: number; maxMegabytes: number }
  | { code: 'binary' }
  | { code: 'emptyFile' };

export interface ReadExport {
  table: ExportTable | null;
  encoding: ExportEncoding | null;
  problems: ReadProblem[];
}

/** Refuses a file over the limit from its size alone, so it is never read whole. */
export function sizeProblem(bytes: number): ReadProblem | null {
  return bytes > MAX_EXPORT_BYTES
    ? {
        code: 'tooLarge',
        megabytes: Math.ceil(bytes / 1024 / 1024),
        maxMegabytes: MAX_EXPORT_BYTES / 1024 / 1024,
      }
    : null;
}

/**
 * An export's bytes → a table. An XLSX workbook is known by its content (a ZIP archive),
 * whatever the file is called; anything else is read as CSV text: UTF-8 with or without
 * its mark, UTF-16 with its mark, or else Windows-1252 (what Spanish Excel writes), which
 * is said, so the screen can show the first rows to check the accents.
 */
export async function readExportBytes(bytes: Uint8Array): Promise<ReadExport> {
  const tooLarge = sizeProblem(bytes.byteLength);
  if (tooLarge) return { table: null, encoding: null, problems: [tooLarge] };
  if (bytes.byteLength === 0)
    return { table: null, encoding: null, problems: [{ code: 'emptyFile' }] };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const copy = bytes.slice().buffer;
    const { table, problems } = await readXlsxBytes(copy);
    return { table, encoding: 'xlsx', problems };
  }
  let decoded: ReturnType<typeof decodeTableBytes>;
  try {
    decoded = decodeTableBytes(bytes);
  } catch {
    return { table: null, encoding: null, problems: [{ code: 'binary' }] };
  }
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const encoding: ExportEncoding = decoded.legacyEncoding ?? (utf16 ? 'utf-16' : 'utf-8');
  const { table, problems } = readCsvText(decoded.text);
  return { table, encoding, problems };
}
