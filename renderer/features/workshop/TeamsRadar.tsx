import type { TFunction } from 'i18next';
import { ASSESSMENT_DIMENSIONS, dimensionScores } from '../../../shared/domain/assessment';
import type { AssessmentRun } from '../../../shared/domain/workshop';
import { RadarChart } from './RadarChart';

/** Dimension means in the language they are read in: 3,5 in Spanish, 3.5 in English. */
export function meanFormat(language: 'en' | 'es'): (value: number | null) => string {
  const oneDecimal = new Intl.NumberFormat(language === 'es' ? 'es-ES' : 'en-US', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (value) => (value === null ? '–' : oneDecimal.format(value));
}

/**
 * One assessment run as a radar of both teams, described in words for screen readers: what
 * the workshop screen and the printed report both draw.
 */
export function TeamsRadar({
  run,
  language,
  t,
  size,
}: {
  run: AssessmentRun;
  language: 'en' | 'es';
  /** The screen's or the report's language, whichever the radar is drawn in. */
  t: TFunction;
  size?: number;
}) {
  const marketing = dimensionScores(run.marketing);
  const sales = dimensionScores(run.sales);
  const axes = ASSESSMENT_DIMENSIONS.map((d) => t(`workshop.dimension.${d}`));
  const mean = meanFormat(language);
  return (
    <RadarChart
      axes={axes}
      {...(size ? { size } : {})}
      title={t('workshop.results.radar')}
      description={ASSESSMENT_DIMENSIONS.map(
        (d, i) =>
          `${axes[i]}: ${t('workshop.team.marketing')} ${mean(marketing[d])}, ${t('workshop.team.sales')} ${mean(sales[d])}`,
      ).join('; ')}
      series={[
        {
          label: t('workshop.team.marketing'),
          values: ASSESSMENT_DIMENSIONS.map((d) => marketing[d]),
          className: 'is-marketing',
        },
        {
          label: t('workshop.team.sales'),
          values: ASSESSMENT_DIMENSIONS.map((d) => sales[d]),
          className: 'is-sales',
        },
      ]}
    />
  );
}
