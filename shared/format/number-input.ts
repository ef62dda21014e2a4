import { NumberParser } from '@internationalized/number';
import type { Language } from '../domain/plan-doc';
import { NUMBER_LOCALES } from './number-display';

export { formatNumberInput, NUMBER_LOCALES } from './number-display';

/**
 * Numbers as people type them, in the interface language: "20.000", "1.200.000,50",
 * "100 000", "12,5 %" in Spanish; "20,000", "1,200,000.50", "12.5%" in English. What would
 * mean one number in one language and another in the other ("1.5" in Spanish, "1,5" in
 * English) is refused with the reason instead of guessed.
 */

export interface NumberSpec {
  min?: number | undefined;
  max?: number | undefined;
  /** Whole numbers only (people, attempts, minutes). */
  integer?: boolean | undefined;
  /** An empty field means "no value" (null) instead of a mistake. */
  allowEmpty?: boolean | undefined;
  /**
   * A cell of a file rather than a figure typed: spreadsheets write no thousands marks, so
   * "1,250" in a Spanish file is one and a quarter, not a question to ask.
   */
  fromFile?: boolean | undefined;
}

export type NumberRefusal =
  | { code: 'number.required' }
  | { code: 'number.notANumber' }
  /** The text is a number written the other language's way: what to write instead. */
  | { code: 'number.otherConvention'; values: { decimal: string; group: string } }
  /**
   * One decimal mark and three digits after it ("8,000" in Spanish, "1.500" in English): the
   * language reads a decimal, the other language's habit a thousands group.
   */
  | { code: 'number.ambiguous'; values: { decimal: number; thousands: number } }
  | { code: 'number.notWhole' }
  | { code: 'number.tooSmall'; values: { min: number } }
  | { code: 'number.tooLarge'; values: { max: number } };

export type NumberParse =
  { ok: true; value: number | null } | { ok: false; refusal: NumberRefusal };

/** Every space people (or a copied figure) put between groups: space, no-break, narrow no-break. */
const SPACES = /[\u0020\u00a0\u202f\u2009]/g;
/** Signs, currency and percent marks around the digits, which the number does not need. */
const DECORATION =
  /^[+\-−]?\s*(?:[€$£]|US\$|EUR|USD|GBP|MXN|COP|ARS|CLP)?\s*|\s*(?:[€$£%]|EUR|USD|GBP|MXN|COP|ARS|CLP)?\s*$/gi;

interface Convention {
  decimal: string;
  group: string;
}

const CONVENTIONS: Record<Language, Convention> = {
  en: { decimal: '.', group: ',' },
  es: { decimal: ',', group: '.' },
};

/** Digits with the language's (or a space's) groups of three, and its decimal mark. */
function wellFormed(digits: string, { decimal, group }: Convention): boolean {
  const g = `[${group === '.' ? '\\.' : group} ]`;
  const d = decimal === '.' ? '\\.' : decimal;
  const grouped = new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`);
  const plain = new RegExp(`^\\d+(?:${d}\\d+)?$|^${d}\\d+$`);
  return grouped.test(digits) || plain.test(digits);
}

/** A decimal mark after one to three digits (not a leading 0) and before exactly three. */
function looksLikeThousands(digits: string, { decimal }: Convention): boolean {
  const d = decimal === '.' ? '\\.' : decimal;
  return new RegExp(`^[1-9]\\d{0,2}${d}\\d{3}$`).test(digits);
}

const parsers = new Map<Language, NumberParser>();
function parserFor(language: Language): NumberParser {
  let parser = parsers.get(language);
  if (!parser) {
    parser = new NumberParser(NUMBER_LOCALES[language], { style: 'decimal' });
    parsers.set(language, parser);
  }
  return parser;
}

export function parseNumberInput(
  text: string,
  language: Language,
  spec: NumberSpec = {},
): NumberParse {
  const trimmed = text.trim();
  if (trimmed === '') {
    return spec.allowEmpty
      ? { ok: true, value: null }
      : { ok: false, refusal: { code: 'number.required' } };
  }
  const negative = /^[-−]/.test(trimmed);
  const digits = trimmed.replace(DECORATION, '').replace(SPACES, ' ').trim();
  if (!/^[\d., ]+$/.test(digits) || !/\d/.test(digits)) {
    return { ok: false, refusal: { code: 'number.notANumber' } };
  }
  const own = CONVENTIONS[language];
  if (!wellFormed(digits, own)) {
    const other = CONVENTIONS[language === 'en' ? 'es' : 'en'];
    if (wellFormed(digits, other)) {
      return { ok: false, refusal: { code: 'number.otherConvention', values: { ...own } } };
    }
    return { ok: false, refusal: { code: 'number.notANumber' } };
  }
  // The locale parser reads the well-formed text: its group and decimal marks, its digits.
  const magnitude = parserFor(language).parse(digits.replace(/ /g, ''));
  if (!Number.isFinite(magnitude)) return { ok: false, refusal: { code: 'number.notANumber' } };
  const sign = negative ? -1 : 1;
  // "8,000" typed in Spanish reads as 8, and was stored as 8 in a whole-number field when
  // the typist meant eight thousand the English way: a figure that means either is asked
  // about, never guessed.
  if (!spec.fromFile && looksLikeThousands(digits, own)) {
    const thousands = Number(digits.replace(own.decimal, ''));
    return {
      ok: false,
      refusal: {
        code: 'number.ambiguous',
        values: { decimal: sign * magnitude, thousands: sign * thousands },
      },
    };
  }
  return checkRange(sign * magnitude, spec);
}

export function checkRange(value: number, spec: NumberSpec): NumberParse {
  if (spec.integer && !Number.isInteger(value)) {
    return { ok: false, refusal: { code: 'number.notWhole' } };
  }
  if (spec.min !== undefined && value < spec.min) {
    return { ok: false, refusal: { code: 'number.tooSmall', values: { min: spec.min } } };
  }
  if (spec.max !== undefined && value > spec.max) {
    return { ok: false, refusal: { code: 'number.tooLarge', values: { max: spec.max } } };
  }
  return { ok: true, value };
}
