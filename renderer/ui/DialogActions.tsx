import { useTranslation } from 'react-i18next';

/** Cancel and the form's submit button, in the order every dialog of the app uses. */
export function DialogActions({
  submitLabel,
  onCancel,
  busy = false,
}: {
  submitLabel: string;
  onCancel: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="dialog-actions">
      <button type="button" className="btn" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  );
}
