import type { Language } from '../domain/plan-doc';

/**
 * Dates as people type them: day first in Spanish (31/12/2026), month first in English
 * (12/31/2026), with slashes, dashes or dots, and an ISO date (2026-12-31) as pasted from
 * elsewhere. Stored as ISO dates. A date that does not exist (31/02/2027) is refused with
 * the reason, never stored as something else or as nothing.
 */

export type DateRefusal =
  | { code: 'date.required' }
  | { code: 'date.format'; values: { pattern: string } }
  | { code: 'date.noSuchDay'; values: { day: number; month: number; year: number } };

export type DateParse = { ok: true; value: string | null } | { ok: false; refusal: DateRefusal };

/** How the field asks for a date, in the language's own letters. */
export const DATE_PATTERNS: Record<Language, string> = { en: 'mm/dd/yyyy', es: 'dd/mm/aaaa' };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const LOCAL = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parseDateInput(
  text: string,
  language: Language,
  options: { allowEmpty?: boolean } = {},
): DateParse {
  const trimmed = text.trim();
  if (trimmed === '') {
    return options.allowEmpty
      ? { ok: true, value: null }
      : { ok: false, refusal: { code: 'date.required' } };
  }
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO.exec(trimmed);
  const local = LOCAL.exec(trimmed);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (local) {
    const [first, second] = [Number(local[1]), Number(local[2])];
    year = Number(local[3]);
    [day, month] = language === 'es' ? [first, second] : [second, first];
  } else {
    return {
      ok: false,
      refusal: { code: 'date.format', values: { pattern: DATE_PATTERNS[language] } },
    };
  }
  if (
    year < 1900 ||
    year > 2999 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysIn(year, month)
  ) {
    return { ok: false, refusal: { code: 'date.noSuchDay', values: { day, month, year } } };
  }
  return { ok: true, value: isoDate(year, month, day) };
}

/** An ISO date as the field shows it: 31/12/2026 in Spanish, 12/31/2026 in English. */
export function formatDateInput(iso: string | null, language: Language): string {
  const match = iso ? ISO.exec(iso) : null;
  if (!match) return '';
  const [year, month, day] = [match[1], match[2]?.padStart(2, '0'), match[3]?.padStart(2, '0')];
  return language === 'es' ? `${day}/${month}/${year}` : `${month}/${day}/${year}`;
}

/** Today where the user is (not in UTC, which is another day near midnight outside it). */
export function localToday(now: Date): string {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
