import type { Stage } from '../../../shared/domain/funnel';

/** A fresh inventory stage owned by marketing, where the user asked for it. */
export function newStage(name: string, position: { x: number; y: number }): Stage {
  return {
    id: crypto.randomUUID(),
    name,
    team: 'marketing',
    kind: 'inventory',
    slaHours: null,
    avgDays: null,
    position: { x: Math.round(position.x), y: Math.round(position.y) },
  };
}
