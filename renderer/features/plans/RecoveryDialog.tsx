import { AlertDialog } from 'radix-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { useAppStore } from '../../store/store-context';
import { formatDate } from '../../ui/format';
import { useErrorMessage } from '../../ui/use-error-message';
import { RestoreConfirm } from './BackupsDialog';

/**
 * Shown at start when the library was found damaged: says where the damaged
 * file was kept and offers the newest backup that checks out. Nothing is
 * restored without the leaders choosing it.
 */
export function RecoveryDialog() {
  const { t, i18n } = useTranslation();
  const recovery = useAppStore((s) => s.recovery);
  const loadRecovery = useAppStore((s) => s.loadRecovery);
  const dismissRecovery = useAppStore((s) => s.dismissRecovery);
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);

  // Asked once per session: the library's state at start does not change by going back to it.
  const asked = recovery !== null;
  useEffect(() => {
    if (!asked) loadRecovery().catch((error: unknown) => toast.error(errorMessage(error)));
  }, [asked, loadRecovery, errorMessage]);

  const damaged = recovery?.damaged ?? null;
  const backup = recovery?.newestGoodBackup ?? null;
  const goOn = () =>
    void dismissRecovery().catch((error: unknown) => toast.error(errorMessage(error)));

  // Nearly always: the library opened sound, and there is nothing to draw.
  if (damaged === null && !confirming) return null;
  return (
    <>
      <AlertDialog.Root open={damaged !== null && !confirming}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog">
            <AlertDialog.Title className="dialog-title">{t('recovery.title')}</AlertDialog.Title>
            <AlertDialog.Description className="dialog-description">
              {t('recovery.body')}
            </AlertDialog.Description>
            <p>
              {t('recovery.keptAs')} <code className="file-path">{damaged?.keptAs}</code>
            </p>
            <p className="muted">{t('recovery.problem', { problem: damaged?.problem ?? '' })}</p>
            <p>
              {backup
                ? t('recovery.offer', {
                    when: formatDate(backup.createdAt, i18n.language, true),
                    count: backup.planCount ?? 0,
                  })
                : t('recovery.noBackup')}
            </p>
            <div className="dialog-actions">
              <AlertDialog.Cancel className="btn" onClick={goOn}>
                {t('recovery.goOn')}
              </AlertDialog.Cancel>
              {backup && (
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => setConfirming(true)}
                >
                  {t('recovery.restore')}
                </button>
              )}
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
      <RestoreConfirm
        backup={confirming ? backup : null}
        onClose={() => setConfirming(false)}
        onRestored={() => setConfirming(false)}
      />
    </>
  );
}
