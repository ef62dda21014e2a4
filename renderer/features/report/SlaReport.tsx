import { slaTerms } from '../../../shared/domain/sla';
import { formatTarget } from '../handoff/SlaTermsTable';
import { nameLookup, useReport } from './report-context';

/** The SLA both teams sign: every term with its owner, its target and who answers for it. */
export function SlaReport() {
  const { doc, analysis, t, formats } = useReport();
  const names = nameLookup(doc);
  const { sla, framework } = doc.handoff;
  const activityName = new Map(doc.raci.activities.map((a) => [a.id, a.name]));
  const roleName = new Map(doc.raci.roles.map((r) => [r.id, r.name]));
  // Who answers for a term: the role held Accountable for its RACI activity, as on screen.
  const accountable = (activityId: string | null) =>
    Object.entries(activityId ? (doc.raci.cells[activityId] ?? {}) : {})
      .filter(([, letter]) => letter === 'A')
      .map(([roleId]) => roleName.get(roleId) ?? '')
      .join(', ') || '–';
  const owner = (team: string) =>
    team === 'shared' ? t('handoff.terms.bothTeams') : names.teamOfKind(team);
  return (
    <section className="report-section" aria-labelledby="report-sla">
      <h2 id="report-sla">{t('report.sections.sla')}</h2>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">{t('handoff.terms.term')}</th>
            <th scope="col">{t('handoff.terms.owner')}</th>
            <th scope="col">{t('handoff.terms.target')}</th>
            <th scope="col">{t('handoff.terms.activity')}</th>
            <th scope="col">{t('handoff.terms.accountable')}</th>
          </tr>
        </thead>
        <tbody>
          {slaTerms(sla, doc.funnel, analysis).map((row) => (
            <tr key={row.term} className={`owner-${row.owner}`}>
              <th scope="row">{t(`handoff.terms.metric.${row.term}`)}</th>
              <td>{owner(row.owner)}</td>
              <td>{formatTarget(row.target, t, formats)}</td>
              <td>{row.activityId ? (activityName.get(row.activityId) ?? '–') : '–'}</td>
              <td>{accountable(row.activityId)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>{t('handoff.sla.reasons')}:</strong>{' '}
        {sla.reasonCodes.map((code) => t(`handoff.sla.reason.${code}`)).join(', ') || '–'}
      </p>
      {framework.kind !== 'custom' && (
        <p>
          {t('report.sla.qualifiedWith', {
            framework: t(`handoff.framework.kinds.${framework.kind}`),
          })}
        </p>
      )}
    </section>
  );
}
