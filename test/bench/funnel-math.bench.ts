import type { FunnelSection } from '../../shared/domain/funnel';
import { analyzeFunnel } from '../../shared/domain/funnel-math';
import type { Benchmark } from './harness';

/** A straight funnel of `count` stages, every main handoff at 90 % against an 85 % preset. */
export function longFunnel(count: number): FunnelSection {
  const stages = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    name: `Stage ${i}`,
    team:
      i % 3 === 0 ? ('marketing' as const) : i % 3 === 1 ? ('shared' as const) : ('sales' as const),
    kind: 'inventory' as const,
    slaHours: null,
    avgDays: 2,
    position: { x: i * 280, y: 0 },
  }));
  const handoffs = stages.slice(1).map((stage, i) => ({
    id: `h${i}`,
    source: `s${i}`,
    target: stage.id,
    kind: 'main' as const,
    rate: 0.9,
    presetRate: 0.85,
  }));
  return {
    template: 'blank',
    stages,
    handoffs,
    assumptions: { topVolume: 1e6, avgDealSize: 5000, revenueTarget: 1e6, period: 'month' },
    scenarios: [],
    planScenarioId: null,
  };
}

/**
 * The whole funnel math (path, forward, reverse, gaps, bottleneck) over 300
 * stages, against the least any such pass does: one walk multiplying the rates.
 * The bar is absolute (p95 ≤ 1 ms); the ratio guards against the math
 * growing worse than linear (a path walk, maps and row objects cost ~100× the bare loop).
 */
export const funnelMath300: Benchmark = {
  name: 'funnel-math-300-stages',
  targetRatio: 200,
  targetP95Ms: 1,
  iterations: 500,
  setup: () => {
    const funnel = longFunnel(300);
    let sink = 0;
    return {
      subject: () => {
        sink += analyzeFunnel(funnel).rows.length;
      },
      anchor: () => {
        let volume = funnel.assumptions.topVolume;
        for (const handoff of funnel.handoffs) volume *= handoff.rate ?? 0;
        sink += volume;
      },
      teardown: () => {
        if (sink < 0) console.log(sink);
      },
    };
  },
};
