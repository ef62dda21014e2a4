import { useTranslation } from 'react-i18next';
import { kpiActual } from '../../../shared/domain/goal-metrics';
import type { Command } from '../../../shared/domain/commands';
import { SatisfactionScaleSchema, type KpiSettings } from '../../../shared/domain/goals';
import { NumberField } from '../../ui/NumberField';
import { SelectField } from '../../ui/SelectField';
import {
  useFunnel,
  useFunnelAnalysis,
  usePlanNumberFormats,
  useStageNames,
} from '../funnel/use-funnel';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

type KpiPatch = Extract<Command, { type: 'kpis.set' }>['patch'];

/**
 * The shared KPIs, target against what the plan holds: the funnel's figures where it can
 * say (leads, conversion, revenue for ROI, velocity), spend and satisfaction as typed. The
 * column is not called "actual": none of it comes from the CRM (the Review screen's).
 */
export function KpiPanel({ kpis }: { kpis: KpiSettings }) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const funnel = useFunnel();
  const analysis = useFunnelAnalysis();
  const formats = usePlanNumberFormats();
  const names = useStageNames();
  const set = (patch: KpiPatch) => dispatch([{ type: 'kpis.set', patch }]);
  const roiActual = kpiActual('roi', kpis, analysis);
  const mainSteps = analysis.rows.slice(0, -1);
  const period = t(`funnel.assumptions.periods.${funnel.assumptions.period}`);
  // CSAT is a share of satisfied customers (0–100); only NPS goes below zero.
  const satisfactionMin = kpis.satisfaction.scale === 'nps' ? -100 : 0;

  return (
    <section className="card kpi-panel" aria-labelledby="kpi-heading">
      <h3 id="kpi-heading">{t('goals.kpis.heading')}</h3>
      <table className="kpi-table">
        <thead>
          <tr>
            <th scope="col">{t('goals.kpis.kpi')}</th>
            <th scope="col">{t('goals.kpis.target')}</th>
            <th scope="col" className="num">
              {t('goals.kpis.inPlan')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              {t('goals.kpi.leadGeneration')}{' '}
              <span className="muted">({t('goals.kpis.perPeriod', { period })})</span>
            </th>
            <td>
              <NumberField
                label={t('goals.kpis.leadTarget')}
                hideLabel
                value={kpis.leadTarget}
                allowEmpty
                min={0}
                max={1e9}
                commit={(leadTarget) => set({ leadTarget })}
              />
            </td>
            <td className="num">{formats.volume(kpiActual('leadGeneration', kpis, analysis))}</td>
          </tr>
          {mainSteps.map((row, index) => (
            <tr key={row.stageId}>
              <th scope="row">
                {t('goals.kpis.conversion', {
                  from: names.get(row.stageId) ?? '',
                  to: names.get(analysis.rows[index + 1]?.stageId ?? '') ?? '',
                })}
              </th>
              <td>
                {row.presetToNext === null
                  ? '–'
                  : t('goals.kpis.preset', { rate: formats.percent(row.presetToNext) })}
              </td>
              <td className="num">{formats.percent(row.rateToNext)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('goals.kpi.roi')}</th>
            <td>
              <NumberField
                label={t('goals.kpis.roiTarget')}
                hideLabel
                value={kpis.roiTarget === null ? null : kpis.roiTarget * 100}
                allowEmpty
                min={-100}
                max={100000}
                commit={(percent) => set({ roiTarget: percent === null ? null : percent / 100 })}
              />
            </td>
            <td className="num">{formats.percent(roiActual)}</td>
          </tr>
          <tr>
            <th scope="row">{t('goals.kpi.satisfaction')}</th>
            <td>
              <NumberField
                label={t('goals.kpis.satisfactionTarget')}
                hideLabel
                value={kpis.satisfaction.target}
                allowEmpty
                min={satisfactionMin}
                max={100}
                commit={(target) => set({ satisfaction: { target } })}
              />
            </td>
            <td className="num">
              <NumberField
                label={t('goals.kpis.satisfactionActual')}
                hideLabel
                value={kpis.satisfaction.actual}
                allowEmpty
                min={satisfactionMin}
                max={100}
                commit={(actual) => set({ satisfaction: { actual } })}
              />
            </td>
          </tr>
          <tr>
            <th scope="row">
              {t('goals.kpi.velocity')} <span className="muted">({t('goals.kpis.perDay')})</span>
            </th>
            <td>
              <NumberField
                label={t('goals.kpis.velocityTarget')}
                hideLabel
                value={kpis.velocityTarget}
                allowEmpty
                min={0}
                max={1e13}
                commit={(velocityTarget) => set({ velocityTarget })}
              />
            </td>
            <td className="num">{formats.money(analysis.velocityPerDay)}</td>
          </tr>
        </tbody>
      </table>
      <div className="form-grid">
        <NumberField
          label={t('goals.kpis.marketingSpend', { period })}
          value={kpis.marketingSpend}
          money
          allowEmpty
          min={0}
          max={1e13}
          commit={(marketingSpend) => set({ marketingSpend })}
        />
        <SelectField
          label={t('goals.kpis.scale')}
          value={kpis.satisfaction.scale}
          options={SatisfactionScaleSchema.options.map((s) => ({
            value: s,
            label: t(`goals.kpis.scales.${s}`),
          }))}
          onChange={(e) =>
            set({
              satisfaction: { scale: SatisfactionScaleSchema.parse(e.target.value) },
            })
          }
        />
      </div>
      <p className="muted">{t('goals.kpis.roiHelp')}</p>
    </section>
  );
}
