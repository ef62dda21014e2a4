import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { SwimlaneNode } from '../../../shared/domain/swimlane';

export type StepNodeData = { node: SwimlaneNode; title: string; detail: string };
export type StepNodeType = Node<StepNodeData, 'step'>;
export type LaneNodeData = { label: string; lane: 'marketing' | 'sales' };
export type LaneNodeType = Node<LaneNodeData, 'lane'>;

const SIDES = [
  ['top', Position.Top],
  ['right', Position.Right],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
] as const;

/**
 * A step of the handoff: a task, a decision (a question with yes/no exits) or
 * an end. Handles on every side, hidden, so each path leaves from the side
 * facing where it goes.
 */
export const SwimlaneStepNode = memo(function SwimlaneStepNode({ data }: NodeProps<StepNodeType>) {
  const { node, title, detail } = data;
  return (
    <div className={`swim-step shape-${node.shape} lane-${node.lane}`}>
      {SIDES.map(([side, position]) => (
        <Handle
          key={`t-${side}`}
          id={`t-${side}`}
          type="target"
          position={position}
          isConnectable={false}
        />
      ))}
      <div className="swim-step-title">{title}</div>
      {detail && <div className="swim-step-detail">{detail}</div>}
      {SIDES.map(([side, position]) => (
        <Handle
          key={`s-${side}`}
          id={`s-${side}`}
          type="source"
          position={position}
          isConnectable={false}
        />
      ))}
    </div>
  );
});

/** The band of one team behind its steps, its name down the left edge. */
export const SwimlaneLaneNode = memo(function SwimlaneLaneNode({ data }: NodeProps<LaneNodeType>) {
  return (
    <div className={`swim-lane lane-${data.lane}`}>
      <div className="swim-lane-label">{data.label}</div>
    </div>
  );
});
