import { describe, expect, it } from 'vitest';
import { numberFormats } from '../../../../renderer/features/funnel/format-numbers';

describe('sums of money in the plan’s language', () => {
  it('print a typed amount as typed: its cents when it has any, none when whole', () => {
    const es = numberFormats('es', 'EUR');
    expect(es.amount(1_200_000.5)).toBe('1.200.000,50\u00a0€');
    expect(es.amount(1_200_000)).toBe('1.200.000\u00a0€');
    expect(numberFormats('en', 'USD').amount(600_000.5)).toBe('$600,000.50');
    expect(es.amount(null)).toBe('–');
  });

  it('round a worked-out sum to the whole unit', () => {
    expect(numberFormats('es', 'EUR').money(9_247.333)).toBe('9.247\u00a0€');
  });
});
