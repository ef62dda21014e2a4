import {
  applyNodeChanges,
  Background,
  Controls,
  MarkerType,
  ReactFlow,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { RotateCcw } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { HandoffSection } from '../../../shared/domain/handoff';
import {
  buildSwimlane,
  type SwimlaneLink,
  type SwimlaneNode,
} from '../../../shared/domain/swimlane';
import { useAppStore } from '../../store/store-context';
import { FullScreenButton } from '../../ui/FullScreenButton';
import { useFlowLabels } from '../funnel/use-flow-labels';
import { useFunnel, useFunnelAnalysis, usePlanNumberFormats } from '../funnel/use-funnel';
import type { NumberFormats } from '../funnel/format-numbers';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { SwimlaneEdge, type SwimlaneEdgeType } from './SwimlaneEdge';
import {
  SwimlaneLaneNode,
  SwimlaneStepNode,
  type LaneNodeType,
  type StepNodeType,
} from './SwimlaneStepNode';

type FlowNode = StepNodeType | LaneNodeType;

const nodeTypes = { step: SwimlaneStepNode, lane: SwimlaneLaneNode };
const edgeTypes = { swim: SwimlaneEdge };
const STEP_SIZE = { width: 170, height: 70 };
const FIT = { padding: 0.03, maxZoom: 1.2 };

/**
 * The handoff as a swimlane: a lane per team, the steps a lead goes through
 * and the decisions on the way, generated from the SLA, the scoring model
 * and the funnel's detours. Steps can be dragged; "Reset layout" puts them back.
 */
export function HandoffSwimlane() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const handoff = useAppStore((s) => s.current?.doc.handoff);
  const teams = useAppStore((s) => s.current?.doc.teams);
  const funnel = useFunnel();
  const analysis = useFunnelAnalysis();
  const formats = usePlanNumberFormats();
  const ariaLabelConfig = useFlowLabels(t('handoff.swimlane.fitView'));

  const swimlane = useMemo(
    () => (handoff ? buildSwimlane(handoff, funnel, analysis) : null),
    [handoff, funnel, analysis],
  );
  const fromPlan = useMemo((): FlowNode[] => {
    if (!swimlane || !handoff || !teams) return [];
    const teamName = (kind: 'marketing' | 'sales') =>
      teams.find((team) => team.kind === kind)?.name ?? kind;
    const lanes: LaneNodeType[] = (['marketing', 'sales'] as const).map((lane, index) => ({
      id: `lane-${lane}`,
      type: 'lane',
      position: { x: 0, y: index * swimlane.size.laneHeight },
      data: { lane, label: teamName(lane) },
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: -1,
      style: { width: swimlane.size.width, height: swimlane.size.laneHeight },
    }));
    const steps: StepNodeType[] = swimlane.nodes.map((node) => ({
      id: node.step,
      type: 'step',
      position: node.position,
      data: {
        node,
        title: t(`handoff.swimlane.step.${node.step}`),
        detail: stepDetail(node, handoff, t, formats),
      },
      ariaLabel: `${t(`handoff.swimlane.step.${node.step}`)}. ${stepDetail(node, handoff, t, formats)}`,
      ...STEP_SIZE,
    }));
    return [...lanes, ...steps];
  }, [swimlane, handoff, teams, t, formats]);

  const [nodes, setNodes] = useState<FlowNode[]>(fromPlan);
  const [syncedFromPlan, setSyncedFromPlan] = useState(fromPlan);
  if (syncedFromPlan !== fromPlan) {
    // The plan changed (a drag saved, undo, the SLA edited): redraw from it during render.
    setSyncedFromPlan(fromPlan);
    setNodes(fromPlan);
  }

  const edges = useMemo(
    (): SwimlaneEdgeType[] =>
      (swimlane?.links ?? []).map((link) => ({
        id: link.id,
        source: link.source,
        target: link.target,
        sourceHandle: `s-${link.route.from}`,
        targetHandle: `t-${link.route.to}`,
        type: 'swim',
        // Named in the interface language; React Flow's own default is English.
        ariaLabel: linkLabel(link, t),
        data: { label: linkLabel(link, t), kind: link.kind, route: link.route },
        markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
        focusable: false,
      })),
    [swimlane, t],
  );

  if (!swimlane || !handoff) return null;
  const moved = Object.keys(handoff.swimlane.positions).length > 0;

  return (
    <section className="card swimlane-card" aria-labelledby="swimlane-heading">
      <div className="card-header">
        <h3 id="swimlane-heading">{t('handoff.swimlane.heading')}</h3>
        <button
          type="button"
          className="btn"
          disabled={!moved}
          onClick={() => dispatch([{ type: 'handoff.swimlane.reset' }])}
        >
          <RotateCcw aria-hidden size={18} />
          {t('handoff.swimlane.reset')}
        </button>
      </div>
      <p className="muted">{t('handoff.swimlane.intro')}</p>
      <figure
        className="swimlane-canvas"
        data-full-screen
        aria-label={t('handoff.swimlane.heading')}
      >
        <ReactFlow<FlowNode, SwimlaneEdgeType>
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={(changes: NodeChange<FlowNode>[]) =>
            setNodes((current) => applyNodeChanges(changes, current))
          }
          onNodeDragStop={(_event, node) => {
            if (node.type !== 'step') return;
            dispatch([
              {
                type: 'handoff.swimlane.move',
                step: (node as StepNodeType).data.node.step,
                position: { x: Math.round(node.position.x), y: Math.round(node.position.y) },
              },
            ]);
          }}
          nodesConnectable={false}
          edgesFocusable={false}
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          fitView
          fitViewOptions={FIT}
          minZoom={0.2}
          ariaLabelConfig={ariaLabelConfig}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} />
          {/* Both on the right: the lanes' names run down the left edge. */}
          <Controls showInteractive={false} position="bottom-right" />
          <FullScreenButton fit={FIT} position="top-right" />
        </ReactFlow>
      </figure>
      <details className="swimlane-text">
        <summary>{t('handoff.swimlane.asText')}</summary>
        <ul>
          {swimlane.links.map((link) => (
            <li key={link.id}>
              {t(`handoff.swimlane.step.${link.source}`)} →{' '}
              {t(`handoff.swimlane.step.${link.target}`)}
              {linkLabel(link, t) && `: ${linkLabel(link, t)}`}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** What each step says under its title, from the plan's own numbers. */
function stepDetail(
  node: SwimlaneNode,
  handoff: HandoffSection,
  t: TFunction,
  formats: NumberFormats,
): string {
  const { scoring, sla, framework } = handoff;
  switch (node.step) {
    case 'score':
      return t('handoff.swimlane.detail.score', { count: scoring.criteria.length });
    case 'mql':
      return scoring.rule.kind === 'total'
        ? t('handoff.swimlane.detail.mqlTotal', { threshold: scoring.rule.threshold })
        : t('handoff.swimlane.detail.mqlBoth', {
            fit: scoring.rule.fitThreshold,
            engagement: scoring.rule.engagementThreshold,
          });
    case 'route':
      return t('handoff.swimlane.detail.route', { hours: formats.decimal(sla.firstResponseHours) });
    case 'accept':
      return t('handoff.swimlane.detail.accept', {
        hours: formats.decimal(sla.acceptWindowHours),
        framework: t(`handoff.framework.kinds.${framework.kind}`),
      });
    case 'followUp':
      return t('handoff.swimlane.detail.followUp', { count: sla.contactAttempts });
    default:
      return t(`handoff.swimlane.detail.${node.step}`);
  }
}

function linkLabel(link: SwimlaneLink, t: TFunction): string {
  if (link.detour) {
    return t(`handoff.swimlane.link.${link.kind}Detour`, {
      from: link.detour.from,
      to: link.detour.to,
    });
  }
  return link.kind === 'flow' ? '' : t(`handoff.swimlane.link.${link.kind}`);
}
