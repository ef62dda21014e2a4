import { MoreVertical } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RaciPhaseSchema, RACI_PHASES, type RaciActivity } from '../../../shared/domain/raci';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { ACTIONS_COL } from './grid-focus';
import { useAppStore } from '../../store/store-context';

const NO_ACTIVITIES: readonly RaciActivity[] = [];

interface ActivityActionsProps {
  activity: RaciActivity;
  /** The activity's place among the rows shown: the button's place in the grid. */
  row: number;
  /** Whether the button holds the grid's one tab stop (else arrow keys reach it). */
  tabStop: boolean;
  onFocus: (row: number, col: number) => void;
  /** The neighbours within the same phase, as the grid shows them. */
  previous: RaciActivity | undefined;
  next: RaciActivity | undefined;
}

/** An activity's menu: edit its name and phase, move it up or down within its phase, delete it. */
export const ActivityActions = memo(function ActivityActions({
  activity,
  row,
  tabStop,
  onFocus,
  previous,
  next,
}: ActivityActionsProps) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  // The list alone, not the whole matrix: a letter typed anywhere leaves it as it was, so
  // the menus of the rows in view are not drawn again at every keystroke.
  const activities = useAppStore((s) => s.current?.doc.raci.activities ?? NO_ACTIVITIES);
  const moveTo = (neighbour: RaciActivity) =>
    dispatch([
      {
        type: 'raci.activity.move',
        activityId: activity.id,
        toIndex: activities.findIndex((a) => a.id === neighbour.id),
      },
    ]);
  const [editing, setEditing] = useState(false);
  return (
    <>
      <DropdownMenu.Root modal={false}>
        <DropdownMenu.Trigger
          className="icon-button icon-button-small"
          aria-label={t('raci.activityActions', { name: activity.name })}
          // Part of the grid: Tab leaves the grid from wherever its tab stop is, and the arrow
          // keys reach this button (left of the row's first cell) as they reach the cells.
          tabIndex={tabStop ? 0 : -1}
          data-cell={`${row}-${ACTIONS_COL}`}
          onFocus={() => onFocus(row, ACTIONS_COL)}
        >
          <MoreVertical aria-hidden size={16} />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className="menu" align="start" sideOffset={4}>
            <DropdownMenu.Item className="menu-item" onSelect={() => setEditing(true)}>
              {t('raci.editActivity')}
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item"
              disabled={!previous}
              onSelect={() => previous && moveTo(previous)}
            >
              {t('raci.moveUp')}
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className="menu-item"
              disabled={!next}
              onSelect={() => next && moveTo(next)}
            >
              {t('raci.moveDown')}
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="menu-separator" />
            <DropdownMenu.Item
              className="menu-item menu-item-danger"
              onSelect={() => dispatch([{ type: 'raci.activity.remove', activityId: activity.id }])}
            >
              {t('raci.deleteActivity')}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      {editing && <ActivityDialog activity={activity} onClose={() => setEditing(false)} />}
    </>
  );
});

/** Adds a new activity, or edits one: name, phase, and whether it is a handoff between the teams. */
export function ActivityDialog({
  activity,
  onClose,
}: {
  activity?: RaciActivity;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const [name, setName] = useState(activity?.name ?? '');
  const [phase, setPhase] = useState(activity?.phase ?? 'plan');
  const [handoff, setHandoff] = useState(activity?.handoff ?? false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError(t('validation.required'));
    const refused = activity
      ? dispatch([
          {
            type: 'raci.activity.update',
            activityId: activity.id,
            patch: { name: name.trim(), phase, handoff },
          },
        ])
      : dispatch([
          {
            type: 'raci.activities.add',
            activities: [{ id: crypto.randomUUID(), name: name.trim(), phase, handoff }],
          },
        ]);
    if (!refused) onClose();
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={activity ? t('raci.editActivity') : t('raci.addActivity')}
    >
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('raci.activityName')}
          value={name}
          maxLength={120}
          autoFocus
          error={error}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
        <SelectField
          label={t('raci.phase')}
          value={phase}
          options={RACI_PHASES.map((p) => ({ value: p, label: t(`raci.phases.${p}`) }))}
          onChange={(e) => setPhase(RaciPhaseSchema.parse(e.target.value))}
        />
        <label className="checkbox-field">
          <input type="checkbox" checked={handoff} onChange={(e) => setHandoff(e.target.checked)} />
          {t('raci.isHandoff')}
        </label>
        <DialogActions
          submitLabel={activity ? t('raci.save') : t('raci.addActivity')}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
