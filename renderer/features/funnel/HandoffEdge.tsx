import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  useStoreApi,
  type Edge,
  type EdgeProps,
} from '@xyflow/react';
import { memo, useState } from 'react';
import type { Handoff } from '../../../shared/domain/funnel';
import type { NumberFormats } from './format-numbers';
import type { MapLabels } from './map-labels';
import { RateOnMap } from './RateOnMap';

export type HandoffEdgeData = {
  handoff: Handoff;
  formats: NumberFormats;
  isBottleneck: boolean;
  /** "MQL → SAL", naming the rate's field when it is edited on the line. */
  title: string;
  labels: MapLabels;
};
export type HandoffEdgeType = Edge<HandoffEdgeData, 'handoff'>;

/**
 * A handoff: solid on the main path with its conversion rate, dashed and
 * labelled by kind for a detour, so the difference never rests on colour alone.
 */
export const HandoffEdge = memo(function HandoffEdge(props: EdgeProps<HandoffEdgeType>) {
  const flow = useStoreApi();
  const [editing, setEditing] = useState(false);
  const {
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    markerEnd,
    selected,
    data,
  } = props;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  if (!data) return null;
  const { handoff, formats, isBottleneck, title, labels } = data;
  const detour = handoff.kind !== 'main';
  const label = detour
    ? `${labels.edgeKind[handoff.kind]}${handoff.rate !== null ? ` · ${formats.percent(handoff.rate)}` : ''}`
    : handoff.rate === null
      ? labels.rateMissing
      : formats.percent(handoff.rate);
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        {...(markerEnd ? { markerEnd } : {})}
        className={`handoff-edge ${detour ? 'is-detour' : 'is-main'}${selected ? ' is-selected' : ''}`}
      />
      <EdgeLabelRenderer>
        <div
          className={`handoff-label ${detour ? 'is-detour' : 'is-main'}${isBottleneck ? ' is-bottleneck' : ''}${
            handoff.rate === null && !detour ? ' is-missing' : ''
          }`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          // The rate is where people click to change it: the label selects its handoff, as the
          // line does, and turns into a field for the rate. Keyboard users reach the same
          // handoff by the edge itself, which React Flow makes focusable, and edit it in the
          // side panel, so the label adds no second tab stop.
          onClick={() => {
            flow.getState().addSelectedEdges([props.id]);
            setEditing(true);
          }}
        >
          {editing ? (
            <RateOnMap handoff={handoff} title={title} onDone={() => setEditing(false)} />
          ) : (
            label
          )}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
