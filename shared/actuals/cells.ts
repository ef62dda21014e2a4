import { wallClockIn } from '../domain/business-calendar';
import type { Cell } from './table';

/** The order of day and month in a column of slashed dates. */
export type DayOrder = 'dmy' | 'mdy';

/** What a column of dates turned out to hold. */
export type DateColumnFormat =
  | { kind: 'iso' }
  | { kind: 'slashed'; order: DayOrder }
  /** Every slashed value fits both orders (all days ≤ 12): the user is asked. */
  | { kind: 'ambiguous' }
  /** Values that need day-first and values that need month-first in one column. */
  | { kind: 'mixed'; dayFirstRow: number; monthFirstRow: number }
  /** Spreadsheet dates (typed cells or Excel serial numbers), or an empty column. */
  | { kind: 'typed' };

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?\s?m\.?)?)?$/i;
const DAY_MS = 86_400_000;
/** Excel's day 0 (it counts 1900 as a leap year, so day 60 is the imaginary 29 February). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Decides how a column writes its dates, from all of its values: a first part above 12
 * means day first, a second part above 12 means month first; both in one column is mixed.
 * A hint (the user's earlier answer, kept in the import profile) settles an ambiguous column.
 */
export function dateColumnFormat(
  rows: readonly (readonly Cell[])[],
  column: number,
  rowNumbers: readonly number[],
  hint?: DayOrder,
): DateColumnFormat {
  let iso = false;
  let slashed = false;
  let dayFirstRow: number | null = null;
  let monthFirstRow: number | null = null;
  // Read in place, row by row: a copy of the column was 100,000 cells a column.
  for (let index = 0; index < rows.length; index++) {
    const cell = rows[index]?.[column];
    if (typeof cell !== 'string' || cell === '') continue;
    const text = cell.trim();
    // "2026-03-14…": a year first is ISO; only other shapes need the slashed pattern. Once
    // the column is known to hold ISO dates, another is not tested again.
    if (text.charCodeAt(4) === 45) {
      if (!iso && ISO.test(text)) iso = true;
      if (iso) continue;
    }
    const match = SLASHED.exec(text);
    if (!match) continue;
    slashed = true;
    if (Number(match[1]) > 12) dayFirstRow ??= rowNumbers[index] ?? index + 2;
    if (Number(match[2]) > 12) monthFirstRow ??= rowNumbers[index] ?? index + 2;
  }
  if (dayFirstRow !== null && monthFirstRow !== null) {
    return { kind: 'mixed', dayFirstRow, monthFirstRow };
  }
  if (dayFirstRow !== null) return { kind: 'slashed', order: 'dmy' };
  if (monthFirstRow !== null) return { kind: 'slashed', order: 'mdy' };
  if (slashed) return hint ? { kind: 'slashed', order: hint } : { kind: 'ambiguous' };
  return iso ? { kind: 'iso' } : { kind: 'typed' };
}

/**
 * One date cell → a moment, in milliseconds, of the wall-clock time the export wrote
 * (read as UTC, so a month is the month the CRM showed). Null for an empty cell;
 * undefined for a cell that is not a date in the column's format.
 */
export function parseDateCell(
  cell: Cell,
  format: DateColumnFormat,
  timeZone?: string,
): number | null | undefined {
  if (cell === null || cell === '') return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : cell.getTime();
  if (typeof cell === 'number') return excelSerial(cell);
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  if (text === '') return null;
  const quick = quickIso(text);
  if (quick !== undefined) return quick;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = iso;
    const clock = utc(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s));
    // A time written with its offset is an instant: the team's clock reads it in the team's
    // zone. Without a zone to read it in, the clock as written is the day the CRM showed.
    if (clock === undefined || !offset || !timeZone) return clock;
    return wallClockIn(clock - offsetMs(offset), timeZone);
  }
  const slashed = SLASHED.exec(text);
  if (slashed && format.kind === 'slashed') {
    const [, a, b, y, h = '0', mi = '0', s = '0', meridiem] = slashed;
    const [day, month] = format.order === 'dmy' ? [a, b] : [b, a];
    const year = y?.length === 2 ? 2000 + Number(y) : Number(y);
    let hour = Number(h);
    if (meridiem) {
      if (hour > 12) return undefined;
      const pm = meridiem.toLowerCase().startsWith('p');
      hour = (hour % 12) + (pm ? 12 : 0);
    }
    return utc(year, Number(month), Number(day), hour, Number(mi), Number(s));
  }
  if (/^\d+(\.\d+)?$/.test(text) && format.kind === 'typed') return excelSerial(Number(text));
  return undefined;
}

/**
 * "2026-03-14" and "2026-03-14 09:30[:00]" read digit by digit: what most exports write,
 * a hundred thousand times a file. Anything else (a zone, fractions) goes to the pattern.
 */
function quickIso(text: string): number | null | undefined {
  const length = text.length;
  if ((length !== 10 && length !== 16 && length !== 19) || text.charCodeAt(4) !== 45) {
    return undefined;
  }
  if (text.charCodeAt(7) !== 45) return undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  if (length > 10) {
    const separator = text.charCodeAt(10);
    if ((separator !== 32 && separator !== 84) || text.charCodeAt(13) !== 58) return undefined;
    hour = twoDigits(text, 11);
    minute = twoDigits(text, 14);
    if (length === 19) {
      if (text.charCodeAt(16) !== 58) return undefined;
      second = twoDigits(text, 17);
    }
  }
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  // A non-digit anywhere made its pair negative, and so the sum.
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  return utc(year, month, day, hour, minute, second);
}

/** Two digits at a place as a number, or a large negative number when either is not a digit. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const units = text.charCodeAt(at + 1) - 48;
  if (tens < 0 || tens > 9 || units < 0 || units > 9) return -10_000;
  return tens * 10 + units;
}

/** "Z", "+02:00", "-0530" → milliseconds ahead of UTC. */
function offsetMs(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

function excelSerial(days: number): number | undefined {
  // Serial days from 1 (1900) to 2958465 (9999); anything else is not a date.
  if (!Number.isFinite(days) || days < 1 || days > 2_958_465) return undefined;
  return EXCEL_EPOCH + Math.round(days * DAY_MS);
}

function utc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number | undefined {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  // 31/02 would roll over into March in Date.UTC: such a day does not exist.
  if (day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The decimal mark a column of amounts uses. */
export type DecimalMark = ',' | '.';

/**
 * Decides a column's decimal mark from its values: a value with both marks ends with its
 * decimal one; a single mark followed by other than three digits is decimal. Otherwise
 * the file's convention decides (a semicolon-separated file is from a decimal-comma locale).
 */
export function decimalMarkOf(
  rows: readonly (readonly Cell[])[],
  column: number,
  fallback: DecimalMark,
): DecimalMark {
  for (const row of rows) {
    const cell = row[column];
    if (typeof cell !== 'string') continue;
    const text = cell.replace(/[^\d.,]/g, '');
    const lastComma = text.lastIndexOf(',');
    const lastPoint = text.lastIndexOf('.');
    if (lastComma >= 0 && lastPoint >= 0) return lastComma > lastPoint ? ',' : '.';
    const last = Math.max(lastComma, lastPoint);
    if (last >= 0 && text.length - last - 1 !== 3) return lastComma >= 0 ? ',' : '.';
  }
  return fallback;
}

/**
 * An amount cell → a number: currency signs, spaces and grouping dropped; null for an
 * empty cell, undefined for text that is not an amount.
 */
export function parseAmountCell(cell: Cell, mark: DecimalMark): number | null | undefined {
  if (cell === null || cell === '') return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  let text = cell.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (text === '') return null;
  const negative = /^\(.*\)$/.test(text) || text.startsWith('-') || text.endsWith('-');
  text = text.replace(/^[(-]+|[)-]+$/g, '').replace(CURRENCY_AROUND, '');
  const group = mark === ',' ? '.' : ',';
  if (!/^\d{1,3}(?:[.,]?\d{3})*(?:[.,]\d+)?$|^\d+(?:[.,]\d+)?$/.test(text)) return undefined;
  const plain = text.split(group).join('').replace(mark, '.');
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined;
  const value = Number(plain);
  return negative ? -value : value;
}

/** A currency sign or ISO code before or after an amount: $12,000.50, 12.000,50 €, EUR 500. */
const CURRENCY_AROUND = /^(?:[$€£¥]|[A-Z]{3})|(?:[$€£¥]|[A-Z]{3})$/g;

/** Whether a cell says yes (Salesforce's Converted and Won columns: 1, true, TRUE, Yes, Sí). */
export function isYes(cell: Cell): boolean {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1;
  return typeof cell === 'string' && /^(1|true|yes|y|sí|si|verdadero|x)$/i.test(cell.trim());
}
