import type { FitViewOptions, ReactFlowInstance } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import type { Stage } from '../../../shared/domain/funnel';
import { NODE_SIZE } from './auto-layout';

type Position = Stage['position'];

/**
 * A stage added where the map does not show it, or a stage in view pushed out of it by
 * the addition (the toolbar's Add stage puts the new one in the closing stage's place and
 * moves that one along, often past the view's right edge), brings the funnel into view. A
 * stage added where the view already is, by a double-click, leaves the view alone.
 */
export function useNewStagesInView(
  stages: readonly Stage[],
  flow: Pick<ReactFlowInstance, 'getViewport' | 'fitView'>,
  canvas: RefObject<HTMLElement | null>,
  fit: FitViewOptions,
): void {
  const known = useRef<ReadonlyMap<string, Position> | null>(null);
  useEffect(() => {
    const before = known.current;
    known.current = new Map(stages.map((stage) => [stage.id, stage.position]));
    // The map's first drawing is fitted by React Flow itself.
    if (!before || stages.every((stage) => before.has(stage.id))) return;
    const box = canvas.current?.getBoundingClientRect();
    if (!box) return;
    const { x, y, zoom } = flow.getViewport();
    const shown = (position: Position) =>
      position.x >= -x / zoom &&
      position.y >= -y / zoom &&
      position.x + NODE_SIZE.width <= (box.width - x) / zoom &&
      position.y + NODE_SIZE.height <= (box.height - y) / zoom;
    const lost = stages.some((stage) => {
      const was = before.get(stage.id);
      return !shown(stage.position) && (was === undefined || shown(was));
    });
    if (lost) void flow.fitView({ ...fit, duration: 200 });
  }, [stages, flow, canvas, fit]);
}
