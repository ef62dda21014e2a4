import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { RemoveButton } from '../../ui/RemoveButton';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

/**
 * Who signs the plan off: a name, a role and a team per approver, picked from the plan's
 * people in one step, or typed for someone outside the plan (a CEO who only signs).
 */
export function ApproversCard() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const approvers = useAppStore((s) => s.current?.doc.workshop.approvers ?? []);
  const teams = useAppStore((s) => s.current?.doc.teams ?? []);
  const people = useAppStore((s) => s.current?.doc.people ?? []);
  const signing = new Set(approvers.map((a) => a.name.trim().toLowerCase()));
  const candidates = people.filter((p) => !signing.has(p.name.trim().toLowerCase()));
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const teamName = new Map(teams.map((team) => [team.id, team.name]));

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('workshop.signoff.nameRequired'));
    const refused = dispatch([
      {
        type: 'approver.add',
        approver: { id: crypto.randomUUID(), name: name.trim(), role: role.trim(), teamId },
      },
    ]);
    if (refused === null) {
      setName('');
      setRole('');
      setError(null);
    }
  };

  return (
    <section className="card" aria-labelledby="approvers-heading">
      <h3 id="approvers-heading">{t('workshop.signoff.approvers')}</h3>
      {approvers.length === 0 ? (
        <p className="muted">{t('workshop.signoff.noApprovers')}</p>
      ) : (
        <ul className="decision-list">
          {approvers.map((a) => (
            <li key={a.id}>
              <strong>{a.name}</strong>
              <span className="muted">
                {' '}
                · {[a.role, teamName.get(a.teamId)].filter(Boolean).join(' · ')}
              </span>
              <RemoveButton
                label={t('workshop.signoff.removeApprover', { name: a.name })}
                onClick={() => dispatch([{ type: 'approver.remove', approverId: a.id }])}
              />
            </li>
          ))}
        </ul>
      )}
      {candidates.length > 0 && (
        <SelectField
          label={t('workshop.signoff.fromPeople')}
          value=""
          options={[
            { value: '', label: t('workshop.signoff.choosePerson') },
            ...candidates.map((p) => ({
              value: p.id,
              label: [p.name, p.roleTitle, teamName.get(p.teamId)].filter(Boolean).join(' · '),
            })),
          ]}
          onChange={(e) => {
            const person = candidates.find((p) => p.id === e.target.value);
            if (!person) return;
            dispatch([
              {
                type: 'approver.add',
                approver: {
                  id: crypto.randomUUID(),
                  name: person.name,
                  role: person.roleTitle,
                  teamId: person.teamId,
                },
              },
            ]);
          }}
        />
      )}
      <form className="inline-form" onSubmit={add}>
        <TextField
          label={t('workshop.signoff.name')}
          value={name}
          error={error}
          maxLength={80}
          onChange={(e) => setName(e.target.value)}
        />
        <TextField
          label={t('workshop.signoff.role')}
          value={role}
          maxLength={80}
          onChange={(e) => setRole(e.target.value)}
        />
        <SelectField
          label={t('workshop.signoff.team')}
          value={teamId}
          options={teams.map((team) => ({ value: team.id, label: team.name }))}
          onChange={(e) => setTeamId(e.target.value)}
        />
        <button type="submit" className="btn">
          <Plus aria-hidden size={18} />
          {t('workshop.signoff.addApprover')}
        </button>
      </form>
    </section>
  );
}
