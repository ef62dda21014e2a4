import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EdgeKindSchema, type Handoff } from '../../../shared/domain/funnel';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { usePlanNumberFormats, useStageNames } from './use-funnel';

/** The selected handoff: its kind and conversion rate, typed as a percentage. */
export function HandoffForm({ handoff }: { handoff: Handoff }) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const names = useStageNames();
  const formats = usePlanNumberFormats();

  return (
    <section className="panel-form" aria-labelledby="handoff-form-heading">
      <h3 id="handoff-form-heading">
        {t('funnel.handoff.title', {
          from: names.get(handoff.source) ?? '',
          to: names.get(handoff.target) ?? '',
        })}
      </h3>
      <SelectField
        label={t('funnel.handoff.kind')}
        value={handoff.kind}
        options={EdgeKindSchema.options.map((kind) => ({
          value: kind,
          label: t(`funnel.edgeKind.${kind}`),
        }))}
        onChange={(event) =>
          dispatch([
            {
              type: 'funnel.handoff.update',
              handoffId: handoff.id,
              patch: { kind: EdgeKindSchema.parse(event.target.value) },
            },
          ])
        }
      />
      <NumberField
        label={t('funnel.handoff.rate')}
        value={handoff.rate === null ? null : handoff.rate * 100}
        min={0}
        max={100}
        allowEmpty
        help={
          handoff.presetRate === null
            ? t('funnel.handoff.noPreset')
            : t('funnel.handoff.preset', { rate: formats.percent(handoff.presetRate) })
        }
        commit={(percent) =>
          dispatch([
            {
              type: 'funnel.handoff.update',
              handoffId: handoff.id,
              patch: { rate: percent === null ? null : percent / 100 },
            },
          ])
        }
      />
      <button
        type="button"
        className="btn btn-danger-quiet"
        onClick={() => dispatch([{ type: 'funnel.handoffs.remove', handoffIds: [handoff.id] }])}
      >
        <Trash2 aria-hidden size={18} />
        {t('funnel.handoff.remove')}
      </button>
    </section>
  );
}
