import { Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../shared/domain/funnel';
import { StageKindSchema, StageTeamSchema } from '../../../shared/domain/funnel';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { BoundTextField } from '../workspace/BoundTextField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { ConnectStage } from './ConnectStage';
import { CreateGoalFromStage } from './CreateGoalFromStage';

/** The selected stage's fields, labelled and validated; every change is a command. */
export function StageForm({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const update = (patch: Partial<Omit<Stage, 'id' | 'position'>>) =>
    dispatch([{ type: 'funnel.stage.update', stageId: stage.id, patch }]);

  return (
    <section className="panel-form" aria-labelledby="stage-form-heading">
      <h3 id="stage-form-heading">{t('funnel.stage.heading')}</h3>
      <BoundTextField
        label={t('funnel.stage.name')}
        value={stage.name}
        maxLength={60}
        validate={(draft) => (draft.trim() ? null : t('validation.required'))}
        commit={(name) => update({ name })}
      />
      <SelectField
        label={t('funnel.stage.team')}
        value={stage.team}
        options={StageTeamSchema.options.map((team) => ({
          value: team,
          label: t(`funnel.team.${team}`),
        }))}
        onChange={(event) => update({ team: StageTeamSchema.parse(event.target.value) })}
      />
      <SelectField
        label={t('funnel.stage.kind')}
        value={stage.kind}
        help={t(`funnel.kindHelp.${stage.kind}`)}
        options={StageKindSchema.options.map((kind) => ({
          value: kind,
          label: t(`funnel.kind.${kind}`),
        }))}
        onChange={(event) => {
          const kind = StageKindSchema.parse(event.target.value);
          update(kind === 'sla' ? { kind, slaHours: stage.slaHours ?? 48 } : { kind });
        }}
      />
      {stage.kind === 'sla' && (
        <NumberField
          label={t('funnel.stage.slaHours')}
          value={stage.slaHours}
          min={0.1}
          max={8760}
          commit={(slaHours) => update({ slaHours })}
        />
      )}
      <NumberField
        label={t('funnel.stage.avgDays')}
        value={stage.avgDays}
        min={0}
        max={3650}
        allowEmpty
        commit={(avgDays) => update({ avgDays })}
      />
      <ConnectStage stage={stage} />
      <CreateGoalFromStage stage={stage} />
      <button
        type="button"
        className="btn btn-danger-quiet"
        onClick={() => dispatch([{ type: 'funnel.stages.remove', stageIds: [stage.id] }])}
      >
        <Trash2 aria-hidden size={18} />
        {t('funnel.stage.remove')}
      </button>
    </section>
  );
}
