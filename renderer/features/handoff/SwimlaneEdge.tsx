import {
  BaseEdge,
  EdgeLabelRenderer,
  getSmoothStepPath,
  Position,
  type Edge,
  type EdgeProps,
} from '@xyflow/react';
import { memo } from 'react';
import type { LinkRoute, SwimlaneLinkKind } from '../../../shared/domain/swimlane';

export type SwimlaneEdgeData = { label: string; kind: SwimlaneLinkKind; route: LinkRoute };
export type SwimlaneEdgeType = Edge<SwimlaneEdgeData, 'swim'>;

/** Where a label sits next to the end of a path, pushed away from the step it leaves or enters. */
const LABEL_OFFSET: Record<Position, { dx: number; dy: number; transform: string }> = {
  [Position.Bottom]: { dx: 0, dy: 14, transform: 'translate(-50%, 0)' },
  [Position.Top]: { dx: 0, dy: -14, transform: 'translate(-50%, -100%)' },
  [Position.Left]: { dx: -12, dy: -6, transform: 'translate(-100%, -100%)' },
  [Position.Right]: { dx: 8, dy: -6, transform: 'translate(0, -100%)' },
};

/**
 * A path of the swimlane: right-angled, dashed for detours, its label beside
 * the end that explains it (a decision's answer next to the decision), so
 * labels of paths that cross never sit on one another.
 */
export const SwimlaneEdge = memo(function SwimlaneEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
  markerEnd,
}: EdgeProps<SwimlaneEdgeType>) {
  const [path] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 8,
  });
  const atSource = data?.route.labelAt !== 'target';
  const side = atSource ? sourcePosition : targetPosition;
  const offset = LABEL_OFFSET[side];
  const x = (atSource ? sourceX : targetX) + offset.dx;
  const y = (atSource ? sourceY : targetY) + offset.dy;
  const detour = data ? !['flow', 'yes', 'no'].includes(data.kind) : false;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        {...(markerEnd ? { markerEnd } : {})}
        className={`swim-path kind-${data?.kind ?? 'flow'}`}
        {...(detour ? { style: { strokeDasharray: '7 5' } } : {})}
      />
      {data?.label && (
        <EdgeLabelRenderer>
          <div
            className={`swim-label kind-${data.kind}`}
            style={{ transform: `${offset.transform} translate(${x}px, ${y}px)` }}
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
