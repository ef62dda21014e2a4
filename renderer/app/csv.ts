import Papa from 'papaparse';

export type CsvSeparator = ',' | ';';

/**
 * Rows as a CSV file (RFC 4180: quoted where needed, CRLF line ends). A
 * byte-order mark lets Excel read accents right; a semicolon separator suits
 * Excel set to a Spanish (or most European) locale, which also reads a decimal
 * comma: with it, 22.5 is written 22,5, or Excel takes it for the 22nd of May.
 * Days (ISO cells) are written the way the language writes them, 31/12/2026 in
 * Spanish, so Excel in that language reads them as dates.
 */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  separator: CsvSeparator,
  language: string = 'en',
): string {
  const cell = (value: string | number): string => {
    if (typeof value === 'number') {
      const plain = Number.isFinite(value) ? String(value) : '';
      return separator === ';' ? plain.replace('.', ',') : plain;
    }
    const day = ISO_DAY.exec(value);
    if (day && language === 'es') return `${day[3]}/${day[2]}/${day[1]}`;
    // Text that starts like a formula (=, +, -, @) is written as text, never run by Excel.
    return FORMULA_START.test(value) ? `'${value}` : value;
  };
  return `\uFEFF${Papa.unparse(
    rows.map((row) => row.map(cell)),
    { delimiter: separator, newline: '\r\n', quotes: false },
  )}\r\n`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** The separator a spreadsheet in this language expects. */
export function defaultSeparator(language: string): CsvSeparator {
  return language === 'es' ? ';' : ',';
}
