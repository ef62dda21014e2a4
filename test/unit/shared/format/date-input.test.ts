import { describe, expect, it } from 'vitest';
import { formatDateInput, localToday, parseDateInput } from '../../../../shared/format/date-input';

const read = (text: string, language: 'en' | 'es') => {
  const parsed = parseDateInput(text, language, { allowEmpty: true });
  return parsed.ok ? parsed.value : parsed.refusal;
};

describe('dates typed the language’s way', () => {
  it('reads day first in Spanish and month first in English', () => {
    expect(read('31/12/2026', 'es')).toBe('2026-12-31');
    expect(read('1/2/2027', 'es')).toBe('2027-02-01');
    expect(read('01.02.2027', 'es')).toBe('2027-02-01');
    expect(read('12/31/2026', 'en')).toBe('2026-12-31');
    expect(read('1/2/2027', 'en')).toBe('2027-01-02');
  });

  it('takes an ISO date pasted from elsewhere in either language', () => {
    expect(read('2026-11-30', 'es')).toBe('2026-11-30');
    expect(read('2026-11-30', 'en')).toBe('2026-11-30');
  });

  it('refuses a day that does not exist, saying which', () => {
    expect(read('31/02/2027', 'es')).toEqual({
      code: 'date.noSuchDay',
      values: { day: 31, month: 2, year: 2027 },
    });
    expect(read('12/31/2026', 'es')).toMatchObject({ code: 'date.noSuchDay' });
    expect(read('29/02/2028', 'es')).toBe('2028-02-29');
    expect(read('02/29/2027', 'en')).toMatchObject({ code: 'date.noSuchDay' });
  });

  it('refuses half a date, or words, with the pattern to follow', () => {
    for (const text of ['12/31', '31/12/26', '2026', 'mañana', '31/12/20266']) {
      expect(read(text, 'es')).toEqual({ code: 'date.format', values: { pattern: 'dd/mm/aaaa' } });
    }
    expect(read('12/31', 'en')).toEqual({ code: 'date.format', values: { pattern: 'mm/dd/yyyy' } });
  });

  it('takes an empty field as no date only where that is allowed', () => {
    expect(read('', 'en')).toBeNull();
    expect(parseDateInput(' ', 'es')).toEqual({ ok: false, refusal: { code: 'date.required' } });
  });

  it('shows a stored date in the order it is typed, and reads it back the same', () => {
    expect(formatDateInput('2026-12-31', 'es')).toBe('31/12/2026');
    expect(formatDateInput('2026-12-31', 'en')).toBe('12/31/2026');
    expect(formatDateInput(null, 'en')).toBe('');
    for (const iso of ['2026-01-05', '2027-12-31', '2028-02-29']) {
      for (const language of ['en', 'es'] as const) {
        expect(read(formatDateInput(iso, language), language)).toBe(iso);
      }
    }
  });

  it('knows today where the user is, not in UTC', () => {
    // 23:30 on 30 November in a zone behind UTC is still the 30th there.
    const lateEvening = new Date(2026, 10, 30, 23, 30);
    expect(localToday(lateEvening)).toBe('2026-11-30');
  });
});
