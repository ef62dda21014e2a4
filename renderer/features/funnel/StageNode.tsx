import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, useRef, useState } from 'react';
import { toast } from '../../ui/toast';
import type { Command } from '../../../shared/domain/commands';
import type { Stage } from '../../../shared/domain/funnel';
import type { StageNumbers } from '../../../shared/domain/funnel-math';
import { overlongPaste } from '../../ui/text-limit';
import type { NumberFormats } from './format-numbers';
import type { MapLabels } from './map-labels';

/** What a stage shows, and the map's words and dispatch: no node subscribes to either itself. */
export type StageNodeData = {
  stage: Stage;
  numbers: StageNumbers | null;
  formats: NumberFormats;
  labels: MapLabels;
  dispatch: (commands: Command[]) => string | null;
};

export type StageNodeType = Node<StageNodeData, 'stage'>;

/** As the plan's schema allows (StageSchema's name). */
const STAGE_NAME_MAX = 60;

/**
 * A stage on the map: name (double-click to rename), owning team by label and
 * colour, kind, and the live numbers. Off-path stages (detours) show no math.
 */
export const StageNode = memo(function StageNode({ data, selected }: NodeProps<StageNodeType>) {
  const { stage, numbers, formats, labels, dispatch } = data;
  const [editing, setEditing] = useState(false);
  /** Escape abandons the rename: the input's blur as it goes away must not store it. */
  const abandoned = useRef(false);

  return (
    <div
      className={`stage-node team-${stage.team}${selected ? ' is-selected' : ''}${numbers ? '' : ' off-path'}`}
    >
      <Handle type="target" position={Position.Left} />
      <div className="stage-node-head">
        <span className="stage-team">{labels.team[stage.team]}</span>
        <span className="stage-kind">
          {stage.kind === 'sla' ? labels.slaLimit(stage.slaHours ?? 0) : labels.kind[stage.kind]}
        </span>
      </div>
      {editing ? (
        <input
          className="stage-name-input nodrag"
          aria-label={labels.stageName}
          defaultValue={stage.name}
          autoFocus
          maxLength={STAGE_NAME_MAX}
          onPaste={(event) => {
            const overlong = overlongPaste(event, STAGE_NAME_MAX);
            if (overlong) toast.error(labels.pasteTooLong(overlong.length, STAGE_NAME_MAX));
          }}
          onFocus={() => (abandoned.current = false)}
          onBlur={(event) => {
            setEditing(false);
            if (abandoned.current) return;
            const name = event.target.value.trim();
            if (name && name !== stage.name) {
              dispatch([{ type: 'funnel.stage.update', stageId: stage.id, patch: { name } }]);
            }
          }}
          onKeyDown={(event) => {
            event.stopPropagation();
            if (event.key === 'Enter') event.currentTarget.blur();
            if (event.key === 'Escape') {
              abandoned.current = true;
              setEditing(false);
            }
          }}
        />
      ) : (
        <p
          className="stage-name"
          onDoubleClick={(event) => (event.stopPropagation(), setEditing(true))}
        >
          {stage.name}
        </p>
      )}
      {numbers ? (
        <dl className="stage-numbers">
          <div>
            <dt>{labels.forecast}</dt>
            <dd>{formats.volume(numbers.forecast)}</dd>
          </div>
          <div>
            <dt>{labels.required}</dt>
            <dd className={numbers.gap !== null && numbers.gap < 0 ? 'is-short' : undefined}>
              {formats.volume(numbers.required)}
            </dd>
          </div>
          {numbers.rateToNext !== null && (
            <div>
              <dt>{labels.toNext}</dt>
              <dd>{formats.percent(numbers.rateToNext)}</dd>
            </div>
          )}
          {stage.avgDays !== null && (
            <div>
              <dt>{labels.daysInStage}</dt>
              <dd>{formats.decimal(stage.avgDays)}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="stage-off-path">{labels.offPath}</p>
      )}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
