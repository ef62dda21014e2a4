import { FunnelChart, funnelChartLabels } from '../funnel/FunnelChart';
import { useReport } from './report-context';

/** The funnel drawn, then its numbers per stage: forecast, required, the gap, the rate on. */
export function FunnelReport() {
  const { doc, analysis, t, formats } = useReport();
  const names = new Map(doc.funnel.stages.map((s) => [s.id, s.name]));
  const teams = new Map(doc.funnel.stages.map((s) => [s.id, s.team]));
  const period = t(`funnel.assumptions.periods.${doc.funnel.assumptions.period}`);
  const detours = doc.funnel.handoffs.filter((h) => h.kind !== 'main');
  return (
    <section className="report-section" aria-labelledby="report-funnel">
      <h2 id="report-funnel">{t('report.sections.funnel')}</h2>
      <p>{t('report.funnel.intro', { period })}</p>
      {analysis.rows.length > 0 && (
        <div className="report-figure-box">
          <FunnelChart
            rows={analysis.rows}
            names={names}
            formats={formats}
            width={660}
            labels={funnelChartLabels(t)}
          />
        </div>
      )}
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('report.funnel.stage')}</th>
            <th scope="col">{t('report.funnel.team')}</th>
            <th scope="col" className="num">
              {t('funnel.forecast')}
            </th>
            <th scope="col" className="num">
              {t('funnel.required')}
            </th>
            <th scope="col" className="num">
              {t('report.funnel.gap')}
            </th>
            <th scope="col" className="num">
              {t('report.funnel.rate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {analysis.rows.map((row) => (
            <tr key={row.stageId}>
              <th scope="row">{names.get(row.stageId)}</th>
              <td>{t(`funnel.team.${teams.get(row.stageId) ?? 'shared'}`)}</td>
              <td className="num">{formats.volume(row.forecast)}</td>
              <td className="num">{formats.volume(row.required)}</td>
              <td className={`num${row.gap !== null && row.gap < 0 ? ' report-short' : ''}`}>
                {formats.signed(row.gap)}
              </td>
              <td className="num">{formats.percent(row.rateToNext)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {analysis.problem && <p className="report-note">{t('report.funnel.noPath')}</p>}
      {detours.length > 0 && (
        // Where leads go off the main path (recycled, nurtured, disqualified, lost): part of
        // what the teams agree, so printed, not left on the map.
        <>
          <h3>{t('report.funnel.detours')}</h3>
          <ul>
            {detours.map((h) => (
              <li key={h.id}>
                {names.get(h.source) ?? '–'} → {names.get(h.target) ?? '–'} ·{' '}
                {t(`funnel.edgeKind.${h.kind}`)}
                {h.rate !== null && ` · ${formats.percent(h.rate)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
