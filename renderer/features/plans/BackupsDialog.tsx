import { DatabaseBackup } from 'lucide-react';
import { AlertDialog } from 'radix-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import type { BackupInfo } from '../../../shared/api/contract';
import { changeLanguage } from '../../app/i18n';
import { useAppStore } from '../../store/store-context';
import { Dialog } from '../../ui/Dialog';
import { formatDate } from '../../ui/format';
import { useErrorMessage } from '../../ui/use-error-message';

/** The library's backups: when, why, what they hold; back up now or restore one. */
export function BackupsDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const backups = useAppStore((s) => s.backups);
  const listBackups = useAppStore((s) => s.listBackups);
  const createBackup = useAppStore((s) => s.createBackup);
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  // Said inside the dialog (a toast would sit behind its overlay), and announced.
  const [made, setMade] = useState('');

  useEffect(() => {
    if (!open) return;
    listBackups().catch((error: unknown) => toast.error(errorMessage(error)));
  }, [open, listBackups, errorMessage]);

  const backUpNow = async () => {
    setBusy(true);
    try {
      const backup = await createBackup();
      setMade(t('backups.created', { when: formatDate(backup.createdAt, i18n.language, true) }));
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setMade('');
        onOpenChange(next);
      }}
      title={t('backups.title')}
      description={t('backups.description')}
      wide
    >
      <div className="dialog-toolbar">
        <p role="status" className="muted">
          {made}
        </p>
        <button
          type="button"
          className="btn btn-primary"
          disabled={busy}
          onClick={() => void backUpNow()}
        >
          <DatabaseBackup aria-hidden size={18} />
          {busy ? t('backups.working') : t('backups.backUpNow')}
        </button>
      </div>
      {backups.length === 0 ? (
        <p className="muted">{t('backups.none')}</p>
      ) : (
        <table className="plan-table backups-table">
          <caption className="visually-hidden">{t('backups.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backups.columnWhen')}</th>
              <th scope="col">{t('backups.columnWhy')}</th>
              <th scope="col">{t('backups.columnPlans')}</th>
              <th scope="col">{t('backups.columnSize')}</th>
              <th scope="col">{t('library.columnActions')}</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => {
              const when = formatDate(backup.createdAt, i18n.language, true);
              return (
                <tr key={backup.fileName}>
                  <th scope="row">
                    <time dateTime={backup.createdAt}>{when}</time>
                  </th>
                  <td>{t(`backups.reason.${backup.reason}`)}</td>
                  <td>{backup.planCount ?? '—'}</td>
                  <td>{formatSize(backup.sizeBytes, i18n.language)}</td>
                  <td className="cell-actions">
                    {backup.problem === null ? (
                      <button
                        type="button"
                        className="btn"
                        aria-label={t('backups.restoreNamed', { when })}
                        onClick={() => setRestoring(backup)}
                      >
                        {t('backups.restore')}
                      </button>
                    ) : (
                      <span className="field-error">
                        {t('backups.unusable', { problem: backup.problem })}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <RestoreConfirm
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={() => onOpenChange(false)}
      />
    </Dialog>
  );
}

/** Replacing the whole library asks first, with Cancel focused, and says what is kept. */
export function RestoreConfirm({
  backup,
  onClose,
  onRestored,
}: {
  backup: BackupInfo | null;
  onClose: () => void;
  onRestored: () => void;
}) {
  const { t, i18n } = useTranslation();
  const restoreBackup = useAppStore((s) => s.restoreBackup);
  const errorMessage = useErrorMessage();
  const when = backup ? formatDate(backup.createdAt, i18n.language, true) : '';
  const restore = async () => {
    if (!backup) return;
    try {
      const { language } = await restoreBackup(backup.fileName);
      void changeLanguage(language);
      toast.success(t('backups.restored', { when }));
      onRestored();
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };
  return (
    <AlertDialog.Root open={backup !== null} onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">
            {t('backups.confirmTitle', { when })}
          </AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            {t('backups.confirmBody', { count: backup?.planCount ?? 0 })}
          </AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel className="btn">{t('common.cancel')}</AlertDialog.Cancel>
            <AlertDialog.Action className="btn btn-danger" onClick={() => void restore()}>
              {t('backups.confirm')}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function formatSize(bytes: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: bytes >= 1024 * 1024 ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes >= 1024 * 1024 ? bytes / (1024 * 1024) : bytes / 1024);
}
