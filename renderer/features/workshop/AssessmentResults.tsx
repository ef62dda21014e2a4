import { useTranslation } from 'react-i18next';
import {
  alignmentIndex,
  ASSESSMENT_DIMENSIONS,
  dimensionScores,
  divergences,
  type AssessmentDimension,
} from '../../../shared/domain/assessment';
import type { AssessmentRun } from '../../../shared/domain/workshop';
import { TeamsRadar } from './TeamsRadar';
import { formatDate } from '../../ui/format';

/** Obstacles a low dimension usually hides, each with a facilitation prompt. */
const OBSTACLES: Record<AssessmentDimension, readonly string[]> = {
  communication: ['poorCommunication', 'culture'],
  goals: ['misalignedGoals'],
  process: ['resistance'],
  data: ['tools'],
  accountability: ['noReview'],
  customer: ['culture'],
};

/**
 * What the room talks about: both teams on a radar, one alignment index, the
 * statements where the leaders disagree most, prompts for weak dimensions, and
 * how far things moved since an earlier run.
 */
export function AssessmentResults({
  run,
  earlier,
  language,
}: {
  run: AssessmentRun;
  earlier: AssessmentRun | null;
  language: 'en' | 'es';
}) {
  const { t } = useTranslation();
  const marketing = dimensionScores(run.marketing);
  const sales = dimensionScores(run.sales);
  const index = alignmentIndex(run.marketing, run.sales);
  const diverging = divergences(run.marketing, run.sales)
    .filter((d) => d.gap >= 2)
    .slice(0, 5);
  const weak = ASSESSMENT_DIMENSIONS.filter((d) => {
    const m = marketing[d];
    const s = sales[d];
    return m !== null && s !== null && (m + s) / 2 < 3;
  });
  const before = earlier ? alignmentIndex(earlier.marketing, earlier.sales) : null;
  return (
    <section className="card assessment-results" aria-labelledby="results-heading">
      <h3 id="results-heading">{t('workshop.results.heading')}</h3>
      <div className="results-top">
        <TeamsRadar run={run} language={language} t={t} />
        <div className="results-figures">
          <p className="alignment-index" role="status">
            <span className="index-value">{index ?? '–'}</span>
            <span>{t('workshop.results.index')}</span>
          </p>
          <p className="muted">{t('workshop.results.indexHelp')}</p>
          {earlier && (
            <p>
              {t('workshop.results.compared', {
                date: formatDate(earlier.date, language),
                before: before ?? '–',
                now: index ?? '–',
              })}
            </p>
          )}
          <ul className="radar-legend">
            <li className="is-marketing">{t('workshop.team.marketing')}</li>
            <li className="is-sales">{t('workshop.team.sales')}</li>
          </ul>
        </div>
      </div>
      <h4>{t('workshop.results.divergent')}</h4>
      {diverging.length === 0 ? (
        <p className="muted">{t('workshop.results.noDivergence')}</p>
      ) : (
        <ol className="divergences">
          {diverging.map((d) => (
            <li key={d.statement.id} className="divergence">
              <span>{d.statement.text[language]}</span>
              <span className="divergence-scores">
                {t('workshop.team.marketing')} {d.marketing} · {t('workshop.team.sales')} {d.sales}
              </span>
            </li>
          ))}
        </ol>
      )}
      {weak.length > 0 && (
        <>
          <h4>{t('workshop.results.prompts')}</h4>
          <ul>
            {weak.flatMap((d) =>
              OBSTACLES[d].map((obstacle) => (
                <li key={`${d}-${obstacle}`}>
                  <strong>{t(`workshop.obstacle.${obstacle}.title`)}</strong> (
                  {t(`workshop.dimension.${d}`)}): {t(`workshop.obstacle.${obstacle}.prompt`)}
                </li>
              )),
            )}
          </ul>
        </>
      )}
    </section>
  );
}
