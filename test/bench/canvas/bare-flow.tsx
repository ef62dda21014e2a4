import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { benchGraph } from './bench-graph';

/**
 * The floor for the canvas benchmarks: React Flow with the same graph as the
 * app's benchmark plan, default nodes of the same size, and no app code.
 */
const graph = benchGraph(300);
const initialNodes: Node[] = graph.stages.map((s) => ({
  id: s.id,
  position: s.position,
  data: { label: s.name },
  style: { width: 220, height: 150 },
}));
const initialEdges: Edge[] = graph.handoffs.map((h) => ({
  id: h.id,
  source: h.source,
  target: h.target,
  label: '90%',
}));

function BareFlow() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      fitView
      minZoom={0.1}
    />
  );
}

// Drawn when the address asks for it, as the app draws its canvas when the funnel's tab is
// chosen: both are timed from the change of address, in a page already loaded.
const root = document.getElementById('root');
const show = () => {
  if (root && window.location.hash === '#show') createRoot(root).render(<BareFlow />);
};
window.addEventListener('hashchange', show);
show();
