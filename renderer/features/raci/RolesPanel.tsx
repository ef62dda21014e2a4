import { ChevronLeft, ChevronRight, Plus } from 'lucide-react';
import { AlertDialog } from 'radix-ui';
import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveButton } from '../../ui/RemoveButton';
import type { RaciRole } from '../../../shared/domain/raci';
import { useAppStore } from '../../store/store-context';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { BoundTextField } from '../workspace/BoundTextField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

/** The matrix's columns: roles by team, optionally held by a named person. */
interface RolesPanelProps {
  roles: readonly RaciRole[];
  /** The activities whose only Accountable a role is, read when it is about to go. */
  soleAccountableOf: (roleId: string) => string[];
}

/**
 * Takes the roles alone (and a way to read the cells when asked), so a letter typed in the
 * matrix does not draw the forty roles' fields again.
 */
export const RolesPanel = memo(function RolesPanel({ roles, soleAccountableOf }: RolesPanelProps) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const teams = useAppStore((s) => s.current?.doc.teams ?? []);
  const people = useAppStore((s) => s.current?.doc.people ?? []);
  const [name, setName] = useState('');
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ role: RaciRole; soleA: string[] } | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('validation.required'));
    const role = {
      id: crypto.randomUUID(),
      name: name.trim(),
      teamId: teamId || (teams[0]?.id ?? ''),
      personId: null,
    };
    if (!dispatch([{ type: 'raci.role.add', role }])) setName('');
  };

  /** Deleting a role that holds the only A of an activity asks first (and stays undoable). */
  const askRemove = (role: RaciRole) => {
    const soleA = soleAccountableOf(role.id);
    if (soleA.length === 0) dispatch([{ type: 'raci.role.remove', roleId: role.id }]);
    else setRemoving({ role, soleA });
  };

  const teamOptions = teams.map((team) => ({ value: team.id, label: team.name }));
  const personOptions = [
    { value: '', label: t('raci.noPerson') },
    ...people.map((p) => ({ value: p.id, label: p.name })),
  ];

  return (
    <section className="card roles-card" aria-labelledby="roles-heading">
      <h3 id="roles-heading">{t('raci.roles')}</h3>
      {roles.length > 0 && (
        <ul className="role-list">
          {roles.map((role, index) => (
            <li key={role.id}>
              <BoundTextField
                label={t('raci.roleNameOf', { name: role.name })}
                hideLabel
                value={role.name}
                maxLength={80}
                validate={(draft) => (draft.trim() ? null : t('validation.required'))}
                commit={(value) =>
                  dispatch([{ type: 'raci.role.update', roleId: role.id, patch: { name: value } }])
                }
              />
              <SelectField
                label={t('raci.roleTeamOf', { name: role.name })}
                hideLabel
                value={role.teamId}
                options={teamOptions}
                onChange={(e) =>
                  dispatch([
                    {
                      type: 'raci.role.update',
                      roleId: role.id,
                      patch: { teamId: e.target.value },
                    },
                  ])
                }
              />
              <SelectField
                label={t('raci.rolePersonOf', { name: role.name })}
                hideLabel
                value={role.personId ?? ''}
                options={personOptions}
                onChange={(e) =>
                  dispatch([
                    {
                      type: 'raci.role.update',
                      roleId: role.id,
                      patch: { personId: e.target.value || null },
                    },
                  ])
                }
              />
              <button
                type="button"
                className="icon-button"
                aria-label={t('raci.moveLeft', { name: role.name })}
                disabled={index === 0}
                onClick={() =>
                  dispatch([{ type: 'raci.role.move', roleId: role.id, toIndex: index - 1 }])
                }
              >
                <ChevronLeft aria-hidden size={18} />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('raci.moveRight', { name: role.name })}
                disabled={index === roles.length - 1}
                onClick={() =>
                  dispatch([{ type: 'raci.role.move', roleId: role.id, toIndex: index + 1 }])
                }
              >
                <ChevronRight aria-hidden size={18} />
              </button>
              <RemoveButton
                label={t('raci.removeRole', { name: role.name })}
                onClick={() => askRemove(role)}
              />
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={add} noValidate>
        <TextField
          label={t('raci.newRoleName')}
          hideLabel
          placeholder={t('raci.newRoleName')}
          value={name}
          maxLength={80}
          error={error}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
        <SelectField
          label={t('raci.newRoleTeam')}
          hideLabel
          value={teamId}
          options={teamOptions}
          onChange={(e) => setTeamId(e.target.value)}
        />
        <button type="submit" className="btn">
          <Plus aria-hidden size={18} />
          {t('raci.addRole')}
        </button>
      </form>
      <AlertDialog.Root
        open={removing !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
      >
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog">
            <AlertDialog.Title className="dialog-title">
              {t('raci.removeSoleTitle', { name: removing?.role.name ?? '' })}
            </AlertDialog.Title>
            <AlertDialog.Description className="dialog-description">
              {t('raci.removeSoleBody', { activities: removing?.soleA.join(', ') ?? '' })}
            </AlertDialog.Description>
            <div className="dialog-actions">
              <AlertDialog.Cancel className="btn">{t('common.cancel')}</AlertDialog.Cancel>
              <AlertDialog.Action
                className="btn btn-danger"
                onClick={() =>
                  removing && dispatch([{ type: 'raci.role.remove', roleId: removing.role.id }])
                }
              >
                {t('raci.removeAnyway')}
              </AlertDialog.Action>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </section>
  );
});
