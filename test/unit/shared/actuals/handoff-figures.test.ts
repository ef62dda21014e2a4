import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseExport } from '../../../../shared/actuals/analyse';
import type { ImportProfile } from '../../../../shared/actuals/profile';
import { readCsvText } from '../../../../shared/actuals/table';
import {
  businessHoursBetween,
  standardCalendar,
  wallClockIn,
  type BusinessCalendar,
} from '../../../../shared/domain/business-calendar';

const madrid = standardCalendar('Europe/Madrid');
const at = (text: string) => Date.parse(`${text}Z`);

describe('business hours between two moments', () => {
  it('count only the opening hours of working days', () => {
    // 2026-03-06 is a Friday: one hour before closing, one after Monday's opening.
    expect(businessHoursBetween(at('2026-03-06T17:00'), at('2026-03-09T10:00'), madrid)).toBe(2);
    expect(businessHoursBetween(at('2026-03-09T10:00'), at('2026-03-09T12:30'), madrid)).toBe(2.5);
    // Saturday to Saturday, and before opening to before opening of the same day.
    expect(businessHoursBetween(at('2026-03-07T11:00'), at('2026-03-07T15:00'), madrid)).toBe(0);
    expect(businessHoursBetween(at('2026-03-09T06:00'), at('2026-03-09T08:59'), madrid)).toBe(0);
    // An answer logged before the lead was qualified counts as no wait at all.
    expect(businessHoursBetween(at('2026-03-09T12:00'), at('2026-03-09T10:00'), madrid)).toBe(0);
  });

  it('skip holidays, and count whole weeks at once', () => {
    const withHoliday: BusinessCalendar = { ...madrid, holidays: ['2026-03-09'] };
    expect(businessHoursBetween(at('2026-03-06T17:00'), at('2026-03-10T10:00'), withHoliday)).toBe(
      2,
    );
    // Three weeks from a Monday's opening: 15 working days of 9 hours, less one holiday.
    const start = at('2026-03-02T09:00');
    const end = at('2026-03-23T09:00');
    expect(businessHoursBetween(start, end, madrid)).toBe(135);
    expect(
      businessHoursBetween(start, end, { ...madrid, holidays: ['2026-03-11', '2026-03-14'] }),
    ).toBe(126);
  });

  it('equal an hour-by-hour count for any span, calendar and holidays', () => {
    const HOUR = 3_600_000;
    const origin = at('2026-01-05T00:00');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 24 * 60 }),
        fc.integer({ min: 0, max: 24 * 60 }),
        fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 13, max: 23 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 6 }),
        (startHour, length, workingDays, opens, closes, holidayDays) => {
          const calendar: BusinessCalendar = {
            workingDays,
            opensAt: `${String(opens).padStart(2, '0')}:00`,
            closesAt: `${String(closes).padStart(2, '0')}:00`,
            holidays: holidayDays.map((d) =>
              new Date(origin + d * 24 * HOUR).toISOString().slice(0, 10),
            ),
            timeZone: 'UTC',
          };
          const start = origin + startHour * HOUR;
          let expected = 0;
          for (let hour = start; hour < start + length * HOUR; hour += HOUR) {
            const moment = new Date(hour);
            const weekday = moment.getUTCDay() === 0 ? 7 : moment.getUTCDay();
            const open =
              workingDays.includes(weekday) &&
              !calendar.holidays.includes(moment.toISOString().slice(0, 10)) &&
              moment.getUTCHours() >= opens &&
              moment.getUTCHours() < closes;
            if (open) expected++;
          }
          expect(businessHoursBetween(start, start + length * HOUR, calendar)).toBe(expected);
        },
      ),
      { numRuns: 300, seed: 20261130 },
    );
  });
});

describe('a time written with its offset', () => {
  it('is read on the team clock, summer time included', () => {
    expect(new Date(wallClockIn(at('2026-03-02T08:00'), 'Europe/Madrid')).toISOString()).toBe(
      '2026-03-02T09:00:00.000Z',
    );
    expect(new Date(wallClockIn(at('2026-07-01T08:00'), 'Europe/Madrid')).toISOString()).toBe(
      '2026-07-01T10:00:00.000Z',
    );
    expect(new Date(wallClockIn(at('2026-07-01T08:00'), 'America/Mexico_City')).toISOString()).toBe(
      '2026-07-01T02:00:00.000Z',
    );
  });
});

/**
 * Five leads qualified in March 2026 (two of them on a Friday afternoon), answered by sales
 * on the team's clock in Madrid, and what sales said of them in the Lead Status column.
 */
const EXPORT = [
  'Record ID,Became an MQL,Became an SQL,First contact,Lead Status',
  '1,2026-03-02 10:00,2026-03-04 10:00,2026-03-02 11:00,Accepted',
  '2,2026-03-06 16:00,,2026-03-09 10:00,Rejected - no budget',
  '3,2026-03-06 17:30,2026-03-12 09:00,2026-03-09T14:30:00Z,Accepted',
  '4,2026-03-10 09:00,,,Bad fit',
  '5,2026-03-31 18:30,,2026-04-01 09:30,',
  // Record 1 again: a duplicate row changes nothing.
  '1,2026-03-02 10:00,2026-03-04 10:00,2026-03-02 11:00,Accepted',
].join('\n');

const PROFILE: ImportProfile = {
  crm: 'other',
  kind: 'leads',
  recordId: 'Record ID',
  stages: [
    { name: 'MQL', dateColumn: 'Became an MQL' },
    { name: 'SQL', dateColumn: 'Became an SQL' },
  ],
  planStages: { MQL: 'mql', SQL: 'sql' },
  amount: null,
  firstResponse: 'First contact',
  feedback: {
    column: 'Lead Status',
    accepted: ['accepted'],
    rejected: { 'Rejected - no budget': 'noBudget', 'BAD FIT': 'notIcp' },
  },
  dayOrder: null,
};

describe('the handoff as it ran, from an export', () => {
  const { table } = readCsvText(EXPORT);
  const analysis = analyseExport(table!, {
    planStages: [
      { id: 'mql', name: 'MQL' },
      { id: 'sql', name: 'SQL' },
    ],
    profile: PROFILE,
    sla: { stageKey: 'mql', targetHours: 4, calendar: madrid },
  });

  it('counts answers within the SLA in business hours, by the month leads were qualified', () => {
    expect(analysis.problems).toEqual([]);
    // 1: 1 h. 2: Fri 16:00 → Mon 10:00 is 2 + 1 = 3 h. 3: Fri 17:30 → Mon 14:30Z, which is
    // 15:30 in Madrid: 0.5 + 6.5 = 7 h, late. 4: not answered. 5 (31 March after closing):
    // half an hour on 1 April.
    expect(analysis.figures!.handoff!.responses).toEqual({
      targetHours: 4,
      months: [{ month: '2026-03', qualified: 5, answered: 4, withinTarget: 3, medianHours: 2 }],
    });
  });

  it("counts sales' verdicts by reason, whatever the case the CRM writes them in", () => {
    expect(analysis.figures!.handoff!.feedback).toEqual([
      { month: '2026-03', accepted: 2, rejected: { noBudget: 1, notIcp: 1 } },
    ]);
  });

  it('counts no unanswered lead when the export has no first-response column', () => {
    const without = analyseExport(table!, {
      planStages: [{ id: 'mql', name: 'MQL' }],
      profile: { ...PROFILE, firstResponse: null, planStages: { MQL: 'mql' } },
      sla: { stageKey: 'mql', targetHours: 4, calendar: madrid },
    });
    expect(without.figures!.handoff!.responses).toBeNull();
    expect(without.figures!.handoff!.feedback).toHaveLength(1);
  });
});
