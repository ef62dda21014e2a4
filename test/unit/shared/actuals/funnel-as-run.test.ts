import { describe, expect, it } from 'vitest';
import { funnelAsRun, RECORDS_TO_JUDGE } from '../../../../shared/actuals/funnel-as-run';
import { actualsImport } from '../../../helpers/actuals';
import type { ActualsImport } from '../../../../shared/domain/actuals';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';

/** The waterfall funnel: Inquiry 15 % MQL 50 % SAL 60 % SQL 25 % Won; 10 customers a month needed. */
const funnel = {
  ...buildFunnelTemplate('waterfall', 'en', 'w'),
  assumptions: {
    period: 'month' as const,
    revenueTarget: 100_000,
    avgDealSize: 10_000,
    topVolume: 1000,
  },
};

const cohort = (fromId: string, toId: string, month: string, entered: number, r: number[]) => ({
  fromId,
  toId,
  month,
  entered,
  reached30: r[0] ?? 0,
  reached60: r[1] ?? 0,
  reached90: r[2] ?? 0,
});

const entry = actualsImport({
  importedAt: '2026-07-01T09:00:00.000Z',
  asOf: '2026-06-30',
  lastMonth: '2026-06',
  records: 5000,
  months: [
    { month: '2026-04', stageId: 'w-inquiry', entered: 900 },
    { month: '2026-05', stageId: 'w-inquiry', entered: 1200 },
    { month: '2026-06', stageId: 'w-inquiry', entered: 1500 },
    { month: '2026-04', stageId: 'w-mql', entered: 90 },
    { month: '2026-05', stageId: 'w-mql', entered: 150 },
  ],
  cohorts: [
    // January's cohorts are 90 days old by the end of June; May's are not even 30.
    cohort('w-inquiry', 'w-mql', '2026-01', 100, [8, 10, 12]),
    cohort('w-inquiry', 'w-mql', '2026-05', 100, [1, 1, 1]),
    cohort('w-mql', 'w-sal', '2026-01', 40, [6, 8, 10]),
  ],
  timeInStage: [{ fromId: 'w-inquiry', toId: 'w-mql', count: 12, medianDays: 21, p90Days: 60 }],
  // The export dates every stage of the plan.
  measured: ['w-inquiry', 'w-mql', 'w-sal', 'w-sql', 'w-won'],
});

describe('the funnel as it ran', () => {
  it('takes each step’s rate from cohorts old enough to judge, over the longest window', () => {
    const run = funnelAsRun({ profiles: [], reviews: [], imports: [entry] }, funnel);
    expect(run.steps[0]).toMatchObject({
      planRate: 0.15,
      actualRate: 0.12,
      horizon: 90,
      medianDays: 21,
    });
    expect(run.steps[1]).toMatchObject({ planRate: 0.5, actualRate: 0.25, horizon: 90 });
    // Month by month, MQLs for each inquiry: 90 of 900, 150 of 1,200, none of 1,500.
    expect(run.steps[0]?.trend).toEqual([
      { month: '2026-04', rate: 0.1 },
      { month: '2026-05', rate: 0.125 },
      { month: '2026-06', rate: 0 },
    ]);
    // A step with no entries at its top in any month has no trend.
    expect(run.steps[2]?.trend).toEqual([]);
    // No cohorts for the last two steps: nothing seen, never a rate of 0.
    expect(run.steps[2]).toMatchObject({ actualRate: null, horizon: null });
  });

  it('does not judge a step that usually takes longer than the window its cohorts allow', () => {
    const slow: ActualsImport = {
      ...entry,
      asOf: '2026-03-15',
      cohorts: [cohort('w-inquiry', 'w-mql', '2026-01', 100, [0, 0, 0])],
      timeInStage: [{ fromId: 'w-inquiry', toId: 'w-mql', count: 5, medianDays: 54, p90Days: 80 }],
    };
    const run = funnelAsRun({ profiles: [], reviews: [], imports: [slow] }, funnel);
    expect(run.steps[0]).toMatchObject({ actualRate: null, horizon: null });
    expect(run.bottleneck).toBeNull();
  });

  it('names the step furthest below its plan, and forecasts again at the rates seen', () => {
    const run = funnelAsRun({ profiles: [], reviews: [], imports: [entry] }, funnel);
    // 12 % against 15 % is 20 % short; 25 % against 50 % is half: MQL → SAL.
    expect(run.bottleneck).toEqual({
      fromId: 'w-mql',
      toId: 'w-sal',
      planRate: 0.5,
      actualRate: 0.25,
    });
    // The last three months brought 1,200 a month at the top; at 12 % × 25 % × 60 % × 25 %
    // (0.45 %) that is 5 customers a month, and 10 need 2,223 at the top.
    expect(run.topPerMonth).toBe(1200);
    expect(run.customersPerMonth).toBe(5);
    expect(run.topNeededPerMonth).toBe(2223);
  });

  it('judges a step by a window that holds enough records, and names no bottleneck off a handful', () => {
    // By mid-December, October's six opportunities are judged within 30 days (four won),
    // September's one within 60 too (not won).
    const late: ActualsImport = {
      ...entry,
      asOf: '2026-12-15',
      lastMonth: '2026-11',
      cohorts: [
        ...entry.cohorts,
        cohort('w-sql', 'w-won', '2026-09', 1, [0, 0, 0]),
        cohort('w-sql', 'w-won', '2026-10', 6, [4, 0, 0]),
      ],
    };
    const run = funnelAsRun({ profiles: [], reviews: [], imports: [late] }, funnel);
    const won = run.steps.find((step) => step.toId === 'w-won');
    // Neither window holds ten records: the fuller one speaks, 4 of 7 within 30 days.
    expect(won).toMatchObject({ horizon: 30, cohortSize: 7, actualRate: 4 / 7 });
    expect(won!.cohortSize).toBeLessThan(RECORDS_TO_JUDGE);
    // 57 % against 25 % planned would not be a shortfall anyway; at 0 % it would, and seven
    // records still do not name it.
    const lost = funnelAsRun(
      {
        profiles: [],
        reviews: [],
        imports: [
          { ...late, cohorts: [...entry.cohorts, cohort('w-sql', 'w-won', '2026-10', 7, [0])] },
        ],
      },
      funnel,
    );
    expect(lost.steps.find((step) => step.toId === 'w-won')?.actualRate).toBe(0);
    expect(lost.bottleneck).not.toBeNull();
    expect(lost.bottleneck?.toId).not.toBe('w-won');
    // Nor does the forecast run on it: the plan's 25 % stands in, as for a step not read.
    const unread = funnelAsRun(
      { profiles: [], reviews: [], imports: [{ ...late, cohorts: entry.cohorts }] },
      funnel,
    );
    expect(lost.customersPerMonth).toBe(unread.customersPerMonth);
    expect(lost.topNeededPerMonth).toBe(unread.topNeededPerMonth);
    // With enough records, the longest window that holds them is read, and judged.
    const many = funnelAsRun(
      {
        profiles: [],
        reviews: [],
        imports: [
          {
            ...late,
            cohorts: [
              ...entry.cohorts,
              cohort('w-sql', 'w-won', '2026-08', 12, [0, 1, 1]),
              cohort('w-sql', 'w-won', '2026-10', 30, [3]),
            ],
          },
        ],
      },
      funnel,
    );
    expect(many.steps.find((step) => step.toId === 'w-won')).toMatchObject({
      horizon: 90,
      cohortSize: 12,
    });
    expect(many.bottleneck).toMatchObject({ fromId: 'w-sql', toId: 'w-won', actualRate: 1 / 12 });
  });

  it('reads no step whose stage the export does not date, and finds no bottleneck there', () => {
    const partial = { ...entry, measured: ['w-inquiry', 'w-mql'] };
    const run = funnelAsRun({ profiles: [], reviews: [], imports: [partial] }, funnel);
    const step = run.steps.find((s) => s.fromId === 'w-mql');
    expect(step).toMatchObject({ actualRate: null, medianDays: null, trend: [] });
    expect(run.bottleneck?.fromId).not.toBe('w-mql');
  });
});
