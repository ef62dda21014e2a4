import { memo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RACI_PHASES } from '../../../shared/domain/raci';
import { RACI_LIBRARY } from '../../../shared/domain/raci-library';
import { useAppStore } from '../../store/store-context';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { useRaci } from './use-raci';

interface LibraryDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * The seeded activities, grouped by phase, in the plan's language; those already in the
 * matrix are marked. The list is drawn, and follows the matrix, only while the dialog is
 * open: closed, a letter typed in the grid does not draw it.
 */
export const LibraryDialog = memo(function LibraryDialog({
  open,
  onOpenChange,
}: LibraryDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={t('raci.library.title')}
      description={t('raci.library.description')}
    >
      <LibraryForm onDone={() => onOpenChange(false)} />
    </Dialog>
  );
});

function LibraryForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const language = useAppStore((s) => s.current?.doc.language ?? 'en');
  const raci = useRaci();
  const present = new Set(raci.activities.map((a) => a.name));
  const [chosen, setChosen] = useState<Set<string>>(new Set());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const activities = RACI_LIBRARY.filter((item) => chosen.has(item.key)).map((item) => ({
      id: crypto.randomUUID(),
      name: item.name[language],
      phase: item.phase,
      handoff: item.handoff,
    }));
    if (activities.length === 0 || !dispatch([{ type: 'raci.activities.add', activities }])) {
      setChosen(new Set());
      onDone();
    }
  };

  return (
    <form className="form library-form" onSubmit={submit}>
      {RACI_PHASES.map((phase) => (
        <fieldset key={phase} className="library-phase">
          <legend>{t(`raci.phases.${phase}`)}</legend>
          {RACI_LIBRARY.filter((item) => item.phase === phase).map((item) => {
            const already = present.has(item.name[language]);
            return (
              <label key={item.key} className="checkbox-field">
                <input
                  type="checkbox"
                  disabled={already}
                  checked={already || chosen.has(item.key)}
                  onChange={(e) => {
                    const next = new Set(chosen);
                    if (e.target.checked) next.add(item.key);
                    else next.delete(item.key);
                    setChosen(next);
                  }}
                />
                {item.name[language]}
                {already && <span className="muted"> · {t('raci.library.already')}</span>}
              </label>
            );
          })}
        </fieldset>
      ))}
      <DialogActions
        submitLabel={t('raci.library.add', { count: chosen.size })}
        onCancel={onDone}
      />
    </form>
  );
}
