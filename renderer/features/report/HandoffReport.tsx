import { criterionValueInText } from '../handoff/criterion-value';
import { useReport } from './report-context';

/** What each stage means, how sales qualifies a lead, and how a lead is scored. */
export function HandoffReport() {
  const { doc, t, language } = useReport();
  const { definitions, framework, scoring } = doc.handoff;
  const defined = doc.funnel.stages.filter((s) => {
    const d = definitions[s.id];
    return d && (d.definition.trim() || d.entryCriteria.trim() || d.exitCriteria.trim());
  });
  const rule =
    scoring.rule.kind === 'total'
      ? t('report.handoff.ruleTotal', { threshold: scoring.rule.threshold })
      : t('report.handoff.ruleBoth', {
          fit: scoring.rule.fitThreshold,
          engagement: scoring.rule.engagementThreshold,
        });
  return (
    <section className="report-section" aria-labelledby="report-handoff">
      <h2 id="report-handoff">{t('report.sections.handoff')}</h2>
      {defined.length > 0 && (
        <>
          <h3>{t('handoff.definitions.heading')}</h3>
          {defined.map((stage) => {
            const d = definitions[stage.id];
            if (!d) return null;
            return (
              <div key={stage.id} className="report-definition">
                <h4>
                  {stage.name} · {t(`funnel.team.${stage.team}`)}
                </h4>
                {d.definition && <p>{d.definition}</p>}
                <dl className="report-facts">
                  {d.entryCriteria && (
                    <>
                      <dt>{t('report.handoff.entry')}</dt>
                      <dd>{d.entryCriteria}</dd>
                    </>
                  )}
                  {d.exitCriteria && (
                    <>
                      <dt>{t('report.handoff.exit')}</dt>
                      <dd>{d.exitCriteria}</dd>
                    </>
                  )}
                  {d.requiredFields.length > 0 && (
                    <>
                      <dt>{t('report.handoff.fields')}</dt>
                      <dd>{d.requiredFields.join(', ')}</dd>
                    </>
                  )}
                </dl>
              </div>
            );
          })}
        </>
      )}
      {framework.checklist.length > 0 && (
        <>
          <h3>
            {t('handoff.framework.heading')}: {t(`handoff.framework.kinds.${framework.kind}`)}
          </h3>
          <ol>
            {framework.checklist.map((item) => (
              <li key={item.id}>{item.label}</li>
            ))}
          </ol>
          {framework.fields.length > 0 && (
            <p>
              <strong>{t('handoff.framework.fields')}:</strong> {framework.fields.join(', ')}
            </p>
          )}
        </>
      )}
      {scoring.criteria.length > 0 && (
        <>
          <h3>{t('handoff.scoring.heading')}</h3>
          <p>
            {rule}{' '}
            {scoring.decayPerMonth > 0 &&
              t('report.handoff.decay', { points: scoring.decayPerMonth })}
          </p>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('handoff.scoring.criterion')}</th>
                <th scope="col">{t('report.handoff.dimension')}</th>
                <th scope="col">{t('report.handoff.test')}</th>
                <th scope="col" className="num">
                  {t('handoff.scoring.points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {scoring.criteria.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{t(`handoff.scoring.dimensionShort.${c.dimension}`)}</td>
                  <td>
                    {c.field} {t(`handoff.scoring.operators.${c.operator}`)}{' '}
                    {criterionValueInText(c, language)}
                  </td>
                  <td className="num">{c.points > 0 ? `+${c.points}` : c.points}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
