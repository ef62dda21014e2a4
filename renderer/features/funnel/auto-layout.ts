import dagre from '@dagrejs/dagre';
import type { FunnelSection } from '../../../shared/domain/funnel';

export const NODE_SIZE = { width: 220, height: 150 };

/**
 * Left-to-right layout with dagre. Main handoffs weigh more than detours, so
 * the main path stays a straight line and detours hang below it.
 */
export function layoutFunnel(funnel: Pick<FunnelSection, 'stages' | 'handoffs'>) {
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
