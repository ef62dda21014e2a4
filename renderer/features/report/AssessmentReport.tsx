import {
  alignmentIndex,
  ASSESSMENT_DIMENSIONS,
  dimensionMeansOfCounts,
  dimensionScores,
  divergences,
} from '../../../shared/domain/assessment';
import { ROOM_TEAMS } from '../../../shared/room/room-types';
import { formatDate } from '../../ui/format';
import { meanFormat, TeamsRadar } from '../workshop/TeamsRadar';
import { TeamAverageHeaders } from '../room/room-tables';
import { useReport } from './report-context';

/**
 * Where the teams stood when they met: the latest alignment assessment as a radar of both
 * teams, its index, each dimension's scores and the statements they disagreed on most.
 */
export function AssessmentReport() {
  const { doc, t, language } = useReport();
  const run = doc.workshop.assessments.at(-1);
  if (!run) return <></>;
  const marketing = dimensionScores(run.marketing);
  const sales = dimensionScores(run.sales);
  const index = alignmentIndex(run.marketing, run.sales);
  const axes = ASSESSMENT_DIMENSIONS.map((d) => t(`workshop.dimension.${d}`));
  const mean = meanFormat(language);
  const diverging = divergences(run.marketing, run.sales)
    .filter((d) => d.gap >= 2)
    .slice(0, 5);
  const marketingName = t('workshop.team.marketing');
  const salesName = t('workshop.team.sales');
  return (
    <section className="report-section" aria-labelledby="report-assessment">
      <h2 id="report-assessment">{t('report.sections.assessment')}</h2>
      <p>
        {formatDate(run.date, language)} · {t('workshop.results.index')}:{' '}
        <strong>{index ?? '–'}</strong>
      </p>
      <div className="report-figure-box">
        <TeamsRadar run={run} language={language} t={t} size={360} />
        <ul className="radar-legend">
          <li className="is-marketing">{marketingName}</li>
          <li className="is-sales">{salesName}</li>
        </ul>
      </div>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('report.assessment.dimension')}</th>
            <th scope="col">{marketingName}</th>
            <th scope="col">{salesName}</th>
          </tr>
        </thead>
        <tbody>
          {ASSESSMENT_DIMENSIONS.map((d, i) => (
            <tr key={d}>
              <th scope="row">{axes[i]}</th>
              <td className="num">{mean(marketing[d])}</td>
              <td className="num">{mean(sales[d])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {run.room && (
        <>
          <h3>{t('room.resultsAssessment')}</h3>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('report.assessment.dimension')}</th>
                <TeamAverageHeaders counts={run.room.participants} t={t} />
              </tr>
            </thead>
            <tbody>
              {ASSESSMENT_DIMENSIONS.map((d, i) => (
                <tr key={d}>
                  <th scope="row">{axes[i]}</th>
                  {ROOM_TEAMS.map((team) => (
                    <td className="num" key={team}>
                      {mean(run.room ? dimensionMeansOfCounts(run.room.answers[team])[d] : null)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {diverging.length > 0 && (
        <>
          <h3>{t('workshop.results.divergent')}</h3>
          <ol>
            {diverging.map((d) => (
              <li key={d.statement.id}>
                {d.statement.text[language]}{' '}
                <span className="report-note">
                  · {marketingName} {d.marketing} · {salesName} {d.sales}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
