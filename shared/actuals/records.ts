import {
  dateColumnFormat,
  decimalMarkOf,
  isYes,
  parseAmountCell,
  parseDateCell,
  type DateColumnFormat,
  type DayOrder,
} from './cells';
import type { RejectReason } from '../domain/handoff';
import type { FeedbackMapping, ImportProfile, RowTest } from './profile';
import type { Cell, ExportTable } from './table';

/** A stage the figures are counted for: a plan stage, or an export stage without a plan. */
export interface TargetStage {
  key: string;
  name: string;
}

/**
 * One row of an export as the figures need it: when it entered each target stage (in
 * the targets' order), its amount and its first response. Held in memory while the
 * figures are worked out; never stored.
 */
export interface ActualRecord {
  row: number;
  id: string | null;
  entered: Array<number | null>;
  amount: number | null;
  firstResponse: number | null;
  /** Sales' verdict on the lead, when the profile maps a column for it. */
  feedback: FeedbackOutcome | null;
}

export type FeedbackOutcome = 'accepted' | RejectReason;

export type RecordProblem =
  | { code: 'missingColumn'; column: string }
  | { code: 'noStageMapped' }
  | { code: 'ambiguousDates'; column: string }
  | { code: 'mixedDates'; column: string; dayFirstRow: number; monthFirstRow: number }
  | { code: 'badDate'; row: number; column: string; value: string }
  | { code: 'badAmount'; row: number; column: string; value: string };

export interface RecordsRead {
  records: ActualRecord[];
  problems: RecordProblem[];
  problemCount: number;
  /** How each date column was read, by column name. */
  dateFormats: Record<string, DateColumnFormat['kind'] | DayOrder>;
  /** The targets the export dates (by index): a stage no column dates is not measured. */
  measured: number[];
}

/** Problems listed one by one before the rest are only counted. */
const LISTED_PROBLEMS = 50;

/**
 * Reads the rows of an export through its profile. Any problem (a missing column, a date
 * that does not parse, a column whose day order is unknown) is reported with its row and
 * column; the caller stores nothing while there are problems.
 */
export function readRecords(
  table: ExportTable,
  profile: ImportProfile,
  targets: readonly TargetStage[],
  /** The team's zone: a time written with an offset is read as its clock there. */
  timeZone?: string,
): RecordsRead {
  const problems: RecordProblem[] = [];
  let problemCount = 0;
  const report = (problem: RecordProblem) => {
    problemCount++;
    if (problems.length < LISTED_PROBLEMS) problems.push(problem);
  };
  const indexOf = new Map(table.headers.map((name, index) => [name.toLowerCase(), index]));
  const column = (name: string | null): number | null => {
    if (name === null) return null;
    const index = indexOf.get(name.toLowerCase());
    if (index === undefined) report({ code: 'missingColumn', column: name });
    return index ?? null;
  };

  const targetIndex = new Map(targets.map((target, index) => [target.key, index]));
  const stages = profile.stages.flatMap((stage) => {
    const key = profile.planStages[stage.name];
    const target = key === undefined ? undefined : targetIndex.get(key);
    if (target === undefined) return [];
    const date = column(stage.dateColumn);
    const test = stage.when ? { ...stage.when, index: column(stage.when.column) } : null;
    return date === null ? [] : [{ target, date, column: stage.dateColumn, test }];
  });
  if (stages.length === 0 && problemCount === 0) report({ code: 'noStageMapped' });
  const idColumn = column(profile.recordId);
  const amountColumn = column(profile.amount);
  const responseColumn = column(profile.firstResponse);
  const feedbackColumn = column(profile.feedback?.column ?? null);
  const outcomeOf = outcomes(profile.feedback);
  if (problemCount > 0)
    return { records: [], problems, problemCount, dateFormats: {}, measured: [] };

  const formats = new Map<number, DateColumnFormat>();
  const dateColumns = [
    ...new Set([
      ...stages.map((s) => s.date),
      ...(responseColumn === null ? [] : [responseColumn]),
    ]),
  ];
  for (const index of dateColumns) {
    formats.set(
      index,
      dateColumnFormat(table.rows, index, table.rowNumbers, profile.dayOrder ?? undefined),
    );
  }
  // One file writes its dates one way: a column whose days all fit both orders takes the
  // order its neighbours show. Only when no column shows it is the user asked.
  const shown = new Set(
    [...formats.values()].flatMap((format) => (format.kind === 'slashed' ? [format.order] : [])),
  );
  const fileOrder = shown.size === 1 ? [...shown][0] : undefined;
  for (const [index, format] of [...formats]) {
    const name = table.headers[index] ?? '';
    if (format.kind === 'mixed') {
      const { dayFirstRow, monthFirstRow } = format;
      report({ code: 'mixedDates', column: name, dayFirstRow, monthFirstRow });
    } else if (format.kind === 'ambiguous' && fileOrder) {
      formats.set(index, { kind: 'slashed', order: fileOrder });
    } else if (format.kind === 'ambiguous') report({ code: 'ambiguousDates', column: name });
  }
  if (problemCount > 0)
    return { records: [], problems, problemCount, dateFormats: {}, measured: [] };
  const mark =
    amountColumn === null
      ? '.'
      : decimalMarkOf(table.rows, amountColumn, table.separator === ';' ? ',' : '.');

  const records: ActualRecord[] = [];
  // Each column's format looked up once, not once a cell: a file has half a million cells.
  const formatOf: DateColumnFormat[] = table.headers.map(
    (_, index) => formats.get(index) ?? { kind: 'typed' },
  );
  const typed: DateColumnFormat = { kind: 'typed' };
  const dateAt = (row: readonly Cell[], index: number, rowNumber: number): number | null => {
    const cell = row[index] ?? null;
    const moment = parseDateCell(cell, formatOf[index] ?? typed, timeZone);
    if (moment === undefined) {
      report({
        code: 'badDate',
        row: rowNumber,
        column: table.headers[index] ?? '',
        value: text(cell),
      });
      return null;
    }
    return moment;
  };
  // Row by row in a plain loop; the rows and their numbers are read in place.
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    const row = table.rows[rowIndex] ?? [];
    const rowNumber = table.rowNumbers[rowIndex] ?? rowIndex + 2;
    const entered: Array<number | null> = [];
    for (let target = 0; target < targets.length; target++) entered.push(null);
    for (const stage of stages) {
      if (stage.test && !passes(row, stage.test)) continue;
      const moment = dateAt(row, stage.date, rowNumber);
      if (moment === null) continue;
      const current = entered[stage.target];
      // Two export stages counted towards one plan stage: the record entered it at the first.
      if (current === null || current === undefined || moment < current) {
        entered[stage.target] = moment;
      }
    }
    let amount: number | null = null;
    if (amountColumn !== null) {
      const parsed = parseAmountCell(row[amountColumn] ?? null, mark);
      if (parsed === undefined) {
        report({
          code: 'badAmount',
          row: rowNumber,
          column: table.headers[amountColumn] ?? '',
          value: text(row[amountColumn] ?? null),
        });
      } else amount = parsed;
    }
    const id = idColumn === null ? null : text(row[idColumn] ?? null).trim() || null;
    records.push({
      row: rowNumber,
      id,
      entered,
      amount,
      firstResponse: responseColumn === null ? null : dateAt(row, responseColumn, rowNumber),
      feedback:
        feedbackColumn === null
          ? null
          : (outcomeOf.get(
              text(row[feedbackColumn] ?? null)
                .trim()
                .toLowerCase(),
            ) ?? null),
    });
  }
  const dateFormats = Object.fromEntries(
    [...formats].map(([index, format]) => [
      table.headers[index] ?? '',
      format.kind === 'slashed' ? format.order : format.kind,
    ]),
  );
  const measured = [...new Set(stages.map((stage) => stage.target))].sort((a, b) => a - b);
  return problemCount > 0
    ? { records: [], problems, problemCount, dateFormats, measured: [] }
    : { records, problems, problemCount, dateFormats, measured };
}

/** Each mapped value, as the column may write it in any case, and what it means. */
function outcomes(mapping: FeedbackMapping | null): Map<string, FeedbackOutcome> {
  const byValue = new Map<string, FeedbackOutcome>();
  if (!mapping) return byValue;
  for (const value of mapping.accepted) byValue.set(value.trim().toLowerCase(), 'accepted');
  for (const [value, reason] of Object.entries(mapping.rejected)) {
    byValue.set(value.trim().toLowerCase(), reason);
  }
  return byValue;
}

function passes(row: Cell[], test: RowTest & { index: number | null }): boolean {
  if (test.index === null) return false;
  const cell = row[test.index] ?? null;
  if (test.test === 'yes') return isYes(cell);
  const value = text(cell).trim().toLowerCase();
  return test.values.some((wanted) => wanted.toLowerCase() === value);
}

function text(cell: Cell): string {
  if (cell === null) return '';
  return cell instanceof Date ? cell.toISOString() : String(cell);
}
