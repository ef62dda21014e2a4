import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { funnelAsRun, RECORDS_TO_JUDGE } from '../../../shared/actuals/funnel-as-run';
import { useAppStore } from '../../store/store-context';
import { usePlanNumberFormats, useStageNames } from '../funnel/use-funnel';
import { formatDate } from '../../ui/format';
import { Sparkline } from './Sparkline';

/**
 * The steps of the funnel as the imports show them: the rate seen against the plan's,
 * from cohorts old enough to judge (a young cohort says "too early", never a low rate),
 * the real bottleneck, and the forecast again at the rates seen.
 */
export function FunnelAsRun() {
  const { t, i18n } = useTranslation();
  const doc = useAppStore((s) => s.current?.doc);
  const names = useStageNames();
  const formats = usePlanNumberFormats();
  const run = useMemo(() => (doc ? funnelAsRun(doc.actuals, doc.funnel) : null), [doc]);
  if (!doc || !run || doc.actuals.imports.length === 0) return null;
  const name = (id: string) => names.get(id) ?? '';
  // Cohorts are judged against the latest day the exports hold, not today.
  const asOf =
    doc.actuals.imports
      .map((entry) => entry.asOf)
      .sort()
      .at(-1) ?? '';

  return (
    <section className="card" aria-labelledby="as-run-heading">
      <h3 id="as-run-heading">{t('review.asRun.heading')}</h3>
      <p className="muted">{t('review.asRun.asOf', { date: formatDate(asOf, i18n.language) })}</p>
      <table className="plan-vs-actual-table">
        <caption>{t('review.asRun.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.asRun.step')}</th>
            <th scope="col">{t('review.asRun.plan')}</th>
            <th scope="col">{t('review.asRun.actual')}</th>
            <th scope="col">{t('review.asRun.days')}</th>
            <th scope="col">{t('review.asRun.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {run.steps.map((step) => (
            <tr key={`${step.fromId}-${step.toId}`}>
              <th scope="row">
                {name(step.fromId)} → {name(step.toId)}
              </th>
              <td>{formats.percent(step.planRate)}</td>
              <td>
                {step.state === 'read' && step.actualRate !== null
                  ? t(
                      step.cohortSize < RECORDS_TO_JUDGE
                        ? 'review.asRun.fewRecords'
                        : 'review.asRun.within',
                      {
                        rate: formats.percent(step.actualRate),
                        days: step.horizon,
                        count: step.cohortSize,
                      },
                    )
                  : step.state === 'slow'
                    ? t('review.asRun.slow', { days: formats.decimal(step.medianDays) })
                    : t(
                        `review.asRun.${step.state === 'notMeasured' ? 'notMeasured' : 'tooEarly'}`,
                      )}
              </td>
              <td>{formats.decimal(step.medianDays)}</td>
              <td>
                {step.trend.length < 2 ? (
                  '–'
                ) : (
                  <Sparkline
                    values={step.trend.map((point) => point.rate)}
                    label={t('review.asRun.trendLabel', {
                      first: formats.percent(step.trend[0]?.rate),
                      last: formats.percent(step.trend.at(-1)?.rate),
                      count: step.trend.length,
                    })}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {run.bottleneck && (
        <p className="funnel-problem">
          {t('review.asRun.bottleneck', {
            from: name(run.bottleneck.fromId),
            to: name(run.bottleneck.toId),
            actual: formats.percent(run.bottleneck.actualRate),
            plan: formats.percent(run.bottleneck.planRate),
          })}
        </p>
      )}
      {run.topNeededPerMonth !== null &&
        run.topPerMonth !== null &&
        run.topId !== null &&
        run.customersPerMonth !== null && (
          <p>
            {t('review.asRun.reforecast', {
              needed: formats.volume(run.topNeededPerMonth),
              stage: name(run.topId),
              current: formats.volume(run.topPerMonth),
              customers: formats.volume(run.customersPerMonth),
            })}
          </p>
        )}
    </section>
  );
}
