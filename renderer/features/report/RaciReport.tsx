import { checkRaci, commitments } from '../../../shared/domain/raci-rules';
import { activitiesInPhaseOrder } from '../raci/raci-rows';
import { nameLookup, useReport } from './report-context';

/** What a signer must see on a row: the matrix's rules for one A and at least one R. */
const ROW_PROBLEMS = new Set(['noAccountable', 'severalAccountable', 'noResponsible']);

/** Roles per printed table: more and the letters no longer fit a portrait page. */
const ROLES_PER_TABLE = 9;

/**
 * The RACI matrix across the page width; a matrix with more roles prints as
 * several tables of at most nine roles, each with the activities repeated, and
 * every table repeats its header on each page it runs onto. Then what each
 * team owes the other.
 */
export function RaciReport() {
  const { doc, t } = useReport();
  const names = nameLookup(doc);
  const { raci } = doc;
  const activities = activitiesInPhaseOrder(raci.activities);
  const chunks: (typeof raci.roles)[] = [];
  for (let i = 0; i < raci.roles.length; i += ROLES_PER_TABLE) {
    chunks.push(raci.roles.slice(i, i + ROLES_PER_TABLE));
  }
  const owed = commitments(raci);
  const activityName = new Map(raci.activities.map((a) => [a.id, a.name]));
  // A row missing its A or R must not print as a blank the signers read past.
  const teamKind = new Map(doc.teams.map((team) => [team.id, team.kind]));
  const problems = new Map<string, string[]>();
  for (const issue of checkRaci(raci, (id) => teamKind.get(id) ?? '').issues) {
    if (!issue.activityId || !ROW_PROBLEMS.has(issue.rule)) continue;
    const list = problems.get(issue.activityId) ?? [];
    list.push(t(`raci.problems.${issue.rule}`));
    problems.set(issue.activityId, list);
  }
  return (
    <section className="report-section" aria-labelledby="report-raci">
      <h2 id="report-raci">{t('report.sections.raci')}</h2>
      <p className="report-note">{t('report.raci.legend')}</p>
      {chunks.map((roles, index) => (
        <table key={index} className="report-table report-raci">
          <thead>
            <tr>
              <th scope="col">{t('report.raci.activity')}</th>
              {roles.map((role) => (
                <th key={role.id} scope="col" className="letter">
                  {role.name}
                  <span className="report-role-team">{names.team(role.teamId)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {activities.map((activity) => (
              <tr key={activity.id}>
                <th scope="row">
                  <span className="report-phase">{t(`raci.phases.${activity.phase}`)}</span>{' '}
                  {activity.name}
                  {problems.get(activity.id)?.map((problem) => (
                    <span key={problem} className="report-raci-flag">
                      ⚠ {problem}
                    </span>
                  ))}
                </th>
                {roles.map((role) => (
                  <td key={role.id} className="letter">
                    {raci.cells[activity.id]?.[role.id] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {owed.length > 0 && (
        <>
          <h3>{t('report.raci.commitments')}</h3>
          <ul>
            {owed.map((c) => (
              <li key={`${c.activityId}-${c.fromTeamId}-${c.toTeamId}`}>
                {t('report.raci.owes', {
                  from: names.team(c.fromTeamId),
                  to: names.team(c.toTeamId),
                  activity: activityName.get(c.activityId) ?? c.activityId,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
