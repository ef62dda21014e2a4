import type { EdgeKind, FunnelSection } from './funnel';
import type { FunnelAnalysis } from './funnel-math';
import type { HandoffSection, SwimlaneStep } from './handoff';
import { handoffStageId } from './sla';

export type SwimlaneLane = 'marketing' | 'sales';
export type StepShape = 'task' | 'decision' | 'end';

export interface SwimlaneNode {
  step: SwimlaneStep;
  lane: SwimlaneLane;
  shape: StepShape;
  position: { x: number; y: number };
  /** True when the leaders dragged it there. */
  moved: boolean;
}

export type SwimlaneLinkKind = 'flow' | 'yes' | 'no' | 'rejected' | Exclude<EdgeKind, 'main'>;

export type Side = 'top' | 'right' | 'bottom' | 'left';

/** How a path leaves and enters its steps, and which end carries its label. */
export interface LinkRoute {
  from: Side;
  to: Side;
  labelAt: 'source' | 'target';
}

export interface SwimlaneLink {
  id: string;
  source: SwimlaneStep;
  target: SwimlaneStep;
  kind: SwimlaneLinkKind;
  route: LinkRoute;
  /** The funnel detour this path stands for, named by its stages. */
  detour: { handoffId: string; from: string; to: string } | null;
}

export interface Swimlane {
  nodes: SwimlaneNode[];
  links: SwimlaneLink[];
  /** The size of the lanes, so the diagram draws them behind the steps. */
  size: { width: number; laneHeight: number };
}

/** Columns and lanes of the generated layout; the first 140 px hold the lane names. */
export const SWIMLANE_GRID = {
  left: 140,
  column: 220,
  columns: 6,
  laneHeight: 240,
  rowOffset: [36, 146],
} as const;

/** Where each step sits when nobody moved it: its lane, column and row (0 main path, 1 exits). */
const LAYOUT: Record<
  SwimlaneStep,
  { lane: SwimlaneLane; column: number; row: 0 | 1; shape: StepShape }
> = {
  capture: { lane: 'marketing', column: 0, row: 0, shape: 'task' },
  score: { lane: 'marketing', column: 1, row: 0, shape: 'task' },
  mql: { lane: 'marketing', column: 2, row: 0, shape: 'decision' },
  nurture: { lane: 'marketing', column: 1, row: 1, shape: 'task' },
  route: { lane: 'marketing', column: 3, row: 0, shape: 'task' },
  accept: { lane: 'sales', column: 3, row: 0, shape: 'decision' },
  followUp: { lane: 'sales', column: 4, row: 0, shape: 'task' },
  opportunity: { lane: 'sales', column: 5, row: 0, shape: 'end' },
  disqualified: { lane: 'sales', column: 2, row: 1, shape: 'end' },
  lost: { lane: 'sales', column: 4, row: 1, shape: 'end' },
};

/**
 * Routes drawn for the generated layout so no two labels meet: the "no" of
 * the MQL decision drops to nurture, rejections leave "accept" to the left,
 * the disqualified path is named at its end.
 */
const ROUTES: Partial<Record<`${SwimlaneStep}-${SwimlaneStep}`, LinkRoute>> = {
  'mql-nurture': { from: 'bottom', to: 'right', labelAt: 'source' },
  'nurture-score': { from: 'top', to: 'bottom', labelAt: 'source' },
  'route-accept': { from: 'bottom', to: 'top', labelAt: 'source' },
  'accept-nurture': { from: 'left', to: 'bottom', labelAt: 'source' },
  'accept-disqualified': { from: 'bottom', to: 'right', labelAt: 'source' },
  'mql-disqualified': { from: 'bottom', to: 'top', labelAt: 'target' },
  'followUp-lost': { from: 'bottom', to: 'top', labelAt: 'source' },
};

/** The sides facing each other, for steps moved by hand: right to left, top to bottom… */
export function facingRoute(
  from: { x: number; y: number },
  to: { x: number; y: number },
): LinkRoute {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  if (Math.abs(dx) >= Math.abs(dy)) {
    return dx >= 0
      ? { from: 'right', to: 'left', labelAt: 'source' }
      : { from: 'left', to: 'right', labelAt: 'source' };
  }
  return dy >= 0
    ? { from: 'bottom', to: 'top', labelAt: 'source' }
    : { from: 'top', to: 'bottom', labelAt: 'source' };
}

/** Detour kinds and the step where such a lead ends up. */
const DETOUR_TARGET: Record<Exclude<EdgeKind, 'main'>, SwimlaneStep> = {
  recycle: 'nurture',
  nurture: 'nurture',
  disqualified: 'disqualified',
  lost: 'lost',
};

/**
 * The handoff as a swimlane, generated from the plan: marketing captures,
 * scores and routes; sales accepts or rejects, follows up and opens the
 * opportunity. Rejection follows the SLA; every detour of the funnel (recycle,
 * nurture, disqualified, lost) becomes a path from the step on its side of the
 * handoff, so the diagram and the funnel tell the same story. Detours that
 * leave the funnel's last stage (customers turning evangelists) are after the
 * sale and stay out of the handoff.
 */
export function buildSwimlane(
  handoff: HandoffSection,
  funnel: FunnelSection,
  analysis: FunnelAnalysis,
): Swimlane {
  const path = analysis.rows.map((row) => row.stageId);
  const handoffIndex = path.indexOf(handoffStageId(handoff.sla, funnel, analysis) ?? '');
  const stageName = new Map(funnel.stages.map((s) => [s.id, s.name]));
  const links: SwimlaneLink[] = [];
  const route = { from: 'right', to: 'left', labelAt: 'source' } as const;
  const add = (source: SwimlaneStep, target: SwimlaneStep, kind: SwimlaneLinkKind) =>
    links.push({ id: `${source}-${target}`, source, target, kind, route, detour: null });

  add('capture', 'score', 'flow');
  add('score', 'mql', 'flow');
  add('mql', 'route', 'yes');
  add('mql', 'nurture', 'no');
  add('nurture', 'score', 'flow');
  add('route', 'accept', 'flow');
  add('accept', 'followUp', 'yes');
  add('followUp', 'opportunity', 'flow');
  add('accept', handoff.sla.rejectedRoute === 'nurture' ? 'nurture' : 'disqualified', 'rejected');

  for (const edge of funnel.handoffs) {
    if (edge.kind === 'main') continue;
    const sourceIndex = path.indexOf(edge.source);
    if (sourceIndex === path.length - 1) continue;
    const salesSide = handoffIndex >= 0 && sourceIndex > handoffIndex;
    const source: SwimlaneStep = !salesSide ? 'mql' : edge.kind === 'lost' ? 'followUp' : 'accept';
    const target = DETOUR_TARGET[edge.kind];
    const detour = {
      handoffId: edge.id,
      from: stageName.get(edge.source) ?? edge.source,
      to: stageName.get(edge.target) ?? edge.target,
    };
    const existing = links.find((l) => l.source === source && l.target === target);
    if (existing && existing.detour === null) {
      existing.kind = edge.kind;
      existing.detour = detour;
    } else {
      const id = existing ? `${source}-${target}-${edge.id}` : `${source}-${target}`;
      links.push({ id, source, target, kind: edge.kind, route, detour });
    }
  }

  const used = new Set(links.flatMap((l) => [l.source, l.target]));
  const nodes = (Object.keys(LAYOUT) as SwimlaneStep[])
    .filter((step) => used.has(step))
    .map((step) => {
      const place = LAYOUT[step];
      const moved = handoff.swimlane.positions[step];
      return {
        step,
        lane: place.lane,
        shape: place.shape,
        position: moved ?? {
          x: SWIMLANE_GRID.left + place.column * SWIMLANE_GRID.column,
          y:
            (place.lane === 'sales' ? SWIMLANE_GRID.laneHeight : 0) +
            SWIMLANE_GRID.rowOffset[place.row],
        },
        moved: moved !== undefined,
      };
    });
  const placed = new Map(nodes.map((n) => [n.step, n]));
  for (const link of links) {
    const source = placed.get(link.source);
    const target = placed.get(link.target);
    if (!source || !target) continue;
    link.route =
      source.moved || target.moved
        ? facingRoute(source.position, target.position)
        : (ROUTES[`${link.source}-${link.target}`] ??
          facingRoute(source.position, target.position));
  }
  return {
    nodes,
    links,
    size: {
      width: SWIMLANE_GRID.left + SWIMLANE_GRID.columns * SWIMLANE_GRID.column,
      laneHeight: SWIMLANE_GRID.laneHeight,
    },
  };
}
