import { AlertTriangle } from 'lucide-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FunnelAnalysis } from '../../../shared/domain/funnel-math';
import type { PathProblem } from '../../../shared/domain/funnel-path';
import type { NumberFormats } from './format-numbers';
import { useStageNames } from './use-funnel';

/** The headline numbers of the funnel math, and what stops it, in words. */
export function FunnelResults({
  analysis,
  formats,
}: {
  analysis: FunnelAnalysis;
  formats: NumberFormats;
}) {
  const { t } = useTranslation();
  const names = useStageNames();
  const name = (id: string) => names.get(id) ?? id;
  const bottleneck = analysis.bottleneck;
  const bottleneckRow = bottleneck
    ? analysis.rows.find((r) => r.stageId === bottleneck.fromStageId)
    : undefined;
  const nextStage = bottleneck
    ? analysis.rows[analysis.rows.findIndex((r) => r.stageId === bottleneck.fromStageId) + 1]
    : undefined;

  return (
    <section className="panel-form" aria-labelledby="results-heading">
      <h3 id="results-heading">{t('funnel.results.heading')}</h3>
      <div role="status" aria-live="polite" className="funnel-problems">
        {analysis.problem && <Problem text={problemText(analysis.problem, name, t)} />}
        {analysis.unreachableAt && (
          <Problem
            text={t('funnel.problems.unreachable', {
              stage: name(analysis.unreachableAt.fromStageId),
            })}
          />
        )}
      </div>
      <dl className="results">
        <div>
          <dt>{t('funnel.results.customersNeeded')}</dt>
          <dd>{formats.volume(analysis.customersNeeded)}</dd>
        </div>
        <div>
          <dt>{t('funnel.results.forecastCustomers')}</dt>
          <dd>{formats.volume(analysis.customers)}</dd>
        </div>
        <div>
          <dt>{t('funnel.results.forecastRevenue')}</dt>
          <dd>{formats.money(analysis.revenue)}</dd>
        </div>
        <div>
          <dt>{t('funnel.results.cycle')}</dt>
          <dd>
            {analysis.cycleDays === null
              ? '–'
              : t('funnel.results.cycleValue', { days: formats.decimal(analysis.cycleDays) })}
          </dd>
        </div>
        <div>
          <dt>{t('funnel.results.velocity')}</dt>
          <dd>
            {analysis.velocityPerDay === null
              ? '–'
              : t('funnel.results.velocityValue', {
                  amount: formats.money(analysis.velocityPerDay),
                })}
          </dd>
        </div>
        <div>
          <dt>{t('funnel.results.bottleneck')}</dt>
          <dd>
            {bottleneck && bottleneckRow && nextStage
              ? t('funnel.results.bottleneckValue', {
                  from: name(bottleneck.fromStageId),
                  to: name(nextStage.stageId),
                  rate: formats.percent(bottleneckRow.rateToNext),
                  preset: formats.percent(bottleneckRow.presetToNext),
                })
              : t('funnel.results.noBottleneck')}
          </dd>
        </div>
      </dl>
      {analysis.customersNeeded === null && (
        <p className="muted">{t('funnel.results.needTarget')}</p>
      )}
    </section>
  );
}

function Problem({ text }: { text: string }) {
  return (
    <p className="funnel-problem">
      <AlertTriangle aria-hidden size={18} />
      {text}
    </p>
  );
}

function problemText(problem: PathProblem, name: (id: string) => string, t: TFunction): string {
  switch (problem.kind) {
    case 'noStart':
      return t('funnel.problems.noStart');
    case 'severalStarts':
      return t('funnel.problems.severalStarts', { stages: problem.stageIds.map(name).join(', ') });
    case 'fork':
      return t('funnel.problems.fork', { stage: name(problem.stageId) });
    case 'loop':
      return t('funnel.problems.loop', { stage: name(problem.stageId) });
  }
}
