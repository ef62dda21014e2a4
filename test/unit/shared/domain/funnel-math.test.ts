import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FunnelSection, Handoff } from '../../../../shared/domain/funnel';
import {
  analyzeFunnel,
  customersNeeded,
  forwardVolumes,
  requiredVolumes,
} from '../../../../shared/domain/funnel-math';
import { mainPath, stagesInFunnelOrder } from '../../../../shared/domain/funnel-path';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';

function waterfall(topVolume: number, revenueTarget: number, avgDealSize: number): FunnelSection {
  const funnel = buildFunnelTemplate('waterfall', 'en', 't');
  return {
    ...funnel,
    assumptions: { ...funnel.assumptions, topVolume, revenueTarget, avgDealSize },
  };
}

function line(
  ids: string[],
  rates: Array<number | null>,
): Pick<FunnelSection, 'stages' | 'handoffs'> {
  return {
    stages: ids.map((id, i) => ({
      id,
      name: id,
      team: 'marketing',
      kind: 'inventory',
      slaHours: null,
      avgDays: null,
      position: { x: i, y: 0 },
    })),
    handoffs: ids
      .slice(1)
      .map((to, i) => handoff(`${ids[i]}-${to}`, ids[i] ?? '', to, rates[i] ?? null)),
  };
}

function handoff(
  id: string,
  source: string,
  target: string,
  rate: number | null,
  kind: Handoff['kind'] = 'main',
): Handoff {
  return { id, source, target, kind, rate, presetRate: null };
}

describe('funnel math, worked by hand', () => {
  /*
   * Demand waterfall, presets 15 % → 50 % → 60 % → 25 %, €600,000 target, €20,000 deals:
   *   customers needed 600,000 ÷ 20,000 = 30
   *   SQL 30 ÷ 0.25 = 120; SAL 120 ÷ 0.6 = 200; MQL 200 ÷ 0.5 = 400; inquiries 400 ÷ 0.15 = 2,666.7 → 2,667
   * Forward from 3,000 inquiries: MQL 450, SAL 225, SQL 135, won 33.75 → revenue €675,000.
   */
  it('computes the reverse waterfall and the forecast of the demand waterfall', () => {
    const analysis = analyzeFunnel(waterfall(3000, 600_000, 20_000));
    expect(analysis.customersNeeded).toBe(30);
    expect(analysis.rows.map((r) => r.required)).toEqual([2667, 400, 200, 120, 30]);
    // 33.75 expected customers are 33 whole ones: the gap and revenue follow what is shown.
    expect(analysis.rows.map((r) => r.forecast)).toEqual([3000, 450, 225, 135, 33]);
    expect(analysis.rows.map((r) => r.gap)).toEqual([333, 50, 25, 15, 3]);
    expect(analysis.customers).toBe(33);
    expect(analysis.revenue).toBe(660_000);
    expect(analysis.problem).toBeNull();
  });

  it('ignores detours: nurture and disqualified stages are not on the path', () => {
    const analysis = analyzeFunnel(waterfall(1000, 0, 0));
    expect(analysis.rows.map((r) => r.stageId)).toEqual([
      't-inquiry',
      't-mql',
      't-sal',
      't-sql',
      't-won',
    ]);
  });

  it('computes cycle time and velocity from days in stage', () => {
    // Cycle 7 + 3 + 2 + 30 + 0 = 42 days. 135 SQLs a month flow in: the pipeline holds
    // 135 ÷ (365 / 12) × 42 of them; × €20,000 × 25 % ÷ 42 days = 135 × 5,000 ÷ 30.42 a day.
    const analysis = analyzeFunnel(waterfall(3000, 600_000, 20_000));
    expect(analysis.cycleDays).toBe(42);
    expect(analysis.velocityPerDay).toBeCloseTo((135 * 20_000 * 0.25) / (365 / 12), 6);
  });

  it('names the bottleneck: the step furthest below its preset, relative to it', () => {
    const funnel = waterfall(3000, 600_000, 20_000);
    funnel.handoffs = funnel.handoffs.map((h) =>
      h.id === 't-inquiry-mql'
        ? { ...h, rate: 0.1 }
        : h.id === 't-sal-sql'
          ? { ...h, rate: 0.5 }
          : h,
    );
    // inquiry→MQL is 33 % under its 15 % preset; SAL→SQL only 17 % under its 60 %.
    expect(analyzeFunnel(funnel).bottleneck).toMatchObject({
      handoffId: 't-inquiry-mql',
      fromStageId: 't-inquiry',
    });
  });

  it('says where a 0 % rate makes the target unreachable, with no Infinity or NaN anywhere', () => {
    const funnel = waterfall(3000, 600_000, 20_000);
    funnel.handoffs = funnel.handoffs.map((h) => (h.id === 't-mql-sal' ? { ...h, rate: 0 } : h));
    const analysis = analyzeFunnel(funnel);
    expect(analysis.unreachableAt).toEqual({ handoffId: 't-mql-sal', fromStageId: 't-mql' });
    expect(analysis.rows.map((r) => r.required)).toEqual([null, null, 200, 120, 30]);
    const numbers = JSON.stringify(analysis);
    expect(numbers).not.toMatch(/Infinity|NaN/);
    expect(analysis.rows.every((r) => r.forecast === null || Number.isFinite(r.forecast))).toBe(
      true,
    );
  });

  it('leaves requirements unknown until both the target and the deal size are set', () => {
    expect(
      customersNeeded({ topVolume: 10, revenueTarget: 1000, avgDealSize: 0, period: 'month' }),
    ).toBeNull();
    expect(analyzeFunnel(waterfall(100, 0, 5000)).rows.every((r) => r.required === null)).toBe(
      true,
    );
  });

  it('rounds requirements up to whole leads at each step', () => {
    expect(requiredVolumes(7, [0.3]).volumes).toEqual([24, 7]);
    expect(forwardVolumes(100, [0.5, null, 0.2])).toEqual([100, 50, null, null]);
  });
});

describe('main path', () => {
  it('follows main handoffs from the one stage nothing enters', () => {
    const funnel = line(['a', 'b', 'c'], [0.5, 0.5]);
    funnel.handoffs.push(handoff('c-a', 'c', 'a', null, 'recycle'));
    expect(mainPath(funnel)).toMatchObject({ stageIds: ['a', 'b', 'c'], problem: null });
  });

  it('reports a fork on the main path where it happens', () => {
    const funnel = line(['a', 'b', 'c'], [0.5, 0.5]);
    funnel.stages.push({ ...funnel.stages[0]!, id: 'd' });
    funnel.handoffs.push(handoff('b-d', 'b', 'd', 0.1));
    expect(mainPath(funnel)).toMatchObject({
      stageIds: ['a', 'b'],
      problem: { kind: 'fork', stageId: 'b' },
    });
  });

  it('stops at a loop instead of hanging', () => {
    const funnel = line(['a', 'b', 'c'], [0.5, 0.5]);
    funnel.handoffs.push(handoff('c-b', 'c', 'b', 0.5));
    expect(mainPath(funnel)).toMatchObject({
      stageIds: ['a', 'b', 'c'],
      problem: { kind: 'loop', stageId: 'b' },
    });
    const circle = line(['a', 'b'], [0.5]);
    circle.handoffs.push(handoff('b-a', 'b', 'a', 0.5));
    expect(mainPath(circle).problem).toEqual({ kind: 'noStart' });
    expect(
      analyzeFunnel({
        ...circle,
        assumptions: { topVolume: 1, revenueTarget: 1, avgDealSize: 1, period: 'month' },
      }).rows,
    ).toEqual([]);
  });

  it('reports two separate funnels as several starts', () => {
    const funnel = line(['a', 'b'], [0.5]);
    const other = line(['x', 'y'], [0.5]);
    funnel.stages.push(...other.stages);
    funnel.handoffs.push(...other.handoffs);
    expect(mainPath(funnel).problem).toEqual({ kind: 'severalStarts', stageIds: ['a', 'x'] });
  });

  it('treats a lone stage as a path of one', () => {
    expect(mainPath(line(['only'], []))).toMatchObject({ stageIds: ['only'], problem: null });
  });
});

describe('the rounding rule', () => {
  it('shows numbers that add up, for any funnel: gap = forecast − required, revenue = customers × deal size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
        (top, target, deal, rates) => {
          const funnel = waterfall(top, target, deal);
          const path = mainPath(funnel).handoffs.map((h) => h.id);
          funnel.handoffs = funnel.handoffs.map((h) => {
            const at = path.indexOf(h.id);
            return at >= 0 ? { ...h, rate: rates[at] ?? h.rate } : h;
          });
          const analysis = analyzeFunnel(funnel);
          for (const row of analysis.rows) {
            if (row.forecast !== null) expect(Number.isInteger(row.forecast)).toBe(true);
            if (row.required !== null) expect(Number.isInteger(row.required)).toBe(true);
            if (row.forecast !== null && row.required !== null) {
              expect(row.gap).toBe(row.forecast - row.required);
            }
          }
          expect(analysis.customers).toBe(analysis.rows.at(-1)?.forecast);
          expect(analysis.revenue).toBe((analysis.customers ?? 0) * deal);
        },
      ),
    );
  });
});

describe('stages as a list to choose from', () => {
  it('follow the main path, then the stages off it in the order they were made', () => {
    const funnel = buildFunnelTemplate('waterfall', 'en', 'w');
    // An opportunity stage added last, put on the path between SQL and won.
    const opportunity = { ...funnel.stages[0]!, id: 'w-opp', name: 'Opportunity' };
    const sqlToWon = funnel.handoffs.find((h) => h.source === 'w-sql' && h.kind === 'main')!;
    const reshaped = {
      stages: [...funnel.stages, opportunity],
      handoffs: [
        ...funnel.handoffs.filter((h) => h !== sqlToWon),
        { ...sqlToWon, id: 'h-sql-opp', target: 'w-opp' },
        { ...sqlToWon, id: 'h-opp-won', source: 'w-opp' },
      ],
    };
    const names = stagesInFunnelOrder(reshaped).map((stage) => stage.name);
    expect(names.slice(0, 6)).toEqual([
      'Inquiry',
      'MQL',
      'SAL',
      'SQL',
      'Opportunity',
      'Closed/Won',
    ]);
    expect(names.slice(6).sort()).toEqual(['Disqualified', 'Recycled / nurture']);
  });
});
