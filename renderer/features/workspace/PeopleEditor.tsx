import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveButton } from '../../ui/RemoveButton';
import { useShallow } from 'zustand/react/shallow';
import { MARKETING_TEAM_ID } from '../../../shared/domain/plan-doc';
import { useAppStore } from '../../store/store-context';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { BoundTextField } from './BoundTextField';
import { usePlanDispatch } from './use-plan-dispatch';

const PERSON_FIELD_MAX = 80;

export function PeopleEditor() {
  const { t } = useTranslation();
  const people = useAppStore(useShallow((s) => s.current?.doc.people ?? []));
  const teams = useAppStore(useShallow((s) => s.current?.doc.teams ?? []));
  const dispatch = usePlanDispatch();
  const [draft, setDraft] = useState({ name: '', roleTitle: '', teamId: MARKETING_TEAM_ID });
  const [error, setError] = useState<string | null>(null);
  const teamOptions = teams.map((team) => ({ value: team.id, label: team.name }));

  const required = (value: string) =>
    value.trim() === ''
      ? t('validation.required')
      : value.trim().length > PERSON_FIELD_MAX
        ? t('validation.tooLong', { max: PERSON_FIELD_MAX })
        : null;

  const addPerson = (event: FormEvent) => {
    event.preventDefault();
    const problem = required(draft.name);
    if (problem) {
      setError(problem);
      return;
    }
    const refused = dispatch([
      {
        type: 'person.add',
        person: {
          id: crypto.randomUUID(),
          name: draft.name.trim(),
          roleTitle: draft.roleTitle.trim(),
          teamId: teams.some((team) => team.id === draft.teamId) ? draft.teamId : MARKETING_TEAM_ID,
        },
      },
    ]);
    if (!refused) setDraft((d) => ({ ...d, name: '', roleTitle: '' }));
  };

  return (
    <section className="card" aria-labelledby="people-heading">
      <h2 id="people-heading">{t('overview.people')}</h2>
      <p className="muted">{t('overview.peopleHelp')}</p>
      {people.length === 0 ? (
        <p className="empty-inline">{t('overview.peopleEmpty')}</p>
      ) : (
        <table className="people-table">
          <thead>
            <tr>
              <th scope="col">{t('overview.personName')}</th>
              <th scope="col">{t('overview.roleTitle')}</th>
              <th scope="col">{t('overview.team')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.columnActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id}>
                <td>
                  <BoundTextField
                    label={t('overview.nameOf', { name: person.name })}
                    hideLabel
                    value={person.name}
                    maxLength={PERSON_FIELD_MAX}
                    validate={required}
                    commit={(name) =>
                      dispatch([{ type: 'person.update', personId: person.id, patch: { name } }])
                    }
                  />
                </td>
                <td>
                  <BoundTextField
                    label={t('overview.roleOf', { name: person.name })}
                    hideLabel
                    value={person.roleTitle}
                    maxLength={PERSON_FIELD_MAX}
                    commit={(roleTitle) =>
                      dispatch([
                        { type: 'person.update', personId: person.id, patch: { roleTitle } },
                      ])
                    }
                  />
                </td>
                <td>
                  <SelectField
                    label={t('overview.teamOf', { name: person.name })}
                    hideLabel
                    value={person.teamId}
                    options={teamOptions}
                    onChange={(event) =>
                      dispatch([
                        {
                          type: 'person.update',
                          personId: person.id,
                          patch: { teamId: event.target.value },
                        },
                      ])
                    }
                  />
                </td>
                <td>
                  <RemoveButton
                    label={t('overview.removePerson', { name: person.name })}
                    onClick={() => dispatch([{ type: 'person.remove', personId: person.id }])}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="inline-form" onSubmit={addPerson} noValidate>
        <TextField
          label={t('overview.newPersonName')}
          hideLabel
          placeholder={t('overview.personName')}
          value={draft.name}
          maxLength={PERSON_FIELD_MAX}
          error={error}
          onChange={(event) => {
            setDraft((d) => ({ ...d, name: event.target.value }));
            setError(null);
          }}
        />
        <TextField
          label={t('overview.newPersonRole')}
          hideLabel
          placeholder={t('overview.roleTitle')}
          value={draft.roleTitle}
          maxLength={PERSON_FIELD_MAX}
          onChange={(event) => setDraft((d) => ({ ...d, roleTitle: event.target.value }))}
        />
        <SelectField
          label={t('overview.newPersonTeam')}
          hideLabel
          value={draft.teamId}
          options={teamOptions}
          onChange={(event) => setDraft((d) => ({ ...d, teamId: event.target.value }))}
        />
        <button type="submit" className="btn">
          <Plus aria-hidden size={18} />
          {t('overview.addPerson')}
        </button>
      </form>
    </section>
  );
}
