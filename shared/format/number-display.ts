import type { Language } from '../domain/plan-doc';

/**
 * Numbers as a field shows them when nobody is typing, apart from the parser of what is
 * typed (number-input.ts). The parser's library tries a German formatter when it loads, to
 * learn what the browser supports: the first such formatter loads that locale's data, about
 * 15 ms of a cold start, for a screen that shows numbers and parses none. Kept apart, the
 * parser loads with the screens where people type figures.
 */
export const NUMBER_LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-ES' };

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(language: Language, cents: boolean): Intl.NumberFormat {
  const key = `${language}${cents ? '-cents' : ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(NUMBER_LOCALES[language], {
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: 6,
      useGrouping: 'always',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A number as the field shows it when not being typed in: grouped, in the language's marks.
 * An amount of money with cents shows them as two digits ("12.000,50", not "12.000,5");
 * a whole amount shows none, and nothing stored is ever rounded away.
 */
export function formatNumberInput(
  value: number | null,
  language: Language,
  options: { money?: boolean } = {},
): string {
  if (value === null || !Number.isFinite(value)) return '';
  // Floating-point noise (0.15 × 100 = 15.000000000000002) never reaches the screen.
  const shown = Math.round(value * 1e6) / 1e6;
  return formatterFor(language, options.money === true && !Number.isInteger(shown)).format(shown);
}
