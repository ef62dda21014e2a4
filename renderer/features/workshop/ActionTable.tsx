import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ActionStatusSchema,
  type ActionItem,
  type ActionStatus,
} from '../../../shared/domain/workshop';
import { localToday } from '../../../shared/format/date-input';
import { useAppStore } from '../../store/store-context';
import { DateField } from '../../ui/DateField';
import { RemoveButton } from '../../ui/RemoveButton';
import { SelectField } from '../../ui/SelectField';

type ActionPatch = Partial<{ ownerId: string | null; due: string | null; status: ActionStatus }>;

/**
 * Who does what by when, each row editable in place: the workshop's actions and each
 * review meeting's use the same table. Overdue is said in words, not by colour alone.
 */
export function ActionTable({
  actions,
  labelledBy,
  update,
  remove,
  origin,
}: {
  actions: readonly ActionItem[];
  labelledBy: string;
  /** Sends one change of a row; returns the plan's refusal, if any. */
  update: (actionId: string, patch: ActionPatch) => string | null;
  /** Left out where rows are shown but belong elsewhere (carried over from another meeting). */
  remove?: (actionId: string) => void;
  /** Where a row comes from, shown under its text. */
  origin?: (action: ActionItem) => ReactNode;
}) {
  const { t } = useTranslation();
  const people = useAppStore((s) => s.current?.doc.people ?? []);
  const today = localToday(new Date());
  const owners = [
    { value: '', label: t('workshop.actions.noOwner') },
    ...people.map((p) => ({ value: p.id, label: p.name })),
  ];
  return (
    <table className="data-table" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          <th scope="col">{t('workshop.actions.what')}</th>
          <th scope="col">{t('workshop.actions.owner')}</th>
          <th scope="col">{t('workshop.actions.due')}</th>
          <th scope="col">{t('workshop.actions.status')}</th>
          {remove && (
            <th scope="col">
              <span className="visually-hidden">{t('handoff.scoring.actions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.id}>
            <th scope="row">
              {a.text}
              {origin && <div className="muted">{origin(a)}</div>}
            </th>
            <td>
              <SelectField
                label={t('workshop.actions.ownerOf', { text: a.text })}
                hideLabel
                value={a.ownerId ?? ''}
                options={owners}
                onChange={(e) => update(a.id, { ownerId: e.target.value || null })}
              />
            </td>
            <td>
              <DateField
                hideLabel
                allowEmpty
                label={t('workshop.actions.dueOf', { text: a.text })}
                value={a.due}
                commit={(due) => update(a.id, { due })}
              />
              {a.due !== null && a.due < today && a.status !== 'done' && (
                <span className="badge badge-overdue">{t('workshop.actions.overdue')}</span>
              )}
            </td>
            <td>
              <SelectField
                label={t('workshop.actions.statusOf', { text: a.text })}
                hideLabel
                value={a.status}
                options={ActionStatusSchema.options.map((s) => ({
                  value: s,
                  label: t(`workshop.actions.statuses.${s}`),
                }))}
                onChange={(e) => update(a.id, { status: ActionStatusSchema.parse(e.target.value) })}
              />
            </td>
            {remove && (
              <td>
                <RemoveButton
                  label={t('workshop.actions.remove', { text: a.text })}
                  onClick={() => remove(a.id)}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
