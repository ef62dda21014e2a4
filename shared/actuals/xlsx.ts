import { readSheet } from 'read-excel-file/universal';
import { shapeTable, type Cell, type ExportTable, type TableProblem } from './table';

/**
 * The first sheet of an XLSX workbook as a table. Cells keep their type: numbers stay
 * numbers and date-formatted cells come back as dates, so Excel's serial days never have
 * to be guessed from text.
 */
export async function readXlsxBytes(
  bytes: ArrayBuffer,
): Promise<{ table: ExportTable | null; problems: TableProblem[] }> {
  let data: Cell[][];
  try {
    data = (await readSheet(bytes)) as Cell[][];
  } catch {
    return { table: null, problems: [{ code: 'unreadable' }] };
  }
  return shapeTable(data, null);
}
