import { describe, expect, it } from 'vitest';
import { funnelAsRun } from '../../../../shared/actuals/funnel-as-run';
import { byQuarter, planVsActual } from '../../../../shared/actuals/plan-vs-actual';
import { overlappingImports } from '../../../../shared/actuals/to-import';
import { analyzeFunnel } from '../../../../shared/domain/funnel-math';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import { actualsImport } from '../../../helpers/actuals';

/** Inquiry → MQL → SAL → SQL → Won, 1,000 inquiries a month planned. */
const funnel = {
  ...buildFunnelTemplate('waterfall', 'en', 'w'),
  assumptions: { period: 'month' as const, revenueTarget: 0, avgDealSize: 0, topVolume: 1000 },
};
const analysis = analyzeFunnel(funnel);

/** Contacts dated at inquiry, MQL and SAL, January to March, exported on 31 March. */
const contacts = actualsImport({
  id: 'contacts',
  importedAt: '2026-04-01T09:00:00.000Z',
  firstMonth: '2026-01',
  lastMonth: '2026-03',
  asOf: '2026-03-31',
  months: [
    { month: '2026-01', stageId: 'w-inquiry', entered: 800 },
    { month: '2026-01', stageId: 'w-mql', entered: 100 },
    { month: '2026-01', stageId: 'w-sal', entered: 40 },
  ],
  cohorts: [
    {
      fromId: 'w-sal',
      toId: 'w-sql',
      month: '2026-01',
      entered: 40,
      reached30: 0,
      reached60: 0,
      reached90: 0,
    },
  ],
});
/** Deals of the same months, dated at SQL and won. */
const deals = actualsImport({
  id: 'deals',
  kind: 'deals',
  importedAt: '2026-04-02T09:00:00.000Z',
  firstMonth: '2026-01',
  lastMonth: '2026-03',
  asOf: '2026-03-31',
  months: [
    { month: '2026-01', stageId: 'w-sql', entered: 20 },
    { month: '2026-01', stageId: 'w-won', entered: 5 },
  ],
});
const cell = (imports: (typeof contacts)[], stageId: string, month: string) =>
  planVsActual({ profiles: [], reviews: [], imports }, analysis, 'month').cells.find(
    (c) => c.stageId === stageId && c.month === month,
  );

describe('several exports of the same months', () => {
  it('sit side by side: only the same report of the same months replaces another', () => {
    expect(overlappingImports([contacts], deals)).toEqual([]);
    expect(overlappingImports([contacts, deals], contacts)).toEqual([contacts]);
  });

  it('give each stage from the export that dates it', () => {
    expect(cell([contacts, deals], 'w-mql', '2026-01')?.actual).toBe(100);
    expect(cell([contacts, deals], 'w-sql', '2026-01')?.actual).toBe(20);
    expect(cell([contacts, deals], 'w-won', '2026-01')?.actual).toBe(5);
  });

  it('leave a stage no export dates without a figure, never a zero', () => {
    // Contacts alone date inquiry to SAL: SQL and won come after the last stage they date.
    expect(cell([contacts], 'w-sql', '2026-01')).toBeUndefined();
    expect(cell([contacts], 'w-won', '2026-02')).toBeUndefined();
    expect(cell([contacts], 'w-mql', '2026-02')?.actual).toBe(0);
  });

  it('read no step from an export that lacks one of its stages', () => {
    // The contacts export's SAL cohort never reached SQL, because it has no SQL dates.
    const run = funnelAsRun({ profiles: [], reviews: [], imports: [contacts] }, funnel);
    const step = run.steps.find((s) => s.fromId === 'w-sal');
    expect(step).toMatchObject({ state: 'notMeasured', actualRate: null });
    expect(run.bottleneck).toBeNull();
  });

  it('start the re-forecast at the highest stage the exports count', () => {
    const fromMql = actualsImport({
      firstMonth: '2026-01',
      lastMonth: '2026-01',
      months: [
        { month: '2026-01', stageId: 'w-mql', entered: 30 },
        { month: '2026-01', stageId: 'w-sal', entered: 15 },
      ],
    });
    const run = funnelAsRun({ profiles: [], reviews: [], imports: [fromMql] }, funnel);
    expect(run.topId).toBe('w-mql');
    expect(run.topPerMonth).toBe(30);
  });
});

describe('a month the export saw only part of', () => {
  it('is compared with the plan for that part, and says so', () => {
    const tenth = actualsImport({
      firstMonth: '2026-04',
      lastMonth: '2026-04',
      asOf: '2026-04-10',
      months: [{ month: '2026-04', stageId: 'w-inquiry', entered: 300 }],
    });
    // Ten days of April's thirty: a third of 1,000, in whole leads.
    expect(cell([tenth], 'w-inquiry', '2026-04')).toMatchObject({
      actual: 300,
      plan: 333,
      seenUntil: '2026-04-10',
    });
  });
});

/** Inquiries, 900 a month from July to November, exported on 30 November. */
const autumn = actualsImport({
  firstMonth: '2026-07',
  lastMonth: '2026-11',
  asOf: '2026-11-30',
  months: ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11'].map((month) => ({
    month,
    stageId: 'w-inquiry',
    entered: 900,
  })),
});

describe('a quarter the exports cover in part', () => {
  it('is summed over the months it has, and says which they are', () => {
    const quarters = byQuarter(
      planVsActual({ profiles: [], reviews: [], imports: [autumn] }, analysis, 'month'),
    );
    expect(quarters.months).toEqual(['2026-Q3', '2026-Q4']);
    const q4 = quarters.cells.find((c) => c.stageId === 'w-inquiry' && c.month === '2026-Q4');
    expect(q4).toMatchObject({ actual: 1800, plan: 2000, difference: -200 });
    // Q3 is whole; Q4 holds October and November only, and the table says so.
    expect(quarters.partOf.get('2026-Q3')).toBeUndefined();
    expect(quarters.partOf.get('2026-Q4')).toEqual({ from: '2026-10', to: '2026-11' });
  });
});

describe('months outside the plan’s period', () => {
  it('are shown without a plan figure, and a quarter wholly outside is too', () => {
    const table = planVsActual(
      { profiles: [], reviews: [], imports: [autumn] },
      analysis,
      'month',
      {
        start: '2026-10-01',
        end: '2026-12-31',
      },
    );
    const inquiries = (month: string) =>
      table.cells.find((c) => c.stageId === 'w-inquiry' && c.month === month);
    // September's inquiries are not held to a plan that starts in October.
    expect(inquiries('2026-09')).toMatchObject({
      actual: 900,
      plan: null,
      difference: null,
      outsidePlan: true,
    });
    expect(inquiries('2026-10')).toMatchObject({ actual: 900, plan: 1000, outsidePlan: false });
    const quarters = byQuarter(table);
    expect(
      quarters.cells.find((c) => c.month === '2026-Q3' && c.stageId === 'w-inquiry'),
    ).toMatchObject({
      plan: null,
      outsidePlan: true,
    });
    expect(
      quarters.cells.find((c) => c.month === '2026-Q4' && c.stageId === 'w-inquiry'),
    ).toMatchObject({
      actual: 1800,
      plan: 2000,
      outsidePlan: false,
    });
  });
});
