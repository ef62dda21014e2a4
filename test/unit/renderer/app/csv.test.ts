import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../renderer/app/csv';

/** Reads a cell as Excel set to Spanish does: decimal comma, day/month/year. */
function spanishExcel(cell: string): number | string {
  if (/^-?\d+(,\d+)?$/.test(cell)) return Number(cell.replace(',', '.'));
  const day = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(cell);
  return day ? `${day[3]}-${day[2]}-${day[1]}` : cell;
}

describe('CSV for a spreadsheet', () => {
  const rows = [
    ['Objetivo', 'Meta', 'Fecha límite'],
    ['MQL; entrantes', 22.5, '2026-12-31'],
    ['Ingresos', 2350000.75, ''],
  ];

  it('opens right in Spanish Excel: semicolons, decimal commas, days as 31/12/2026', () => {
    const text = toCsv(rows, ';', 'es');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data[1]).toEqual(['MQL; entrantes', '22,5', '31/12/2026']);
    expect(parsed.data.slice(1).map((row) => row.map(spanishExcel))).toEqual([
      ['MQL; entrantes', 22.5, '2026-12-31'],
      ['Ingresos', 2350000.75, ''],
    ]);
  });

  it('keeps points and ISO days for a comma-separated English file', () => {
    const parsed = Papa.parse<string[]>(toCsv(rows, ',', 'en').slice(1), {
      delimiter: ',',
      skipEmptyLines: true,
    });
    expect(parsed.data[1]).toEqual(['MQL; entrantes', '22.5', '2026-12-31']);
  });

  it('writes text that starts like a formula as text, and negative numbers as numbers', () => {
    const parsed = Papa.parse<string[]>(
      toCsv([['=HYPERLINK("http://x")', '+34 600', '@SUM(A1)', -7]], ';', 'es').slice(1),
      { delimiter: ';', skipEmptyLines: true },
    );
    expect(parsed.data[0]).toEqual(['\'=HYPERLINK("http://x")', "'+34 600", "'@SUM(A1)", '-7']);
  });
});
