import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planVsActual, type StageMonth } from '../../../shared/actuals/plan-vs-actual';
import { useAppStore } from '../../store/store-context';
import { formatMonth } from '../../ui/format';
import { useFunnelAnalysis, usePlanNumberFormats, useStageNames } from '../funnel/use-funnel';

/**
 * Records entering each stage per month against the plan: the numbers and the difference
 * in words ("12 below plan (−20 %)"), marked above or below by a sign and a word as well
 * as by colour.
 */
export function PlanVsActual() {
  const { t, i18n } = useTranslation();
  const actuals = useAppStore((s) => s.current?.doc.actuals);
  const period = useAppStore((s) => s.current?.doc.funnel.assumptions.period ?? 'month');
  const analysis = useFunnelAnalysis();
  const names = useStageNames();
  const formats = usePlanNumberFormats();
  const table = useMemo(
    () => (actuals ? planVsActual(actuals, analysis, period) : null),
    [actuals, analysis, period],
  );
  const share = useMemo(
    () =>
      new Intl.NumberFormat(i18n.language, {
        style: 'percent',
        maximumFractionDigits: 0,
        signDisplay: 'exceptZero',
      }),
    [i18n.language],
  );

  if (!table || table.months.length === 0) {
    return <p className="muted">{t('review.compare.empty')}</p>;
  }
  const cellOf = new Map(table.cells.map((cell) => [`${cell.stageId}|${cell.month}`, cell]));
  const words = (cell: StageMonth) => {
    if (cell.difference === null || cell.difference === 0) return t('review.compare.onPlan');
    const count = formats.volume(Math.abs(cell.difference));
    const direction = cell.difference > 0 ? 'above' : 'below';
    // Against a plan of 0 there is no share to give, only the count.
    if (cell.share === null) return t(`review.compare.${direction}Count`, { count });
    // The minus sign, not a hyphen, as every signed figure of the plan is written.
    const percent = share.format(cell.share).replace('-', '−');
    return t(`review.compare.${direction}`, { count, percent });
  };

  return (
    <div className="plan-vs-actual" role="region" aria-labelledby="compare-heading" tabIndex={0}>
      <table>
        <caption>{t('review.compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.compare.stage')}</th>
            {table.months.map((month) => (
              <th key={month} scope="col">
                {formatMonth(month, i18n.language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {analysis.rows.map((row) => (
            <tr key={row.stageId}>
              <th scope="row">{names.get(row.stageId)}</th>
              {table.months.map((month) => {
                const cell = cellOf.get(`${row.stageId}|${month}`);
                if (!cell) return <td key={month}>–</td>;
                const tone =
                  cell.difference === null || cell.difference === 0
                    ? 'is-even'
                    : cell.difference > 0
                      ? 'is-above'
                      : 'is-below';
                return (
                  <td key={month} className={tone}>
                    <span className="actual-figure">
                      {cell.plan === null
                        ? t('review.compare.noPlan', { actual: formats.volume(cell.actual) })
                        : t('review.compare.actual', {
                            actual: formats.volume(cell.actual),
                            plan: formats.volume(cell.plan),
                          })}
                    </span>
                    <span className="actual-difference">{words(cell)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
