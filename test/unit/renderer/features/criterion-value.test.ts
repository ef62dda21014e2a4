import { describe, expect, it } from 'vitest';
import {
  criterionValueInText,
  shownCriterionValue,
} from '../../../../renderer/features/handoff/criterion-value';

describe('a scoring criterion’s value as a reader reads it', () => {
  it('shows an “at least” number in the language’s marks, kept as one number', () => {
    const criterion = { operator: 'atLeast' as const, value: '1200000.5' };
    expect(shownCriterionValue(criterion, 'es')).toBe('1.200.000,5');
    expect(shownCriterionValue(criterion, 'en')).toBe('1,200,000.5');
    // Printed bare: a number is not a quotation.
    expect(criterionValueInText(criterion, 'es')).toBe('1.200.000,5');
  });

  it('shows a text as typed, in the language’s quotes; a number-looking text is not reformatted', () => {
    expect(criterionValueInText({ operator: 'equals', value: 'Director' }, 'es')).toBe(
      '«Director»',
    );
    expect(criterionValueInText({ operator: 'contains', value: '1000' }, 'en')).toBe('“1000”');
    expect(criterionValueInText({ operator: 'present', value: 'x' }, 'en')).toBe('');
    // What is not a number under "at least" (a plan from before numbers were checked).
    expect(shownCriterionValue({ operator: 'atLeast', value: 'muchos' }, 'es')).toBe('muchos');
  });
});
