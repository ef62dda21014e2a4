import { slaMqlVolume, handoffStageId } from '../../../shared/domain/sla';
import { useReport } from './report-context';

/** One page a manager reads first: the target, what it takes, the SLA's key terms, the goals. */
export function SummarySection() {
  const { doc, analysis, t, formats } = useReport();
  const { assumptions } = doc.funnel;
  const period = t(`funnel.assumptions.periods.${assumptions.period}`);
  const sla = doc.handoff.sla;
  const volume = slaMqlVolume(sla, doc.funnel, analysis);
  const stageId = handoffStageId(sla, doc.funnel, analysis);
  const stage = doc.funnel.stages.find((s) => s.id === stageId)?.name ?? '–';
  const top = analysis.rows[0];
  return (
    <section className="report-section" aria-labelledby="report-summary">
      <h2 id="report-summary">{t('report.sections.summary')}</h2>
      <div className="report-kpis">
        <Figure
          label={t('report.summary.revenueTarget', { period })}
          value={formats.amount(assumptions.revenueTarget)}
        />
        <Figure
          label={t('report.summary.customersNeeded', { period })}
          value={formats.volume(analysis.customersNeeded)}
        />
        <Figure
          label={t('report.summary.topNeeded', { period })}
          value={formats.volume(top?.required ?? null)}
        />
        <Figure
          label={t('report.summary.mqls', { stage, period })}
          value={formats.volume(volume.value)}
        />
      </div>
      <h3>{t('report.summary.slaKey')}</h3>
      <ul>
        {/* Counted in the SLA's business calendar, as the SLA's own table says. */}
        <li>
          {t('report.summary.response', {
            count: sla.firstResponseHours,
            hours: formats.decimal(sla.firstResponseHours),
          })}
        </li>
        <li>{t('report.summary.acceptance', { rate: formats.percent(sla.acceptanceRate) })}</li>
        <li>{t('report.summary.window', { hours: formats.decimal(sla.acceptWindowHours) })}</li>
      </ul>
      {doc.goals.goals.length > 0 && (
        <>
          <h3>{t('report.summary.goals')}</h3>
          <ul>
            {doc.goals.goals.map((goal) => (
              <li key={goal.id}>{goal.title}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="report-figure">
      <span className="report-figure-value">{value}</span>
      <span className="report-figure-label">{label}</span>
    </div>
  );
}
