import Papa from 'papaparse';
import { parseNumberInput } from '../format/number-input';
import type { ScoringModel } from './handoff';
import type { Language } from './plan-doc';
import { INACTIVE_MONTHS_FIELD, type SampleLead } from './lead-scoring';

/** The column that names a sample lead in the paper test; optional. */
export const LEAD_NAME_FIELD = 'name';

/**
 * The paper test's own columns, as each language's template heads them: a file headed
 * either way is read, whatever the interface language.
 */
export const SAMPLE_COLUMN_NAMES: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  [LEAD_NAME_FIELD]: { en: 'name', es: 'nombre' },
  [INACTIVE_MONTHS_FIELD]: { en: 'months_inactive', es: 'meses_inactivo' },
};

/** The header a template in `language` gives a column. */
export function sampleColumnHeader(field: string, language: Language): string {
  return SAMPLE_COLUMN_NAMES[field]?.[language] ?? field;
}

/** The most sample leads one paper test holds (the 10,000, with room to spare). */
export const MAX_SAMPLE_LEADS = 20_000;

/** What is wrong with a loaded file, a column or a row: a code the screen words in its language. */
export type CsvProblem =
  | { code: 'empty' }
  | { code: 'tooManyRows'; count: number; max: number }
  | { code: 'noCriteria' }
  | { code: 'missingColumn'; column: string }
  | { code: 'duplicateColumn'; column: string }
  | { code: 'cellCount'; row: number; expected: number; found: number }
  | { code: 'notANumber'; row: number; column: string; value: string };

/** The columns a paper test reads for a model: the criteria's fields, a name, inactivity. */
export function sampleLeadColumns(model: ScoringModel): {
  /** Every column shown and read, in the order of the table: name first. */
  columns: string[];
  /** Columns a loaded file must have. */
  required: string[];
  /** Columns whose cells must be numbers (or empty). */
  numeric: Set<string>;
} {
  const fields: string[] = [];
  const seen = new Set<string>();
  const add = (field: string) => {
    const key = field.trim().toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    fields.push(field.trim());
  };
  for (const criterion of model.criteria) add(criterion.field);
  const required = [...fields];
  const numeric = new Set(
    model.criteria.filter((c) => c.operator === 'atLeast').map((c) => c.field.trim().toLowerCase()),
  );
  if (model.decayPerMonth > 0) {
    add(INACTIVE_MONTHS_FIELD);
    if (!required.includes(INACTIVE_MONTHS_FIELD)) required.push(INACTIVE_MONTHS_FIELD);
  }
  numeric.add(INACTIVE_MONTHS_FIELD);
  const columns = [LEAD_NAME_FIELD, ...fields.filter((f) => f.toLowerCase() !== LEAD_NAME_FIELD)];
  return { columns, required, numeric };
}

/** A parsed file, checked at the level of its header: which file column feeds which field. */
export interface SampleLeadsTable {
  rows: string[][];
  width: number;
  /** Field (as the model spells it) → index of the file column holding it. */
  columnOf: Map<string, number>;
  /** File columns no criterion reads: left out, and named so nobody wonders. */
  ignoredColumns: string[];
  /**
   * How the file writes numbers, told by its separator: a semicolon file comes from a
   * spreadsheet set to Spanish ("2.350.000,75"), a comma or tab file from one set to English.
   */
  numbers: Language;
}

/**
 * Parses CSV text (comma, semicolon or tab; quoted cells; a byte-order mark)
 * and checks its header against the model. Problems here concern the whole
 * file; rows are checked by convertSampleRows, chunk by chunk.
 */
export function readSampleLeadsTable(
  text: string,
  model: ScoringModel,
): { table: SampleLeadsTable | null; problems: CsvProblem[] } {
  if (model.criteria.length === 0) return { table: null, problems: [{ code: 'noCriteria' }] };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
  });
  const [header, ...rows] = parsed.data;
  if (!header || rows.length === 0) return { table: null, problems: [{ code: 'empty' }] };
  if (rows.length > MAX_SAMPLE_LEADS) {
    return {
      table: null,
      problems: [{ code: 'tooManyRows', count: rows.length, max: MAX_SAMPLE_LEADS }],
    };
  }
  const problems: CsvProblem[] = [];
  const indexByName = new Map<string, number>();
  header.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (name === '') return;
    if (indexByName.has(name)) problems.push({ code: 'duplicateColumn', column: raw.trim() });
    else indexByName.set(name, index);
  });
  const { columns, required } = sampleLeadColumns(model);
  const columnOf = new Map<string, number>();
  for (const field of columns) {
    const names = [field, ...Object.values(SAMPLE_COLUMN_NAMES[field] ?? {})];
    const index = names
      .map((name) => indexByName.get(name.toLowerCase()))
      .find((i) => i !== undefined);
    if (index !== undefined) columnOf.set(field, index);
    else if (required.includes(field)) problems.push({ code: 'missingColumn', column: field });
  }
  const used = new Set(columnOf.values());
  const ignoredColumns = header.filter((name, i) => name.trim() !== '' && !used.has(i));
  if (problems.length > 0) return { table: null, problems };
  const numbers: Language = parsed.meta.delimiter === ';' ? 'es' : 'en';
  return { table: { rows, width: header.length, columnOf, ignoredColumns, numbers }, problems };
}

/**
 * Turns rows [from, to) of a checked table into sample leads, reporting rows
 * with missing or extra cells and numbers that are not numbers. Row numbers
 * are the file's lines as a spreadsheet shows them (the header is row 1).
 */
export function convertSampleRows(
  table: SampleLeadsTable,
  model: ScoringModel,
  from: number,
  to: number,
): { leads: SampleLead[]; problems: CsvProblem[] } {
  const { numeric } = sampleLeadColumns(model);
  const fields = [...table.columnOf.entries()];
  const leads: SampleLead[] = [];
  const problems: CsvProblem[] = [];
  for (let r = from; r < Math.min(to, table.rows.length); r++) {
    const cells = table.rows[r] ?? [];
    const row = r + 2;
    if (cells.length !== table.width) {
      problems.push({ code: 'cellCount', row, expected: table.width, found: cells.length });
      continue;
    }
    const lead: Record<string, string> = {};
    for (const [field, index] of fields) {
      const value = (cells[index] ?? '').trim();
      const isNumeric = numeric.has(field.toLowerCase()) && value !== '';
      const number = isNumeric ? readNumber(value, table.numbers) : null;
      if (isNumeric && number === null) {
        problems.push({ code: 'notANumber', row, column: field, value: value.slice(0, 40) });
      }
      lead[field] = number !== null ? String(number) : value;
    }
    leads.push(lead);
  }
  return { leads, problems };
}

/** The whole file at once: what the benchmark and the tests call; the screen goes by chunks. */
export function parseSampleLeadsCsv(
  text: string,
  model: ScoringModel,
): { leads: SampleLead[]; problems: CsvProblem[]; ignoredColumns: string[] } {
  const { table, problems } = readSampleLeadsTable(text, model);
  if (!table) return { leads: [], problems, ignoredColumns: [] };
  const converted = convertSampleRows(table, model, 0, table.rows.length);
  return {
    leads: converted.problems.length > 0 ? [] : converted.leads,
    problems: converted.problems,
    ignoredColumns: table.ignoredColumns,
  };
}

const PLAIN_WHOLE = /^-?\d{1,15}$/;

/**
 * A number the way the file's spreadsheet wrote it ("2.350.000,75" from a Spanish one,
 * "2,350,000.75" from an English one), or, where that convention cannot read it, the
 * other's ("2,5" in a comma file). "12 months" is not a number.
 */
function readNumber(value: string, convention: Language): number | null {
  // Most cells are plain whole numbers ("12", "250"): they mean the same in every
  // convention and skip the full parser, which a 10,000-row file would run 40,000 times.
  if (PLAIN_WHOLE.test(value)) return Number(value);
  const own = parseNumberInput(value, convention, { fromFile: true });
  if (own.ok) return own.value;
  const other = parseNumberInput(value, convention === 'es' ? 'en' : 'es', { fromFile: true });
  return other.ok ? other.value : null;
}
