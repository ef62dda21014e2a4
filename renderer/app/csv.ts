import Papa from 'papaparse';

export type CsvSeparator = ',' | ';';

/**
 * Rows as a CSV file (RFC 4180: quoted where needed, CRLF line ends). A
 * byte-order mark lets Excel read accents right; a semicolon separator suits
 * Excel set to a Spanish (or most European) locale.
 */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  separator: CsvSeparator,
): string {
  return `\uFEFF${Papa.unparse(
    rows.map((row) => [...row]),
    { delimiter: separator, newline: '\r\n', quotes: false },
  )}\r\n`;
}

/** The separator a spreadsheet in this language expects. */
export function defaultSeparator(language: string): CsvSeparator {
  return language === 'es' ? ';' : ',';
}
