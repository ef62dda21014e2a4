import { useTranslation } from 'react-i18next';
import { stagesInFunnelOrder } from '../../../shared/domain/funnel-path';
import type { Goal, GoalMetric } from '../../../shared/domain/goals';
import { KpiIdSchema } from '../../../shared/domain/goals';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useFunnel, useStageNames } from '../funnel/use-funnel';

type MetricKind = GoalMetric['kind'] | 'none';

/** What the goal measures: its kind, then the stage, step, KPI or custom name and unit. */
export function MetricPicker({
  goal,
  onChange,
}: {
  goal: Goal;
  onChange: (metric: GoalMetric | null) => void;
}) {
  const { t } = useTranslation();
  const funnel = useFunnel();
  const names = useStageNames();
  const metric = goal.metric;
  const kind: MetricKind = metric?.kind ?? 'none';
  const mainHandoffs = funnel.handoffs.filter((h) => h.kind === 'main');

  const chooseKind = (next: MetricKind) => {
    if (next === 'none') onChange(null);
    else if (next === 'stageVolume' && funnel.stages[0])
      onChange({ kind: 'stageVolume', stageId: funnel.stages[0].id });
    else if (next === 'conversion' && mainHandoffs[0])
      onChange({ kind: 'conversion', handoffId: mainHandoffs[0].id });
    else if (next === 'revenue') onChange({ kind: 'revenue' });
    else if (next === 'kpi') onChange({ kind: 'kpi', kpi: 'leadGeneration' });
    else if (next === 'custom') onChange({ kind: 'custom', name: '', unit: '' });
  };

  const kinds: MetricKind[] = ['none', 'revenue', 'kpi', 'custom'];
  if (funnel.stages.length > 0) kinds.splice(1, 0, 'stageVolume');
  if (mainHandoffs.length > 0) kinds.splice(2, 0, 'conversion');

  return (
    <div className="form-grid">
      <SelectField
        label={t('goals.fields.metric')}
        value={kind}
        options={kinds.map((k) => ({ value: k, label: t(`goals.metricKind.${k}`) }))}
        onChange={(event) => chooseKind(event.target.value as MetricKind)}
      />
      {metric?.kind === 'stageVolume' && (
        <SelectField
          label={t('goals.fields.stage')}
          value={metric.stageId}
          options={stagesInFunnelOrder(funnel).map((s) => ({ value: s.id, label: s.name }))}
          onChange={(event) => onChange({ kind: 'stageVolume', stageId: event.target.value })}
        />
      )}
      {metric?.kind === 'conversion' && (
        <SelectField
          label={t('goals.fields.step')}
          value={metric.handoffId}
          options={mainHandoffs.map((h) => ({
            value: h.id,
            label: `${names.get(h.source) ?? ''} → ${names.get(h.target) ?? ''}`,
          }))}
          onChange={(event) => onChange({ kind: 'conversion', handoffId: event.target.value })}
        />
      )}
      {metric?.kind === 'kpi' && (
        <SelectField
          label={t('goals.fields.kpi')}
          value={metric.kpi}
          options={KpiIdSchema.options.map((k) => ({ value: k, label: t(`goals.kpi.${k}`) }))}
          onChange={(event) =>
            onChange({ kind: 'kpi', kpi: KpiIdSchema.parse(event.target.value) })
          }
        />
      )}
      {metric?.kind === 'custom' && (
        <>
          <TextField
            label={t('goals.fields.customName')}
            value={metric.name}
            maxLength={80}
            onChange={(event) => onChange({ ...metric, name: event.target.value })}
          />
          <TextField
            label={t('goals.fields.customUnit')}
            value={metric.unit}
            maxLength={20}
            onChange={(event) => onChange({ ...metric, unit: event.target.value })}
          />
        </>
      )}
    </div>
  );
}
