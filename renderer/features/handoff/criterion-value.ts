import type { Language } from '../../../shared/domain/plan-doc';
import type { ScoringCriterion } from '../../../shared/domain/handoff';
import { formatNumberInput } from '../../../shared/format/number-display';

/**
 * A criterion's value as a reader of the language reads it. An "at least" value is kept
 * as one number ("1200000.5", whatever marks it was typed with) and shown grouped in the
 * language's marks ("1.200.000,5"); any other value is shown as typed.
 */
export function shownCriterionValue(
  criterion: Pick<ScoringCriterion, 'operator' | 'value'>,
  language: Language,
): string {
  const number = criterion.value.trim() === '' ? NaN : Number(criterion.value);
  return criterion.operator === 'atLeast' && Number.isFinite(number)
    ? formatNumberInput(number, language)
    : criterion.value;
}

/** A criterion as the printed plan states it: a number bare, a text in the language's quotes. */
export function criterionValueInText(
  criterion: Pick<ScoringCriterion, 'operator' | 'value'>,
  language: Language,
): string {
  if (criterion.operator === 'present') return '';
  const shown = shownCriterionValue(criterion, language);
  if (criterion.operator === 'atLeast') return shown;
  return language === 'es' ? `«${shown}»` : `“${shown}”`;
}
