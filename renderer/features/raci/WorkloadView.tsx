import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaciSection } from '../../../shared/domain/raci';
import { workload } from '../../../shared/domain/raci-rules';
import { fillIn } from '../../ui/fill-in';
import { useTeams } from './use-raci';

type LetterCounts = { R: number; A: number; C: number; I: number };

const weight = (c: LetterCounts) => c.R * 2 + c.A * 2 + c.C + c.I * 0.5;

/** Load per role and per team as a heat map: the shade grows with the number of R and A. */
export const WorkloadView = memo(function WorkloadView({ raci }: { raci: RaciSection }) {
  const { t } = useTranslation();
  const teams = useTeams();
  const load = workload(raci);
  const max = Math.max(1, ...[...load.values()].map(weight));
  const shareOf = fillIn(t, 'raci.workload.share', ['percent']);
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
            const percent = Math.round((weight(c) / max) * 100);
            return (
              <WorkloadRow
                key={role.id}
                role={role.name}
                team={teams.get(role.teamId)?.name ?? ''}
                R={c.R}
                A={c.A}
                C={c.C}
                I={c.I}
                percent={percent}
                shareLabel={shareOf({ percent: String(percent) })}
              />
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

/**
 * One role's line. Its own component, given only what it shows, so a letter typed into the
 * grid draws again the line of the role it changed (and those whose share of the heaviest
 * load moved), not forty.
 */
const WorkloadRow = memo(function WorkloadRow({
  role,
  team,
  percent,
  shareLabel,
  ...counts
}: LetterCounts & { role: string; team: string; percent: number; shareLabel: string }) {
  const share = percent / 100;
  return (
    <tr>
      <th scope="row">
        {role} <span className="muted">· {team}</span>
      </th>
      <td className="num">{counts.R}</td>
      <td className="num">{counts.A}</td>
      <td className="num">{counts.C}</td>
      <td className="num">{counts.I}</td>
      <td>
        <span className="heat" style={{ width: `${percent}%`, opacity: 0.35 + share * 0.65 }} />
        <span className="visually-hidden">{shareLabel}</span>
      </td>
    </tr>
  );
});
