import { describe, expect, it } from 'vitest';
import { proposeCheckIns } from '../../../../shared/actuals/check-in-proposals';
import { newGoal, type Goal } from '../../../../shared/domain/goals';
import { actualsImport } from '../../../helpers/actuals';

const entry = actualsImport({
  months: [
    { month: '2026-01', stageId: 'mql', entered: 40 },
    { month: '2026-02', stageId: 'mql', entered: 50 },
    { month: '2026-03', stageId: 'mql', entered: 60 },
    { month: '2026-04', stageId: 'mql', entered: 30 },
    { month: '2026-02', stageId: 'sql', entered: 20 },
    { month: '2026-03', stageId: 'sql', entered: 25 },
  ],
});
const deals = actualsImport({
  id: 'i2',
  kind: 'deals',
  won: [{ month: '2026-03', count: 2, revenue: 30_000 }],
});
const actuals = { profiles: [], reviews: [], imports: [entry, deals] };
const stage = (id: string, x: number) => ({
  id,
  name: id.toUpperCase(),
  team: 'marketing' as const,
  kind: 'inventory' as const,
  slaHours: null,
  avgDays: null,
  position: { x, y: 0 },
});
const funnel = {
  stages: [stage('lead', 0), stage('mql', 100), stage('sql', 200)],
  handoffs: [
    { id: 'h0', source: 'lead', target: 'mql', kind: 'main' as const, rate: 0.2, presetRate: null },
    { id: 'h1', source: 'mql', target: 'sql', kind: 'main' as const, rate: 0.3, presetRate: null },
  ],
};
const goal = (id: string, patch: Partial<Goal>): Goal => ({ ...newGoal(id, id), ...patch });

describe('check-ins the actuals suggest', () => {
  it('count a stage, a handoff and revenue over the goal’s window, up to the latest month', () => {
    const proposals = proposeCheckIns(
      [
        goal('mqls', {
          metric: { kind: 'stageVolume', stageId: 'mql' },
          start: '2026-02-01',
          deadline: '2026-06-30',
        }),
        goal('rate', { metric: { kind: 'conversion', handoffId: 'h1' } }),
        goal('revenue', { metric: { kind: 'revenue' }, deadline: '2026-03-31' }),
        goal('custom', { metric: { kind: 'custom', name: 'NPS', unit: '' } }),
      ],
      actuals,
      funnel,
    );
    expect(proposals).toEqual([
      // February to April: 50 + 60 + 30, checked in on the last day of April.
      { goalId: 'mqls', date: '2026-04-30', value: 140, fromMonth: '2026-02', toMonth: '2026-04' },
      // 45 SQLs of 180 MQLs: 25 %, in percent as rate goals are typed.
      { goalId: 'rate', date: '2026-04-30', value: 25, fromMonth: '2026-01', toMonth: '2026-04' },
      {
        goalId: 'revenue',
        date: '2026-03-31',
        value: 30_000,
        fromMonth: '2026-01',
        toMonth: '2026-03',
      },
    ]);
  });

  it('propose nothing already checked in, and nothing for a goal outside the imported months', () => {
    const checked = goal('mqls', {
      metric: { kind: 'stageVolume', stageId: 'mql' },
      checkIns: [{ id: 'c1', date: '2026-04-30', value: 180, confidence: 'high', note: '' }],
    });
    const later = goal('later', {
      metric: { kind: 'stageVolume', stageId: 'mql' },
      start: '2026-09-01',
    });
    expect(proposeCheckIns([checked, later], actuals, funnel)).toEqual([]);
  });

  it('propose nothing from months no export measures: never a zero for what was not counted', () => {
    const onLead = goal('leads', { metric: { kind: 'stageVolume', stageId: 'lead' } });
    const leadRate = goal('lead-rate', { metric: { kind: 'conversion', handoffId: 'h0' } });
    const revenue = goal('revenue', { metric: { kind: 'revenue' } });
    const contactsOnly = { ...actuals, imports: [entry] };
    expect(proposeCheckIns([onLead, leadRate, revenue], contactsOnly, funnel)).toEqual([]);
  });

  it('count only the months an export measures the stage in', () => {
    const autumn = actualsImport({
      id: 'i3',
      firstMonth: '2026-08',
      lastMonth: '2026-09',
      months: [{ month: '2026-08', stageId: 'sql', entered: 7 }],
    });
    const withAutumn = { ...actuals, imports: [entry, autumn] };
    const mqls = goal('mqls', { metric: { kind: 'stageVolume', stageId: 'mql' } });
    expect(proposeCheckIns([mqls], withAutumn, funnel)).toEqual([
      { goalId: 'mqls', date: '2026-04-30', value: 180, fromMonth: '2026-01', toMonth: '2026-04' },
    ]);
  });
});
