import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaciRole } from '../../../shared/domain/raci';
import { useRoleFlags, useTeams } from './use-raci';

/**
 * The matrix's two header rows: the teams over their roles, then each role with its flags
 * (overload, idle), drawn again when a flag changes, not at every letter.
 */
export const RaciHead = memo(function RaciHead({ roles }: { roles: readonly RaciRole[] }) {
  const { t } = useTranslation();
  const teams = useTeams();
  const roleProblems = useRoleFlags();
  const teamGroups = useMemo(() => {
    const groups: Array<{ teamId: string; count: number }> = [];
    for (const role of roles) {
      const last = groups.at(-1);
      if (last && last.teamId === role.teamId) last.count += 1;
      else groups.push({ teamId: role.teamId, count: 1 });
    }
    return groups;
  }, [roles]);

  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" rowSpan={2} className="raci-corner">
          {t('raci.activity')}
        </th>
        {teamGroups.map((group, i) => (
          <th
            key={`${group.teamId}-${i}`}
            scope="colgroup"
            colSpan={group.count}
            className={`raci-team team-${teams.get(group.teamId)?.kind ?? 'other'}`}
          >
            {teams.get(group.teamId)?.name}
          </th>
        ))}
      </tr>
      <tr aria-rowindex={2}>
        {roles.map((role) => {
          const problems = roleProblems.get(role.id) ?? [];
          return (
            <th
              key={role.id}
              scope="col"
              className={`raci-role${problems.includes('overload') ? ' has-warning' : ''}`}
            >
              {role.name}
              {problems.map((rule) => (
                <span key={rule} className={`raci-flag flag-${rule}`}>
                  {t(`raci.flags.${rule}`)}
                </span>
              ))}
            </th>
          );
        })}
      </tr>
    </thead>
  );
});
