import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo, useRef, useState } from 'react';
import { toast } from 'sonner';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../shared/domain/funnel';
import type { StageNumbers } from '../../../shared/domain/funnel-math';
import { overlongPaste } from '../../ui/text-limit';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import type { NumberFormats } from './format-numbers';

export type StageNodeData = {
  stage: Stage;
  numbers: StageNumbers | null;
  formats: NumberFormats;
};

export type StageNodeType = Node<StageNodeData, 'stage'>;

/** As the plan's schema allows (StageSchema's name). */
const STAGE_NAME_MAX = 60;

/**
 * A stage on the map: name (double-click to rename), owning team by label and
 * colour, kind, and the live numbers. Off-path stages (detours) show no math.
 */
export const StageNode = memo(function StageNode({ data, selected }: NodeProps<StageNodeType>) {
  const { t } = useTranslation();
  const { stage, numbers, formats } = data;
  const [editing, setEditing] = useState(false);
  /** Escape abandons the rename: the input's blur as it goes away must not store it. */
  const abandoned = useRef(false);
  const dispatch = usePlanDispatch();

  return (
    <div
      className={`stage-node team-${stage.team}${selected ? ' is-selected' : ''}${numbers ? '' : ' off-path'}`}
    >
      <Handle type="target" position={Position.Left} />
      <div className="stage-node-head">
        <span className="stage-team">{t(`funnel.team.${stage.team}`)}</span>
        <span className="stage-kind">
          {stage.kind === 'sla'
            ? t('funnel.slaLimit', { hours: stage.slaHours ?? 0 })
            : t(`funnel.kind.${stage.kind}`)}
        </span>
      </div>
      {editing ? (
        <input
          className="stage-name-input nodrag"
          aria-label={t('funnel.stage.name')}
          defaultValue={stage.name}
          autoFocus
          maxLength={STAGE_NAME_MAX}
          onPaste={(event) => {
            const overlong = overlongPaste(event, STAGE_NAME_MAX);
            if (overlong) {
              toast.error(
                t('refusals.text.pasteTooLong', {
                  length: String(overlong.length),
                  max: String(STAGE_NAME_MAX),
                }),
              );
            }
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
            <dt>{t('funnel.forecast')}</dt>
            <dd>{formats.volume(numbers.forecast)}</dd>
          </div>
          <div>
            <dt>{t('funnel.required')}</dt>
            <dd className={numbers.gap !== null && numbers.gap < 0 ? 'is-short' : undefined}>
              {formats.volume(numbers.required)}
            </dd>
          </div>
          {numbers.rateToNext !== null && (
            <div>
              <dt>{t('funnel.toNext')}</dt>
              <dd>{formats.percent(numbers.rateToNext)}</dd>
            </div>
          )}
          {stage.avgDays !== null && (
            <div>
              <dt>{t('funnel.daysInStage')}</dt>
              <dd>{formats.decimal(stage.avgDays)}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="stage-off-path">{t('funnel.offPath')}</p>
      )}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});
