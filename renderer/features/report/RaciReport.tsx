import { commitments } from '../../../shared/domain/raci-rules';
import { activitiesInPhaseOrder } from '../raci/RaciMatrix';
import { nameLookup, useReport } from './report-context';

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
