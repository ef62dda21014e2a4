import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaciSection } from '../../../shared/domain/raci';
import { workload } from '../../../shared/domain/raci-rules';
import { useTeams } from './use-raci';

/** Load per role and per team as a heat map: the shade grows with the number of R and A. */
export const WorkloadView = memo(function WorkloadView({ raci }: { raci: RaciSection }) {
  const { t } = useTranslation();
  const teams = useTeams();
  const load = workload(raci);
  const weight = (c: { R: number; A: number; C: number; I: number }) =>
    c.R * 2 + c.A * 2 + c.C + c.I * 0.5;
  const max = Math.max(1, ...[...load.values()].map(weight));
  const teamTotals = new Map<string, number>();
  for (const role of raci.roles) {
    const c = load.get(role.id);
    if (c) teamTotals.set(role.teamId, (teamTotals.get(role.teamId) ?? 0) + c.R + c.A + c.C + c.I);
  }
  return (
    <section className="card" aria-labelledby="workload-heading">
      <h3 id="workload-heading">{t('raci.workload.heading')}</h3>
      <table className="workload-table">
        <thead>
          <tr>
            <th scope="col">{t('raci.workload.role')}</th>
            {(['R', 'A', 'C', 'I'] as const).map((l) => (
              <th key={l} scope="col" className="num">
                <abbr title={t(`raci.letters.${l}`)}>{l}</abbr>
              </th>
            ))}
            <th scope="col">{t('raci.workload.load')}</th>
          </tr>
        </thead>
        <tbody>
          {raci.roles.map((role) => {
            const c = load.get(role.id) ?? { R: 0, A: 0, C: 0, I: 0 };
            const share = weight(c) / max;
            return (
              <tr key={role.id}>
                <th scope="row">
                  {role.name} <span className="muted">· {teams.get(role.teamId)?.name}</span>
                </th>
                <td className="num">{c.R}</td>
                <td className="num">{c.A}</td>
                <td className="num">{c.C}</td>
                <td className="num">{c.I}</td>
                <td>
                  <span
                    className="heat"
                    style={{ width: `${Math.round(share * 100)}%`, opacity: 0.35 + share * 0.65 }}
                  />
                  <span className="visually-hidden">
                    {t('raci.workload.share', { percent: Math.round(share * 100) })}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted">
        {[...teamTotals.entries()]
          .map(([teamId, total]) =>
            t('raci.workload.team', { team: teams.get(teamId)?.name ?? '', count: total }),
          )
          .join(' · ')}
      </p>
    </section>
  );
});
