import { useTranslation } from 'react-i18next';
import type { OpenBeforeSigning } from '../../../shared/domain/sign-off-review';
import { Dialog } from '../../ui/Dialog';

interface SignOffDialogProps {
  open: boolean;
  version: number;
  approvers: string[];
  stillOpen: OpenBeforeSigning;
  onSign: () => void;
  onCancel: () => void;
}

/**
 * The moment of signing: who agrees, that a signed version never changes, and what the
 * plan's own checks still find open, so nobody signs past a failing goal unawares.
 */
export function SignOffDialog({
  open,
  version,
  approvers,
  stillOpen,
  onSign,
  onCancel,
}: SignOffDialogProps) {
  const { t, i18n } = useTranslation();
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(approvers);
  const items = (['goalsFailingSmart', 'raciErrors', 'slaWarnings'] as const).filter(
    (key) => stillOpen[key] > 0,
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && onCancel()}
      title={t('workshop.signoff.confirmTitle', { version })}
      description={t('workshop.signoff.confirmText', { approvers: names })}
    >
      {items.length > 0 ? (
        <div className="sign-off-open" role="note">
          <p>{t('workshop.signoff.stillOpen')}</p>
          <ul>
            {items.map((key) => (
              <li key={key}>{t(`workshop.signoff.${key}`, { count: stillOpen[key] })}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t('workshop.signoff.nothingOpen')}</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('workshop.signoff.keepEditing')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onSign}>
          {t('workshop.signoff.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
