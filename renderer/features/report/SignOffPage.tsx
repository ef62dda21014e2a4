import { nameLookup, useReport } from './report-context';

/**
 * A line per approver: those named for the sign-off, else the people of the
 * plan, else the lead of each team. Printed on its own page so it can be
 * signed and scanned.
 */
export function SignOffPage() {
  const { doc, t } = useReport();
  const names = nameLookup(doc);
  const approvers =
    doc.workshop.approvers.length > 0
      ? doc.workshop.approvers.map((a) => ({
          id: a.id,
          name: a.name,
          role: a.role,
          team: names.team(a.teamId),
        }))
      : doc.people.length > 0
        ? doc.people.map((p) => ({
            id: p.id,
            name: p.name,
            role: p.roleTitle,
            team: names.team(p.teamId),
          }))
        : doc.teams
            .filter((team) => team.kind !== 'other')
            .map((team) => ({
              id: team.id,
              name: '',
              role: t('report.signoff.lead', { team: team.name }),
              team: team.name,
            }));
  return (
    <section className="report-section report-page" aria-labelledby="report-signoff">
      <h2 id="report-signoff">{t('report.sections.signoff')}</h2>
      <p>{t('report.signoff.statement', { plan: doc.name })}</p>
      <table className="report-table report-signoff">
        <thead>
          <tr>
            <th scope="col">{t('report.signoff.name')}</th>
            <th scope="col">{t('report.signoff.role')}</th>
            <th scope="col">{t('report.signoff.signature')}</th>
            <th scope="col">{t('report.signoff.date')}</th>
          </tr>
        </thead>
        <tbody>
          {approvers.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.name}</th>
              <td>{[a.role, a.team].filter(Boolean).join(' · ')}</td>
              <td className="report-sign-line" />
              <td className="report-sign-line" />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
