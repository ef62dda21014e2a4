import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type OnSelectionChangeParams,
  applyNodeChanges,
} from '@xyflow/react';
import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FunnelAnalysis } from '../../../shared/domain/funnel-math';
import type { FunnelSection, Handoff } from '../../../shared/domain/funnel';
import { FullScreenButton } from '../../ui/FullScreenButton';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import type { NumberFormats } from './format-numbers';
import { HandoffEdge, type HandoffEdgeType } from './HandoffEdge';
import { MapImageButtons } from './ImageButtons';
import { newStage } from './new-stage';
import { useMapLabels } from './map-labels';
import { StageNode, type StageNodeType } from './StageNode';
import type { FunnelSelection } from './selection';
import { useFlowLabels } from './use-flow-labels';
import { useNewStagesInView } from './use-new-stages-in-view';

const nodeTypes = { stage: StageNode };
const edgeTypes = { handoff: HandoffEdge };

interface FunnelCanvasProps {
  funnel: FunnelSection;
  analysis: FunnelAnalysis;
  formats: NumberFormats;
  onSelect: (selection: FunnelSelection) => void;
}

/**
 * The funnel map. The plan is the truth: nodes are rebuilt from it whenever it
 * changes. While a stage is dragged its position lives here only; on release
 * every moved stage is committed in one command, so one drag is one undo step.
 */
export function FunnelCanvas({ funnel, analysis, formats, onSelect }: FunnelCanvasProps) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const flow = useReactFlow();
  const ariaLabelConfig = useFlowLabels();
  const labels = useMapLabels();

  const numbersById = useMemo(
    () => new Map(analysis.rows.map((row) => [row.stageId, row])),
    [analysis.rows],
  );
  const planNodes = useMemo<StageNodeType[]>(
    () =>
      funnel.stages.map((stage) => ({
        id: stage.id,
        type: 'stage',
        position: stage.position,
        ariaLabel: labels.stageAria(stage.name, stage.team),
        data: { stage, numbers: numbersById.get(stage.id) ?? null, formats, labels, dispatch },
      })),
    [funnel.stages, numbersById, formats, labels, dispatch],
  );
  const [nodes, setNodes] = useState<StageNodeType[]>(planNodes);
  const [syncedPlanNodes, setSyncedPlanNodes] = useState(planNodes);
  if (syncedPlanNodes !== planNodes) {
    // The plan changed (an edit, undo, another view): rebuild the nodes from it during
    // render, keeping what React Flow tracks for itself (selection, measured size).
    setSyncedPlanNodes(planNodes);
    setNodes(mergeViewState(nodes, planNodes));
  }

  // Edges are drawn from the plan; which ones are selected is the map's own view state.
  const [selectedEdgeIds, setSelectedEdgeIds] = useState<ReadonlySet<string>>(new Set());
  const edges = useMemo<HandoffEdgeType[]>(() => {
    const names = new Map(funnel.stages.map((stage) => [stage.id, stage.name]));
    const titleOf = (handoff: Handoff) =>
      labels.handoffTitle(names.get(handoff.source) ?? '', names.get(handoff.target) ?? '');
    return funnel.handoffs.map((handoff) => {
      const title = titleOf(handoff);
      return {
        id: handoff.id,
        selected: selectedEdgeIds.has(handoff.id),
        source: handoff.source,
        target: handoff.target,
        type: 'handoff',
        ariaLabel: title,
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
        data: {
          handoff,
          formats,
          isBottleneck: analysis.bottleneck?.handoffId === handoff.id,
          title,
          labels,
        },
      };
    });
  }, [funnel.handoffs, funnel.stages, formats, analysis.bottleneck, selectedEdgeIds, labels]);

  const dragging = useRef(false);
  const wrapper = useRef<HTMLDivElement>(null);
  useNewStagesInView(funnel.stages, flow, wrapper, FIT);
  const onNodesChange = useCallback(
    (changes: NodeChange<StageNodeType>[]) => {
      // Removals go through onDelete as a command; everything else is view state.
      setNodes((current) =>
        applyNodeChanges(
          changes.filter((c) => c.type !== 'remove'),
          current,
        ),
      );
      // Arrow keys move a selected stage outside any drag: each press is committed.
      const keyboardMoves = changes.flatMap((c) =>
        c.type === 'position' && c.dragging === false && c.position && !dragging.current
          ? [
              {
                stageId: c.id,
                position: { x: Math.round(c.position.x), y: Math.round(c.position.y) },
              },
            ]
          : [],
      );
      if (keyboardMoves.length > 0)
        dispatch([{ type: 'funnel.stages.move', positions: keyboardMoves }]);
    },
    [dispatch],
  );

  // Removals go through onDelete as a command; selection is kept so the map can show and
  // report a selected handoff (without it no handoff could ever be selected).
  const onEdgesChange = useCallback((changes: EdgeChange<HandoffEdgeType>[]) => {
    const selections = changes.filter((c) => c.type === 'select');
    if (selections.length === 0) return;
    setSelectedEdgeIds((current) => {
      const next = new Set(current);
      for (const change of selections) {
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      return next;
    });
  }, []);

  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.source === connection.target) return;
      const hasMainOut = funnel.handoffs.some(
        (h) => h.source === connection.source && h.kind === 'main',
      );
      dispatch([
        {
          type: 'funnel.handoff.add',
          handoff: {
            id: crypto.randomUUID(),
            source: connection.source,
            target: connection.target,
            kind: hasMainOut ? 'recycle' : 'main',
            rate: null,
            presetRate: null,
          },
        },
      ]);
    },
    [dispatch, funnel.handoffs],
  );

  const onDoubleClick = (event: MouseEvent) => {
    if (!(event.target as HTMLElement).classList.contains('react-flow__pane')) return;
    const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    const stage = newStage(t('funnel.newStageName'), { x: position.x - 110, y: position.y - 60 });
    dispatch([{ type: 'funnel.stage.add', stage }]);
  };

  const addStageAtCenter = () => {
    const box = wrapper.current?.getBoundingClientRect();
    if (!box) return;
    const center = flow.screenToFlowPosition({
      x: box.left + box.width / 2,
      y: box.top + box.height / 2,
    });
    dispatch([
      {
        type: 'funnel.stage.add',
        stage: newStage(t('funnel.newStageName'), { x: center.x - 110, y: center.y - 60 }),
      },
    ]);
  };

  return (
    // The map's own keyboard shortcut: N adds a stage in the middle of the view.
    <div
      ref={wrapper}
      tabIndex={-1}
      className="funnel-canvas"
      data-full-screen
      onDoubleClick={onDoubleClick}
      onKeyDown={(event) => {
        const target = event.target as HTMLElement;
        if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || event.altKey)
          return;
        if (target.closest('input, select, textarea')) return;
        event.preventDefault();
        addStageAtCenter();
      }}
    >
      <ReactFlow<StageNodeType, HandoffEdgeType>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeDragStart={() => {
          dragging.current = true;
        }}
        onNodeDragStop={(_event, _node, dragged) => {
          dragging.current = false;
          dispatch([
            {
              type: 'funnel.stages.move',
              positions: dragged.map((n) => ({
                stageId: n.id,
                position: { x: Math.round(n.position.x), y: Math.round(n.position.y) },
              })),
            },
          ]);
        }}
        onDelete={({ nodes: removedNodes, edges: removedEdges }) => {
          // The deleted element had the focus: keep it on the map, not on the page's body,
          // so the next Tab or arrow key still works here.
          requestAnimationFrame(() => wrapper.current?.focus());
          if (removedNodes.length > 0) {
            dispatch([{ type: 'funnel.stages.remove', stageIds: removedNodes.map((n) => n.id) }]);
          } else if (removedEdges.length > 0) {
            dispatch([
              { type: 'funnel.handoffs.remove', handoffIds: removedEdges.map((e) => e.id) },
            ]);
          }
        }}
        onSelectionChange={({
          nodes: selectedNodes,
          edges: selectedEdges,
        }: OnSelectionChangeParams) => {
          if (selectedNodes.length === 1 && selectedEdges.length === 0 && selectedNodes[0]) {
            onSelect({ kind: 'stage', id: selectedNodes[0].id });
          } else if (selectedEdges.length === 1 && selectedNodes.length === 0 && selectedEdges[0]) {
            onSelect({ kind: 'handoff', id: selectedEdges[0].id });
          } else {
            onSelect(null);
          }
        }}
        deleteKeyCode={['Delete', 'Backspace']}
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        zoomOnDoubleClick={false}
        fitView
        fitViewOptions={FIT}
        minZoom={0.1}
        ariaLabelConfig={ariaLabelConfig}
        proOptions={{ hideAttribution: true }}
      >
        <Background gap={24} />
        <MiniMap
          pannable
          zoomable
          ariaLabel={t('funnel.minimap')}
          nodeColor={minimapColor}
          style={{ width: 160, height: 100 }}
        />
        <Controls showInteractive={false} />
        <MapImageButtons />
        <FullScreenButton fit={FIT} />
      </ReactFlow>
    </div>
  );
}

/** How the map fits its box: little margin, and never larger than life. */
const FIT = { padding: 0.04, maxZoom: 1.1 };

function mergeViewState(current: StageNodeType[], fromPlan: StageNodeType[]): StageNodeType[] {
  const previous = new Map(current.map((n) => [n.id, n]));
  return fromPlan.map((node) => {
    const before = previous.get(node.id);
    return before ? { ...before, ...node, selected: before.selected ?? false } : node;
  });
}

function minimapColor(node: StageNodeType): string {
  const team = node.data.stage.team;
  return team === 'marketing' ? '#6d28d9' : team === 'sales' ? '#0f766e' : '#b45309';
}
