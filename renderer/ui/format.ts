import { format, formatDistanceToNowStrict } from 'date-fns';
import { enUS, es } from 'date-fns/locale';

const DATE_LOCALES = { en: enUS, es } as const;

function localeOf(language: string): 'en' | 'es' {
  return language.startsWith('es') ? 'es' : 'en';
}

/** "3 minutes ago" / "hace 3 minutos": how recently a plan was edited. */
export function formatEditedAgo(iso: string, language: string): string {
  return formatDistanceToNowStrict(new Date(iso), {
    addSuffix: true,
    locale: DATE_LOCALES[localeOf(language)],
  });
}

/**
 * A full date in the reader's language, for tooltips and the plan header: "Nov 27, 2026,
 * 4:10 PM" / "27 nov 2026, 16:10". date-fns's own locale data, not Intl: the first Intl
 * date formatter a page builds loads ICU's calendars, 40 ms of the library's first render.
 */
export function formatDate(iso: string, language: string, withTime = false): string {
  const date = iso.length === 10 ? new Date(`${iso}T00:00:00`) : new Date(iso);
  return format(date, withTime ? 'PPp' : 'PP', { locale: DATE_LOCALES[localeOf(language)] });
}

/** A month as people name it: "Mar 2026", "mar 2026". */
export function formatMonth(month: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** The months from one to another of the same year, as the language names them: "Oct – Nov". */
export function formatMonthRange(from: string, to: string, language: string): string {
  const names = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
  const day = (month: string) => new Date(`${month}-01T00:00:00Z`);
  return from === to ? names.format(day(from)) : names.formatRange(day(from), day(to));
}

/** "2026-Q2" as the language says a quarter: "Q2 2026", "T2 2026". */
export function formatQuarter(quarter: string, language: string): string {
  const [year = '', number = ''] = quarter.split('-Q');
  return `${language.startsWith('es') ? 'T' : 'Q'}${number} ${year}`;
}

export function currencyName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Compares for search: case- and accent-insensitive ("Méx" finds "mexico"). */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/**
 * A difference as a share of the plan, signed ("−20 %"). Whole percents, but a rounding never
 * says none came (two leads of 500 planned is −99,6 %, not −100 %) or that a real difference
 * is none (+0,4 %, not 0 %).
 */
export function formatShareOfPlan(value: number, language: string): string {
  const rounded = Math.round(Math.abs(value) * 100);
  const misleading = (rounded === 100 && Math.abs(value) !== 1) || (rounded === 0 && value !== 0);
  return new Intl.NumberFormat(language, {
    style: 'percent',
    maximumFractionDigits: misleading ? 1 : 0,
    signDisplay: 'exceptZero',
  }).format(value);
}
