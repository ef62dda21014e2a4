import type { FunnelSection, Handoff } from '../../../shared/domain/funnel';

/**
 * The benchmark funnel: `count` stages in rows of 20 (a long funnel laid out
 * as a workshop would), `count − 1` main handoffs and one recycle: `count` edges.
 */
export function benchGraph(count: number): FunnelSection {
  const stages = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    name: `Stage ${i}`,
    team:
      i % 3 === 0 ? ('marketing' as const) : i % 3 === 1 ? ('shared' as const) : ('sales' as const),
    kind: 'inventory' as const,
    slaHours: null,
    avgDays: 2,
    position: { x: (i % 20) * 280, y: Math.floor(i / 20) * 220 },
  }));
  const handoffs: Handoff[] = stages.slice(1).map((stage, i) => ({
    id: `h${i}`,
    source: `s${i}`,
    target: stage.id,
    kind: 'main',
    rate: 0.9,
    presetRate: 0.85,
  }));
  handoffs.push({
    id: 'recycle',
    source: `s${count - 1}`,
    target: 's0',
    kind: 'recycle',
    rate: null,
    presetRate: null,
  });
  return {
    template: 'blank',
    stages,
    handoffs,
    assumptions: { topVolume: 1e6, avgDealSize: 5000, revenueTarget: 1e6, period: 'month' },
    scenarios: [],
    planScenarioId: null,
  };
}
