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

/** A number as the field shows it when not being typed in: grouped, in the language's marks. */
export function formatNumberInput(value: number | null, language: Language): string {
  if (value === null || !Number.isFinite(value)) return '';
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(NUMBER_LOCALES[language], {
      maximumFractionDigits: 6,
      useGrouping: 'always',
    });
    formatters.set(language, formatter);
  }
  // Floating-point noise (0.15 × 100 = 15.000000000000002) never reaches the screen.
  return formatter.format(Math.round(value * 1e6) / 1e6);
}
