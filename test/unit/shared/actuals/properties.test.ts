import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateActuals, type ActualsFigures } from '../../../../shared/actuals/aggregate';
import type { ActualRecord, TargetStage } from '../../../../shared/actuals/records';

const STAGES: TargetStage[] = ['Lead', 'MQL', 'SQL', 'Won'].map((name) => ({ key: name, name }));
const START = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

/** Records as an export gives them: some stages dated within two years, ids that may repeat. */
const records = fc
  .array(
    fc.record({
      id: fc.option(fc.integer({ min: 1, max: 40 }).map(String), { freq: 8 }),
      entered: fc.array(fc.option(fc.integer({ min: 0, max: 730 * 24 }), { freq: 2 }), {
        minLength: STAGES.length,
        maxLength: STAGES.length,
      }),
      amount: fc.option(fc.integer({ min: 1, max: 100_000 })),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map((row, index): ActualRecord => ({
      row: index + 2,
      id: row.id,
      entered: row.entered.map((hours) => (hours === null ? null : START + hours * (DAY / 24))),
      amount: row.amount,
      firstResponse: null,
      feedback: null,
    })),
  );

/** The figures without where each finding sits in the file, which moves with the rows. */
function comparable(figures: ActualsFigures) {
  return { ...figures, outOfOrder: figures.outOfOrder.length };
}

describe('the figures from an export', () => {
  it('do not depend on the order of its rows', () => {
    fc.assert(
      fc.property(records, fc.func(fc.integer()), (input, key) => {
        const shuffled = [...input].sort((a, b) => key(a.row) - key(b.row));
        for (const counting of ['strict', 'passThrough'] as const) {
          expect(comparable(aggregateActuals(shuffled, STAGES, counting))).toEqual(
            comparable(aggregateActuals(input, STAGES, counting)),
          );
        }
      }),
    );
  });

  it('do not change when every row with an id is exported twice', () => {
    fc.assert(
      fc.property(records, (input) => {
        const withIds = input.filter((record) => record.id !== null);
        const twice = [
          ...withIds,
          ...withIds.map((record) => ({ ...record, row: record.row + 1000 })),
        ];
        const once = aggregateActuals(withIds, STAGES, 'passThrough');
        const doubled = aggregateActuals(twice, STAGES, 'passThrough');
        expect({ ...comparable(doubled), duplicates: 0 }).toEqual({
          ...comparable(once),
          duplicates: 0,
        });
        expect(doubled.duplicates).toBe(once.duplicates + withIds.length);
      }),
    );
  });

  it('count pass-through never below strict, for any stage and month', () => {
    fc.assert(
      fc.property(records, (input) => {
        const strict = aggregateActuals(input, STAGES, 'strict').months;
        const through = aggregateActuals(input, STAGES, 'passThrough').months;
        const count = (months: typeof strict, month: string, stage: string) =>
          months.find((m) => m.month === month && m.stage === stage)?.entered ?? 0;
        for (const { month, stage, entered } of strict) {
          expect(count(through, month, stage)).toBeGreaterThanOrEqual(entered);
        }
      }),
    );
  });

  it('never call a cohort rate before its horizon has passed, and keep rates within 0–1', () => {
    fc.assert(
      fc.property(records, (input) => {
        const figures = aggregateActuals(input, STAGES, 'passThrough');
        for (const cohort of figures.cohorts) {
          for (const [horizon, { reached, rate }] of Object.entries(cohort.within)) {
            expect(reached).toBeLessThanOrEqual(cohort.entered);
            if (rate === null) continue;
            expect(rate).toBeGreaterThanOrEqual(0);
            expect(rate).toBeLessThanOrEqual(1);
            const [year, month] = cohort.month.split('-').map(Number);
            const matured = Date.UTC(year ?? 0, month ?? 0, 1) + Number(horizon) * DAY;
            expect(matured).toBeLessThanOrEqual(Date.parse(`${figures.asOf}T23:59:59Z`));
          }
        }
      }),
    );
  });
});

describe('a large export', () => {
  it('is counted whole: 150,000 records of four stages each', () => {
    const big: ActualRecord[] = Array.from({ length: 150_000 }, (_, index) => ({
      row: index + 2,
      id: String(index),
      entered: STAGES.map((_, s) => START + (index % 700) * DAY + s * DAY),
      amount: null,
      firstResponse: null,
      feedback: null,
    }));
    const figures = aggregateActuals(big, STAGES, 'strict');
    expect(figures.records).toBe(150_000);
    expect(figures.months.reduce((sum, m) => sum + m.entered, 0)).toBe(600_000);
  });
});

describe('stages the export does not date', () => {
  it('are filled passing through only after the first stage it dates, never before', () => {
    const stages = ['Subscriber', 'Lead', 'SAL', 'Customer'].map((name) => ({ key: name, name }));
    const day = Date.UTC(2026, 2, 10);
    // The export dates Lead and Customer; SAL lies between them, Subscriber before both.
    const records: ActualRecord[] = [
      {
        row: 2,
        id: '1',
        entered: [null, day, null, day + 5 * DAY],
        amount: null,
        firstResponse: null,
        feedback: null,
      },
    ];
    const figures = aggregateActuals(records, stages, 'passThrough', { measured: [1, 3] });
    expect(figures.months.map((m) => m.stage)).toEqual(['Lead', 'SAL', 'Customer']);
    expect(figures.measured).toEqual(['Lead', 'Customer']);
  });
});
