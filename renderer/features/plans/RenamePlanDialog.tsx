import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import type { PlanSummary } from '../../../shared/api/contract';
import { useAppStore } from '../../store/store-context';
import { Dialog } from '../../ui/Dialog';
import { DialogActions } from '../../ui/DialogActions';
import { TextField } from '../../ui/TextField';
import { useErrorMessage } from '../../ui/use-error-message';
import { validateName } from './validate-name';

export function RenamePlanDialog({
  plan,
  onClose,
}: {
  plan: PlanSummary | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={plan !== null}
      onOpenChange={(open) => !open && onClose()}
      title={t('renameDialog.title')}
    >
      {/* Keyed by plan: each opening starts from that plan's current name. */}
      {plan && <RenameForm key={plan.id} plan={plan} onClose={onClose} />}
    </Dialog>
  );
}

function RenameForm({ plan, onClose }: { plan: PlanSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const renamePlan = useAppStore((s) => s.renamePlan);
  const errorMessage = useErrorMessage();
  const [name, setName] = useState(plan.name);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateName(name, t);
    if (problem) {
      setError(problem);
      return;
    }
    try {
      await renamePlan(plan.id, name.trim());
      onClose();
    } catch (failure) {
      toast.error(errorMessage(failure));
    }
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('renameDialog.name')}
        value={name}
        maxLength={120}
        required
        autoFocus
        error={error}
        onChange={(event) => {
          setName(event.target.value);
          setError(null);
        }}
      />
      <DialogActions submitLabel={t('renameDialog.save')} onCancel={onClose} />
    </form>
  );
}
