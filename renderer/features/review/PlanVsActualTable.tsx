import type { TFunction } from 'i18next';
import { byQuarter, planVsActual, type StageMonth } from '../../../shared/actuals/plan-vs-actual';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import type { FunnelAnalysis } from '../../../shared/domain/funnel-math';
import {
  formatDate,
  formatMonth,
  formatMonthRange,
  formatQuarter,
  formatShareOfPlan,
} from '../../ui/format';
import type { NumberFormats } from '../funnel/format-numbers';
import './plan-vs-actual.css';

interface PlanVsActualTableProps {
  doc: Pick<PlanDoc, 'actuals' | 'funnel' | 'period'>;
  analysis: FunnelAnalysis;
  t: TFunction;
  language: string;
  formats: NumberFormats;
  /** Only the latest months (the printed page's width); all of them on screen. */
  lastMonths?: number;
  /** The months a review meeting looks at; all imported months when null. */
  period?: { from: string; to: string } | null;
  /** Month by month, or summed by calendar quarter. */
  by?: 'month' | 'quarter';
  /** Only these stages (a slide's share of them); every stage when not given. */
  stageIds?: readonly string[];
}

/**
 * Records entering each stage per month against the plan: the numbers and the difference
 * in words ("12 below plan (−20 %)"), marked above or below by a word and a sign as well
 * as by colour. The same table on screen and in the PDF.
 */
export function PlanVsActualTable({
  doc,
  analysis,
  t,
  language,
  formats,
  lastMonths,
  period,
  by = 'month',
  stageIds,
}: PlanVsActualTableProps) {
  const monthly = planVsActual(doc.actuals, analysis, doc.funnel.assumptions.period, doc.period);
  if (monthly.months.length === 0) return <p className="muted">{t('review.compare.empty')}</p>;
  const chosen = period
    ? {
        months: monthly.months.filter((month) => period.from <= month && month <= period.to),
        cells: monthly.cells.filter((cell) => period.from <= cell.month && cell.month <= period.to),
      }
    : monthly;
  const table = by === 'quarter' ? byQuarter(chosen) : { ...chosen, partOf: null };
  const inPeriod = table.months;
  const label = (key: string) =>
    by === 'quarter' ? formatQuarter(key, language) : formatMonth(key, language);
  if (inPeriod.length === 0) {
    return <p className="muted">{t('review.compare.noneInPeriod')}</p>;
  }
  const months = lastMonths ? inPeriod.slice(-lastMonths) : inPeriod;
  const names = new Map(doc.funnel.stages.map((stage) => [stage.id, stage.name]));
  const cellOf = new Map(table.cells.map((cell) => [`${cell.stageId}|${cell.month}`, cell]));
  const share = { format: (value: number) => formatShareOfPlan(value, language) };
  /** The difference in words; none where there is no plan figure to differ from. */
  const words = (cell: StageMonth) => {
    if (cell.difference === null) return null;
    if (cell.difference === 0) return t('review.compare.onPlan');
    const count = formats.volume(Math.abs(cell.difference));
    const direction = cell.difference > 0 ? 'above' : 'below';
    // Against a plan of 0 there is no share to give, only the count.
    if (cell.share === null) return t(`review.compare.${direction}Count`, { count });
    // The minus sign, not a hyphen, as every signed figure of the plan is written.
    const percent = share.format(cell.share).replace('-', '−');
    return t(`review.compare.${direction}`, { count, percent });
  };

  return (
    <table className="plan-vs-actual-table">
      <caption>
        {t(by === 'quarter' ? 'review.compare.captionQuarter' : 'review.compare.caption')}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('review.compare.stage')}</th>
          {months.map((month) => {
            // A month the export saw only part of is compared with the plan for that part.
            const seenUntil = table.cells.find((c) => c.month === month && c.seenUntil)?.seenUntil;
            // A quarter summed over fewer than its three months says which it has.
            const part = table.partOf?.get(month);
            return (
              <th key={month} scope="col">
                {label(month)}
                {part && (
                  <span className="actual-partial">
                    {t('review.compare.quarterPart', {
                      months: formatMonthRange(part.from, part.to, language),
                    })}
                  </span>
                )}
                {seenUntil && (
                  <span className="actual-partial">
                    {t('review.compare.seenUntil', { day: formatDate(seenUntil, language) })}
                  </span>
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {analysis.rows
          .filter((row) => !stageIds || stageIds.includes(row.stageId))
          .map((row) => (
            <tr key={row.stageId}>
              <th scope="row">{names.get(row.stageId)}</th>
              {months.map((month) => {
                const cell = cellOf.get(`${row.stageId}|${month}`);
                if (!cell) return <td key={month}>–</td>;
                const tone =
                  cell.difference === null || cell.difference === 0
                    ? 'is-even'
                    : cell.difference > 0
                      ? 'is-above'
                      : 'is-below';
                const difference = words(cell);
                return (
                  <td key={month} className={tone}>
                    <span className="actual-figure">
                      {cell.outsidePlan
                        ? t('review.compare.outsidePlan', { actual: formats.volume(cell.actual) })
                        : cell.plan === null
                          ? t('review.compare.noPlan', { actual: formats.volume(cell.actual) })
                          : t('review.compare.actual', {
                              actual: formats.volume(cell.actual),
                              plan: formats.volume(cell.plan),
                            })}
                    </span>
                    {difference && <span className="actual-difference">{difference}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
      </tbody>
    </table>
  );
}
