import { useTranslation } from 'react-i18next';
import { VolumePeriodSchema, type Assumptions } from '../../../shared/domain/funnel';
import { useAppStore } from '../../store/store-context';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

/** Top volume, deal size, revenue target and the period they are counted in. */
export function AssumptionsForm({ assumptions }: { assumptions: Assumptions }) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const currency = useAppStore((s) => s.current?.doc.currency ?? 'USD');
  const period = t(`funnel.assumptions.periods.${assumptions.period}`);
  const set = (patch: Partial<Assumptions>) =>
    dispatch([{ type: 'funnel.assumptions.set', patch }]);

  return (
    <section className="panel-form" aria-labelledby="assumptions-heading">
      <h3 id="assumptions-heading">{t('funnel.assumptions.heading')}</h3>
      <SelectField
        label={t('funnel.assumptions.period')}
        value={assumptions.period}
        options={VolumePeriodSchema.options.map((p) => ({
          value: p,
          label: t(`funnel.assumptions.periodOptions.${p}`),
        }))}
        help={t('funnel.assumptions.periodHelp')}
        onChange={(event) => set({ period: VolumePeriodSchema.parse(event.target.value) })}
      />
      <NumberField
        label={t('funnel.assumptions.revenueTarget', { period, currency })}
        value={assumptions.revenueTarget}
        money
        min={0}
        max={1e13}
        commit={(revenueTarget) => set({ revenueTarget: revenueTarget ?? 0 })}
      />
      <NumberField
        label={t('funnel.assumptions.avgDealSize', { currency })}
        value={assumptions.avgDealSize}
        money
        min={0}
        max={1e12}
        commit={(avgDealSize) => set({ avgDealSize: avgDealSize ?? 0 })}
      />
      <NumberField
        label={t('funnel.assumptions.topVolume', { period })}
        value={assumptions.topVolume}
        min={0}
        max={1e9}
        commit={(topVolume) => set({ topVolume: topVolume ?? 0 })}
      />
    </section>
  );
}
