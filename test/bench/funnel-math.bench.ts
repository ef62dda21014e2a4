import { analyzeFunnel } from '../../shared/domain/funnel-math';
import { benchGraph } from './canvas/bench-graph';
import type { Benchmark } from './harness';

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
    const funnel = benchGraph(300);
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
