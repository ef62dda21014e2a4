import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveButton } from '../../ui/RemoveButton';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/store-context';
import { TextField } from '../../ui/TextField';
import { BoundTextField } from './BoundTextField';
import { usePlanDispatch } from './use-plan-dispatch';

const TEAM_NAME_MAX = 60;

export function TeamsEditor() {
  const { t } = useTranslation();
  const teams = useAppStore(useShallow((s) => s.current?.doc.teams ?? []));
  const memberCounts = useAppStore(
    useShallow((s) =>
      (s.current?.doc.teams ?? []).map(
        (team) => s.current?.doc.people.filter((p) => p.teamId === team.id).length ?? 0,
      ),
    ),
  );
  const dispatch = usePlanDispatch();
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const validate = (draft: string) =>
    draft.trim() === ''
      ? t('validation.required')
      : draft.trim().length > TEAM_NAME_MAX
        ? t('validation.tooLong', { max: TEAM_NAME_MAX })
        : null;

  const addTeam = (event: FormEvent) => {
    event.preventDefault();
    const problem = validate(newName);
    if (problem) {
      setError(problem);
      return;
    }
    const refused = dispatch([
      { type: 'team.add', team: { id: crypto.randomUUID(), name: newName.trim() } },
    ]);
    if (!refused) setNewName('');
  };

  return (
    <section className="card" aria-labelledby="teams-heading">
      <h2 id="teams-heading">{t('overview.teams')}</h2>
      <p className="muted">{t('overview.teamsHelp')}</p>
      <ul className="team-list">
        {teams.map((team, index) => (
          <li key={team.id} className={`team-row team-${team.kind}`}>
            <span className="team-kind">{t(`overview.kind.${team.kind}`)}</span>
            <BoundTextField
              label={t('overview.teamName')}
              hideLabel
              value={team.name}
              maxLength={TEAM_NAME_MAX}
              validate={validate}
              commit={(draft) =>
                dispatch([{ type: 'team.update', teamId: team.id, patch: { name: draft } }])
              }
            />
            {team.kind === 'other' && (
              <RemoveButton
                label={t('overview.removeTeam', { name: team.name })}
                disabled={(memberCounts[index] ?? 0) > 0}
                onClick={() => dispatch([{ type: 'team.remove', teamId: team.id }])}
              />
            )}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={addTeam} noValidate>
        <TextField
          label={t('overview.newTeamName')}
          hideLabel
          placeholder={t('overview.newTeamName')}
          value={newName}
          maxLength={TEAM_NAME_MAX}
          error={error}
          onChange={(event) => {
            setNewName(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="btn">
          <Plus aria-hidden size={18} />
          {t('overview.addTeam')}
        </button>
      </form>
    </section>
  );
}
