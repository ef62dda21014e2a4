import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseNumberInput } from '../../../../shared/format/number-input';

const value = (text: string, language: 'en' | 'es', spec = {}) => {
  const parsed = parseNumberInput(text, language, spec);
  return parsed.ok ? parsed.value : parsed.refusal.code;
};

describe('numbers typed in Spanish', () => {
  it.each([
    ['20.000', 20000],
    ['20.000 €', 20000],
    ['1.200.000,50', 1200000.5],
    ['100 000', 100000],
    ['100\u00a0000', 100000],
    ['1.250.000', 1250000],
    ['12,5', 12.5],
    ['12,5 %', 12.5],
    ['1.500', 1500],
    ['0,15', 0.15],
    [',5', 0.5],
    ['-1.000', -1000],
    ['1500', 1500],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text, 'es')).toBe(expected);
  });

  it.each(['1.5', '12.50', '1,200.50'])(
    'refuses %s, written the English way, with the reason',
    (text) => {
      expect(parseNumberInput(text, 'es')).toEqual({
        ok: false,
        refusal: { code: 'number.otherConvention', values: { decimal: ',', group: '.' } },
      });
    },
  );

  it.each(['1e15', 'doce', '1.2.3', '12,5,0', '--5', '1.00.000'])(
    'refuses %s as not a number',
    (text) => {
      expect(value(text, 'es')).toBe('number.notANumber');
    },
  );
});

describe('numbers typed in English', () => {
  it.each([
    ['20,000', 20000],
    ['$20,000', 20000],
    ['1,200,000.50', 1200000.5],
    ['12.5', 12.5],
    ['12.5%', 12.5],
    ['1,000', 1000],
    ['100 000', 100000],
    ['0.15', 0.15],
    ['-250', -250],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text, 'en')).toBe(expected);
  });

  it.each(['1,5', '12,50', '1.200.000,50'])(
    'refuses %s, written the Spanish way, with the reason',
    (text) => {
      expect(value(text, 'en')).toBe('number.otherConvention');
    },
  );
});

describe('a figure that reads one way in each language', () => {
  it.each([
    ['8,000', 'es', 8, 8000],
    ['12,500', 'es', 12.5, 12500],
    ['-1,250', 'es', -1.25, -1250],
    ['1.500', 'en', 1.5, 1500],
    ['250.000', 'en', 250, 250000],
  ] as const)('asks about %s (%s) instead of guessing', (text, language, decimal, thousands) => {
    expect(parseNumberInput(text, language, { integer: true })).toEqual({
      ok: false,
      refusal: { code: 'number.ambiguous', values: { decimal, thousands } },
    });
    expect(parseNumberInput(text, language)).toMatchObject({
      ok: false,
      refusal: { code: 'number.ambiguous' },
    });
  });

  it.each([
    ['0,125', 'es', 0.125],
    ['8,0', 'es', 8],
    ['8,0000', 'es', 8],
    ['1.200,500', 'es', 1200.5],
    ['8.000', 'es', 8000],
    ['0.125', 'en', 0.125],
    ['1,500', 'en', 1500],
  ] as const)('reads %s (%s), which means one thing only', (text, language, expected) => {
    expect(value(text, language)).toBe(expected);
  });

  it('reads a file’s cell as its spreadsheet wrote it: a decimal', () => {
    expect(parseNumberInput('1,250', 'es', { fromFile: true })).toEqual({ ok: true, value: 1.25 });
  });
});

describe('limits', () => {
  it('says which way a number is out of range', () => {
    expect(parseNumberInput('150', 'en', { min: 0, max: 100 })).toEqual({
      ok: false,
      refusal: { code: 'number.tooLarge', values: { max: 100 } },
    });
    expect(parseNumberInput('-1.000', 'es', { min: -100, max: 100 })).toEqual({
      ok: false,
      refusal: { code: 'number.tooSmall', values: { min: -100 } },
    });
  });

  it('refuses a fraction where only whole numbers make sense', () => {
    expect(value('6,5', 'es', { integer: true })).toBe('number.notWhole');
    expect(value('6', 'es', { integer: true })).toBe(6);
  });

  it('takes an empty field as no value only where that is allowed', () => {
    expect(value('  ', 'en', { allowEmpty: true })).toBeNull();
    expect(value('', 'en')).toBe('number.required');
  });
});

describe('numbers shown in a field', () => {
  it('are grouped in the language’s marks and read back as the same number', () => {
    expect(formatNumberInput(1200000.5, 'es')).toBe('1.200.000,5');
    expect(formatNumberInput(2000, 'es')).toBe('2.000');
    expect(formatNumberInput(1200000.5, 'en')).toBe('1,200,000.5');
    expect(formatNumberInput(15.000000000000002, 'en')).toBe('15');
    expect(formatNumberInput(null, 'en')).toBe('');
    for (const n of [0, 0.15, 12.5, 999, 1000, 123456.789, 1e12, -42.5]) {
      for (const language of ['en', 'es'] as const) {
        expect(value(formatNumberInput(n, language), language)).toBe(n);
      }
    }
  });

  it('show an amount of money’s cents as two digits, and a whole amount without them', () => {
    expect(formatNumberInput(12000.5, 'es', { money: true })).toBe('12.000,50');
    expect(formatNumberInput(12000.5, 'en', { money: true })).toBe('12,000.50');
    expect(formatNumberInput(20000, 'es', { money: true })).toBe('20.000');
    expect(formatNumberInput(0.1 + 0.2, 'es', { money: true })).toBe('0,30');
    // Nothing stored is rounded away: a third decimal (a unit price) still shows.
    expect(formatNumberInput(19.995, 'en', { money: true })).toBe('19.995');
    for (const n of [12000.5, 1200000.05, -42.5, 7]) {
      for (const language of ['en', 'es'] as const) {
        expect(value(formatNumberInput(n, language, { money: true }), language)).toBe(n);
      }
    }
  });
});
