import { describe, expect, it } from 'vitest';
import { analyzeFunnel } from '../../../../shared/domain/funnel-math';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import { newGoal, type Goal } from '../../../../shared/domain/goals';
import { goalColumn, isSharedGoal, suggestStatus } from '../../../../shared/domain/goal-progress';
import { MARKETING_TEAM_ID, SALES_TEAM_ID, type PlanDoc } from '../../../../shared/domain/plan-doc';
import { checkSmart } from '../../../../shared/domain/smart-check';
import { messages } from '../../../../shared/i18n';
import { samplePlan } from '../../../helpers/plans';

function hasMessage(language: 'en' | 'es', key: string): boolean {
  const value = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown> | undefined)?.[part],
      messages[language],
    );
  return typeof value === 'string' && value.length > 0;
}

function planWithFunnel(): PlanDoc {
  const funnel = buildFunnelTemplate('waterfall', 'en', 'w');
  return {
    ...samplePlan(),
    people: [
      { id: 'ana', name: 'Ana Ruiz', roleTitle: 'CMO', teamId: MARKETING_TEAM_ID },
      { id: 'luis', name: 'Luis Gómez', roleTitle: 'VP Sales', teamId: SALES_TEAM_ID },
    ],
    // 1,000 inquiries → 150 MQL → 75 SAL → 45 SQL → 11.25 won
    funnel: {
      ...funnel,
      assumptions: { topVolume: 1000, avgDealSize: 10_000, revenueTarget: 0, period: 'month' },
    },
  };
}

function verdicts(goal: Goal, doc = planWithFunnel()) {
  return Object.fromEntries(
    checkSmart(goal, doc, analyzeFunnel(doc.funnel)).map((f) => [f.letter, f]),
  );
}

const good: Goal = {
  ...newGoal('g1', 'More SQLs'),
  statement: 'Marketing and sales raise accepted SQLs from 40 to 45 a month by March',
  metric: { kind: 'stageVolume', stageId: 'w-sql' },
  baseline: 40,
  target: 45,
  start: '2027-01-01',
  deadline: '2027-03-31',
  ownerIds: ['ana', 'luis'],
  achievable: 'SAL acceptance is already at 60 %',
  relevantTo: 'Q1 revenue target',
};

describe('SMART check', () => {
  it('fails a vague goal on every letter, with reasons', () => {
    const vague = { ...newGoal('v', 'Lead quality'), statement: 'Improve lead quality' };
    const result = verdicts(vague);
    expect(result.S).toMatchObject({ level: 'fail', reason: 'smart.sVague' });
    expect(result.M).toMatchObject({ level: 'fail', reason: 'smart.mNoMetric' });
    expect(result.A).toMatchObject({ level: 'fail', reason: 'smart.aNoTarget' });
    expect(result.R).toMatchObject({ level: 'fail', reason: 'smart.rNone' });
    expect(result.T).toMatchObject({ level: 'fail', reason: 'smart.tNoDeadline' });
  });

  it('passes a goal that says what and who, with metric, baseline, target and dates in the period', () => {
    const result = verdicts(good);
    expect(Object.values(result).map((f) => f.level)).toEqual([
      'pass',
      'pass',
      'pass',
      'pass',
      'pass',
    ]);
  });

  it('warns when the target is above the funnel’s forecast over the goal’s own window', () => {
    // 45 SQLs a month, from 1 January to 31 March (90 days): 45 × 90 ÷ 30.42 ≈ 133.
    const result = verdicts({ ...good, target: 500 });
    expect(result.A).toMatchObject({
      level: 'warn',
      reason: 'smart.aAboveWindow',
      values: { target: 500, start: '2027-01-01', end: '2027-03-31' },
    });
    // Whole leads, as everywhere: 133.15 is shown as the 133 it contains.
    expect(result.A?.values['forecast']).toBe(Math.floor((45 * 90) / (365 / 12)));
    expect(verdicts({ ...good, target: 120 }).A).toMatchObject({
      level: 'pass',
      reason: 'smart.aPassWindow',
    });
  });

  it('prorates a year’s forecast to a one-month goal instead of comparing it with the year', () => {
    const yearly = planWithFunnel();
    // 7,500 inquiries a year → 1,125 MQLs a year; a goal of 1,125 MQLs in December alone.
    yearly.funnel.assumptions = { ...yearly.funnel.assumptions, topVolume: 7500, period: 'year' };
    const december = {
      ...good,
      metric: { kind: 'stageVolume' as const, stageId: 'w-mql' },
      baseline: 80,
      target: 1125,
      start: '2026-12-01',
      deadline: '2026-12-31',
    };
    const result = verdicts(december, yearly);
    expect(result.A).toMatchObject({ level: 'warn', reason: 'smart.aAboveWindow' });
    expect(result.A?.values['forecast']).toBe(Math.floor((1125 * 31) / 365));
  });

  it('speaks of a rate goal in percent, with advice about the rate and not volumes', () => {
    const rateGoal = {
      ...good,
      metric: { kind: 'conversion' as const, handoffId: 'w-sql-won' },
      baseline: 20,
      target: 40,
    };
    const result = verdicts(rateGoal);
    expect(result.A).toMatchObject({
      level: 'warn',
      reason: 'smart.aAboveRate',
      suggestion: 'smart.aRateSuggest',
      values: { target: 40, forecast: 25 },
    });
    expect(messages.es.smart.aAboveRate).toContain('{{target}} %');
  });

  it('warns on a stretch far above the baseline when the funnel cannot say', () => {
    const custom = {
      ...good,
      metric: { kind: 'custom' as const, name: 'Webinars', unit: 'events' },
      baseline: 2,
      target: 10,
    };
    expect(verdicts(custom).A).toMatchObject({
      level: 'warn',
      reason: 'smart.aStretch',
      values: { factor: 5 },
    });
    expect(verdicts(custom).R).toMatchObject({ level: 'warn', reason: 'smart.rObjectiveOnly' });
  });

  it('fails a deadline before the start and warns on one outside the plan period', () => {
    expect(verdicts({ ...good, deadline: '2026-12-01' }).T).toMatchObject({
      level: 'fail',
      reason: 'smart.tBeforeStart',
    });
    expect(verdicts({ ...good, start: null, deadline: '2027-09-30' }).T).toMatchObject({
      level: 'warn',
      reason: 'smart.tOutsidePeriod',
    });
  });

  it('has every reason and suggestion it gives written in English and Spanish', () => {
    const goals: Goal[] = [
      newGoal('a', 'x'),
      { ...newGoal('b', 'x'), statement: 'Improve lead quality' },
      good,
      { ...good, target: 500 },
      { ...good, baseline: null },
      { ...good, ownerIds: [], statement: 'Raise accepted SQLs to 45' },
      { ...good, achievable: '' },
      { ...good, metric: { kind: 'custom', name: '', unit: '' } },
      {
        ...good,
        metric: { kind: 'custom', name: 'Webinars', unit: 'events' },
        baseline: 1,
        target: 9,
      },
      { ...good, metric: null, relevantTo: '' },
      { ...good, deadline: null },
      { ...good, deadline: '2026-12-01' },
      { ...good, start: null, deadline: '2027-09-30' },
      {
        ...good,
        metric: { kind: 'custom', name: 'Events', unit: 'events' },
        baseline: 5,
        target: 6,
      },
    ];
    const doc = planWithFunnel();
    const keys = new Set(
      goals.flatMap((g) =>
        checkSmart(g, doc, analyzeFunnel(doc.funnel)).flatMap((f) => [
          f.reason,
          f.suggestion ?? 'smart.label',
        ]),
      ),
    );
    expect(keys.size).toBeGreaterThan(20);
    for (const key of keys) {
      expect(hasMessage('en', key), key).toBe(true);
      expect(hasMessage('es', key), key).toBe(true);
    }
  });

  it('asks who when no owner and no team or person is named', () => {
    const noWho = {
      ...good,
      ownerIds: [],
      statement: 'Raise accepted SQLs from 40 to 45 a month by March',
    };
    expect(verdicts(noWho).S).toMatchObject({ level: 'warn', reason: 'smart.sNoWho' });
  });
});

describe('goal progress and board', () => {
  it('suggests a status from progress against time elapsed', () => {
    const goal = { ...good, baseline: 0, target: 100 };
    const at = (date: string, value: number) =>
      suggestStatus({
        ...goal,
        checkIns: [{ id: 'c', date, value, confidence: 'medium', note: '' }],
      });
    expect(at('2027-02-14', 50)).toBe('onTrack'); // half the time, half the way
    expect(at('2027-02-14', 30)).toBe('needsAttention');
    expect(at('2027-03-20', 20)).toBe('offTrack');
    expect(at('2027-02-01', 100)).toBe('achieved');
    expect(suggestStatus(goal)).toBeNull();
  });

  it('places a goal by its owners’ teams and marks single-team goals', () => {
    const teams = new Map([
      ['ana', 'marketing' as const],
      ['luis', 'sales' as const],
    ]);
    expect(goalColumn(good, teams)).toBe('shared');
    expect(isSharedGoal(good, teams)).toBe(true);
    expect(goalColumn({ ...good, ownerIds: ['luis'] }, teams)).toBe('sales');
    expect(isSharedGoal({ ...good, ownerIds: ['luis'] }, teams)).toBe(false);
    expect(goalColumn({ ...good, ownerIds: [] }, teams)).toBe('shared');
  });
});
