import dagre from '@dagrejs/dagre';
import type { FunnelSection } from '../../../shared/domain/funnel';
import { mainPath } from '../../../shared/domain/funnel-path';
import { STAGE_SPACING } from '../../../shared/domain/funnel-templates';

export const NODE_SIZE = { width: 220, height: 150 };

type Funnel = Pick<FunnelSection, 'stages' | 'handoffs'>;
type Placed = { stageId: string; position: { x: number; y: number } };

/**
 * "Arrange the map", laid out as the templates are: the main path in one straight row,
 * left to right; each detour below the stage it leaves from, one under another when a
 * stage has several; stages joined to nothing in a row under everything. A funnel whose
 * main path is broken (a fork, a loop, two starts) has no row to straighten: dagre lays
 * it out, main handoffs weighing more than detours.
 */
export function layoutFunnel(funnel: Funnel): Placed[] {
  const path = mainPath(funnel);
  if (path.problem !== null) return layoutGraph(funnel);
  const position = new Map<string, { x: number; y: number }>();
  path.stageIds.forEach((stageId, index) =>
    position.set(stageId, { x: index * STAGE_SPACING.x, y: 0 }),
  );
  const belowColumn = new Map<number, number>();
  const placeUnder = (stageId: string, x: number) => {
    const depth = (belowColumn.get(x) ?? 0) + 1;
    belowColumn.set(x, depth);
    position.set(stageId, { x, y: depth * STAGE_SPACING.y });
  };
  // Detours of detours too: each pass places what a placed stage leads to, until none is
  // left; a stage that only leads into the map (a recycle source) goes under its target.
  for (let placed = true; placed;) {
    placed = false;
    for (const handoff of funnel.handoffs) {
      const from = position.get(handoff.source);
      const to = position.get(handoff.target);
      if (from && !to) placeUnder(handoff.target, from.x);
      else if (to && !from) placeUnder(handoff.source, to.x);
      else continue;
      placed = true;
    }
  }
  const deepest = Math.max(0, ...belowColumn.values());
  let loose = 0;
  for (const stage of funnel.stages) {
    if (position.has(stage.id)) continue;
    position.set(stage.id, { x: loose * STAGE_SPACING.x, y: (deepest + 1) * STAGE_SPACING.y });
    loose += 1;
  }
  return funnel.stages.map((stage) => ({
    stageId: stage.id,
    position: position.get(stage.id) ?? { x: 0, y: 0 },
  }));
}

/** Any graph, left to right, with dagre. */
function layoutGraph(funnel: Funnel): Placed[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: 48, ranksep: 64, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const stage of funnel.stages) graph.setNode(stage.id, { ...NODE_SIZE });
  for (const handoff of funnel.handoffs) {
    graph.setEdge(handoff.source, handoff.target, {
      weight: handoff.kind === 'main' ? 10 : 1,
      minlen: 1,
    });
  }
  dagre.layout(graph);
  return funnel.stages.map((stage) => {
    const node = graph.node(stage.id);
    return {
      stageId: stage.id,
      position: {
        x: Math.round(node.x - NODE_SIZE.width / 2),
        y: Math.round(node.y - NODE_SIZE.height / 2),
      },
    };
  });
}
