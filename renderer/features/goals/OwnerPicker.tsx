import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/domain/goals';
import { useAppStore } from '../../store/store-context';

/** Owners are people of the plan, grouped by team; a shared goal needs one from each side. */
export function OwnerPicker({
  goal,
  onChange,
}: {
  goal: Goal;
  onChange: (ownerIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const people = useAppStore((s) => s.current?.doc.people ?? []);
  const teams = useAppStore((s) => s.current?.doc.teams ?? []);
  const chosen = new Set(goal.ownerIds);

  return (
    <fieldset className="owner-picker">
      <legend className="field-label">{t('goals.fields.owners')}</legend>
      {people.length === 0 ? (
        <p className="muted">{t('goals.noPeople')}</p>
      ) : (
        teams.map((team) => {
          const members = people.filter((p) => p.teamId === team.id);
          if (members.length === 0) return null;
          return (
            <div key={team.id} className={`owner-team team-${team.kind}`}>
              <span className="owner-team-name">{team.name}</span>
              {members.map((person) => (
                <label key={person.id} className="owner-choice">
                  <input
                    type="checkbox"
                    checked={chosen.has(person.id)}
                    onChange={(event) =>
                      onChange(
                        event.target.checked
                          ? [...goal.ownerIds, person.id]
                          : goal.ownerIds.filter((id) => id !== person.id),
                      )
                    }
                  />
                  {person.name}
                  {person.roleTitle && <span className="muted"> · {person.roleTitle}</span>}
                </label>
              ))}
            </div>
          );
        })
      )}
    </fieldset>
  );
}
