import { describe, expect, it } from 'vitest';
import { formatShareOfPlan } from '../../../../renderer/ui/format';

/** Spanish puts a no-break space before the percent sign; compared as a plain space. */
const share = (value: number, language: string) =>
  formatShareOfPlan(value, language).replace(/\u00a0/g, ' ');

describe('a difference against the plan, as a share', () => {
  it('is whole percents, signed', () => {
    expect(share(-0.2, 'es')).toBe('-20 %');
    expect(share(0.333, 'en')).toBe('+33%');
    expect(share(-1, 'es')).toBe('-100 %');
    expect(share(0, 'en')).toBe('0%');
  });

  it('never rounds some into none, or a difference into none', () => {
    // Two leads of 500 planned.
    expect(share(-498 / 500, 'es')).toBe('-99,6 %');
    expect(share(2 / 500, 'en')).toBe('+0.4%');
  });
});
