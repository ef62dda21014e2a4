import { AlertDialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';

/**
 * Asks before what cannot be undone (deleting a plan for good, a template), with Cancel
 * focused: Enter or Escape keeps everything.
 */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !next && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">{body}</AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel className="btn">{t('common.cancel')}</AlertDialog.Cancel>
            <AlertDialog.Action className="btn btn-danger" onClick={onConfirm}>
              {confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
