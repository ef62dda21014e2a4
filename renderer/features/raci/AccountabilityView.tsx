import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaciSection } from '../../../shared/domain/raci';
import { commitments } from '../../../shared/domain/raci-rules';
import { useTeams } from './use-raci';

/** What each team owes the other: the activities it is accountable for in which the other takes part. */
export const AccountabilityView = memo(function AccountabilityView({
  raci,
}: {
  raci: RaciSection;
}) {
  const { t } = useTranslation();
  const teams = useTeams();
  const names = new Map(raci.activities.map((a) => [a.id, a.name]));
  const pairs = new Map<string, { from: string; to: string; activities: string[] }>();
  for (const c of commitments(raci)) {
    const key = `${c.fromTeamId}>${c.toTeamId}`;
    const pair = pairs.get(key) ?? { from: c.fromTeamId, to: c.toTeamId, activities: [] };
    pair.activities.push(names.get(c.activityId) ?? '');
    pairs.set(key, pair);
  }
  return (
    <section className="card" aria-labelledby="owes-heading">
      <h3 id="owes-heading">{t('raci.accountability.heading')}</h3>
      {pairs.size === 0 ? (
        <p className="muted">{t('raci.accountability.empty')}</p>
      ) : (
        [...pairs.values()].map((pair) => (
          <div key={`${pair.from}-${pair.to}`} className="owes">
            <h4>
              {t('raci.accountability.owes', {
                from: teams.get(pair.from)?.name ?? '',
                to: teams.get(pair.to)?.name ?? '',
              })}
            </h4>
            <ActivityList names={pair.activities} />
          </div>
        ))
      )}
    </section>
  );
});

/**
 * The activities one team owes the other. Most letters typed into the grid change no
 * commitment; the list is drawn again only when its names do.
 */
const ActivityList = memo(
  function ActivityList({ names }: { names: readonly string[] }) {
    return (
      <ul>
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    );
  },
  (before, after) =>
    before.names.length === after.names.length &&
    before.names.every((name, i) => name === after.names[i]),
);
