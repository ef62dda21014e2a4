import { describe, expect, it } from 'vitest';
import { analyseExport } from '../../../../shared/actuals/analyse';
import { dateColumnFormat, parseAmountCell, parseDateCell } from '../../../../shared/actuals/cells';
import {
  MAX_EXPORT_BYTES,
  readExportBytes,
  sizeProblem,
} from '../../../../shared/actuals/read-export';
import { readCsvText } from '../../../../shared/actuals/table';

const bytes = (text: string) => new TextEncoder().encode(text);
const HEADER =
  'Record ID,Email,Date entered "Lead (Lifecycle Stage Pipeline)",Date entered "Customer (Lifecycle Stage Pipeline)"';

function analyseText(text: string) {
  const { table, problems } = readCsvText(text);
  expect(problems).toEqual([]);
  return analyseExport(table!);
}

describe('exports that cannot be read are refused, naming where', () => {
  it('an empty file, blank lines only, or a header without rows', async () => {
    expect((await readExportBytes(bytes(''))).problems).toEqual([{ code: 'emptyFile' }]);
    expect((await readExportBytes(bytes('\r\n\r\n  \r\n'))).problems).toEqual([{ code: 'empty' }]);
    expect((await readExportBytes(bytes(`${HEADER}\r\n`))).problems).toEqual([{ code: 'empty' }]);
  });

  it('two columns separated by semicolons or tabs are a table, with or without a last line break', () => {
    for (const separator of [';', '\t', ',']) {
      for (const newline of ['\r\n', '\n']) {
        for (const last of [newline, '']) {
          const lines = [
            ['ID', 'Fecha MQL'],
            ['1', '01/10/2026'],
            ['2', '15/10/2026'],
          ];
          const text = lines.map((cells) => cells.join(separator)).join(newline) + last;
          const { table, problems } = readCsvText(text);
          expect(problems).toEqual([]);
          expect(table?.separator).toBe(separator);
          expect(table?.headers).toEqual(lines[0]);
          expect(table?.rows).toEqual(lines.slice(1));
        }
      }
    }
  });

  it('text that is not a table', async () => {
    const read = await readExportBytes(bytes('Dear team,\nplease find the report attached.\n'));
    expect(read.problems).toEqual([{ code: 'notATable' }]);
  });

  it('a binary file under a .csv name, and a file over the size limit before it is read', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect((await readExportBytes(png)).problems).toEqual([{ code: 'binary' }]);
    expect(sizeProblem(MAX_EXPORT_BYTES + 1)).toEqual({
      code: 'tooLarge',
      megabytes: 201,
      maxMegabytes: 200,
    });
    expect(sizeProblem(MAX_EXPORT_BYTES)).toBeNull();
  });

  it('a ZIP that is not a workbook', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await readExportBytes(zip)).problems).toEqual([{ code: 'unreadable' }]);
  });

  it('two columns of one name', async () => {
    const read = await readExportBytes(bytes('Email,Stage,email\r\na@x.es,Lead,b@x.es\r\n'));
    expect(read.problems).toEqual([{ code: 'duplicateColumn', column: 'email' }]);
  });

  it('columns of no known CRM: nothing recognised, the mapping screen asks', () => {
    const analysis = analyseText('Nombre,Etapa,Fecha\r\nAna,Lead,01/02/2026\r\n');
    expect(analysis.shape).toBeNull();
    expect(analysis.figures).toBeNull();
  });

  it('a date that does not parse, by row and column', () => {
    const analysis = analyseText(
      `${HEADER}\r\n1,a@x.es,2026-01-05,\r\n2,b@x.es,last Tuesday,\r\n3,c@x.es,2026-02-30,\r\n`,
    );
    expect(analysis.figures).toBeNull();
    expect(analysis.problems).toEqual([
      {
        code: 'badDate',
        row: 3,
        column: 'Date entered "Lead (Lifecycle Stage Pipeline)"',
        value: 'last Tuesday',
      },
      {
        code: 'badDate',
        row: 4,
        column: 'Date entered "Lead (Lifecycle Stage Pipeline)"',
        value: '2026-02-30',
      },
    ]);
  });

  it('days first and months first in one column', () => {
    const analysis = analyseText(`${HEADER}\r\n1,a@x.es,25/01/2026,\r\n2,b@x.es,01/25/2026,\r\n`);
    expect(analysis.problems).toEqual([
      {
        code: 'mixedDates',
        column: 'Date entered "Lead (Lifecycle Stage Pipeline)"',
        dayFirstRow: 2,
        monthFirstRow: 3,
      },
    ]);
  });

  it('a whole file of days that fit either order is asked about, then read as answered', () => {
    const text = `${HEADER}\r\n1,a@x.es,02/03/2026,04/05/2026\r\n`;
    const asked = analyseText(text);
    expect(asked.problems.map((p) => p.code)).toEqual(['ambiguousDates', 'ambiguousDates']);
    const { table } = readCsvText(text);
    const answered = analyseExport(table!, { profile: { ...asked.profile!, dayOrder: 'dmy' } });
    expect(answered.figures?.months).toMatchObject([
      { month: '2026-03', stage: 'Lead', entered: 1 },
      { month: '2026-05', stage: 'Customer', entered: 1 },
    ]);
  });

  it('a profile naming a column this export lacks', () => {
    const { table } = readCsvText(`${HEADER}\r\n1,a@x.es,2026-01-05,\r\n`);
    const profile = analyseExport(table!).profile!;
    const renamed = { ...profile, recordId: 'Contact ID' };
    expect(analyseExport(table!, { profile: renamed }).problems).toEqual([
      { code: 'missingColumn', column: 'Contact ID' },
    ]);
  });

  it('export stages that match no plan stage are listed, never guessed', () => {
    const { table } = readCsvText(
      'Record ID,Date entered "Evaluation (Lifecycle Stage Pipeline)",Date entered "Customer (Lifecycle Stage Pipeline)"\r\n1,2026-01-05,2026-02-01\r\n',
    );
    const analysis = analyseExport(table!, { planStages: [{ id: 'won', name: 'Ganado' }] });
    expect(analysis.unmatched).toEqual(['Evaluation']);
    expect(analysis.profile?.planStages).toEqual({ Customer: 'won' });
  });

  it('cells that look like formulas are data', () => {
    const { table } = readCsvText(`${HEADER}\r\n=HYPERLINK("x"),+34 600,2026-01-05,\r\n`);
    expect(table?.rows[0]?.slice(0, 2)).toEqual(['=HYPERLINK("x")', '+34 600']);
  });
});

describe('cells', () => {
  it('reads the dates CRMs write', () => {
    const iso = { kind: 'iso' } as const;
    expect(parseDateCell('2026-03-14', iso)).toBe(Date.UTC(2026, 2, 14));
    expect(parseDateCell('2026-03-14 09:30', iso)).toBe(Date.UTC(2026, 2, 14, 9, 30));
    expect(parseDateCell('2026-03-14T09:30:00.000Z', iso)).toBe(Date.UTC(2026, 2, 14, 9, 30));
    // The wall-clock time the CRM showed, whatever offset it adds.
    expect(parseDateCell('2026-03-14T09:30:00+01:00', iso)).toBe(Date.UTC(2026, 2, 14, 9, 30));
    const us = { kind: 'slashed', order: 'mdy' } as const;
    expect(parseDateCell('3/14/2026 9:05 PM', us)).toBe(Date.UTC(2026, 2, 14, 21, 5));
    expect(parseDateCell('3/14/26', us)).toBe(Date.UTC(2026, 2, 14));
    expect(parseDateCell('14/03/2026', { kind: 'slashed', order: 'dmy' })).toBe(
      Date.UTC(2026, 2, 14),
    );
    expect(parseDateCell('14.03.2026', { kind: 'slashed', order: 'dmy' })).toBe(
      Date.UTC(2026, 2, 14),
    );
    // Excel's serial day 46095 is 14 March 2026.
    expect(parseDateCell(46095.5, { kind: 'typed' })).toBe(Date.UTC(2026, 2, 14, 12));
    expect(parseDateCell('', iso)).toBeNull();
    expect(parseDateCell('31/02/2026', { kind: 'slashed', order: 'dmy' })).toBeUndefined();
  });

  it('decides the day order from the whole column', () => {
    // The dates in the second column of rows that also hold an id.
    const column = (...dates: string[]) => dates.map((date, row) => [`id-${row}`, date]);
    expect(dateColumnFormat(column('01/02/2026', '25/02/2026'), 1, [2, 3])).toEqual({
      kind: 'slashed',
      order: 'dmy',
    });
    expect(dateColumnFormat(column('01/02/2026', '02/25/2026'), 1, [2, 3])).toEqual({
      kind: 'slashed',
      order: 'mdy',
    });
    expect(dateColumnFormat(column('01/02/2026', '03/04/2026'), 1, [2, 3])).toEqual({
      kind: 'ambiguous',
    });
    expect(dateColumnFormat(column('01/02/2026'), 1, [2], 'mdy')).toEqual({
      kind: 'slashed',
      order: 'mdy',
    });
  });

  it('reads amounts with either decimal mark and any grouping', () => {
    expect(parseAmountCell('2.350.000,75', ',')).toBe(2350000.75);
    expect(parseAmountCell('2,350,000.75', '.')).toBe(2350000.75);
    expect(parseAmountCell('$12,000.50', '.')).toBe(12000.5);
    expect(parseAmountCell('12 000,50 €', ',')).toBe(12000.5);
    expect(parseAmountCell('(1.500,00)', ',')).toBe(-1500);
    expect(parseAmountCell('12,5', ',')).toBe(12.5);
    expect(parseAmountCell('about 12', '.')).toBeUndefined();
    expect(parseAmountCell('', '.')).toBeNull();
  });
});
