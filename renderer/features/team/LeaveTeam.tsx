import { LogOut } from 'lucide-react';
import { AlertDialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../shared/api/team';
import { useAppStore } from '../../store/store-context';

/**
 * Leaving the team asks first, saying what happens to the shared plans (they stay here as
 * this computer's own) and to any change that has not reached the team yet (it never will).
 */
export function LeaveTeam({
  status,
  busy,
  run,
}: {
  status: TeamStatus;
  busy: boolean;
  run: (work: () => Promise<unknown>, done?: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const leaveTeam = useAppStore((s) => s.leaveTeam);
  const team = status.connection?.teamName ?? '';
  return (
    <AlertDialog.Root>
      <AlertDialog.Trigger asChild>
        <button type="button" className="btn btn-danger-quiet" disabled={busy}>
          <LogOut aria-hidden size={18} />
          {t('team.leave.open')}
        </button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">
            {t('team.leave.title', { team })}
          </AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">
            {status.shared.length === 0
              ? t('team.leave.bodyNone')
              : t('team.leave.body', { count: status.shared.length })}
            {status.pending > 0 ? ` ${t('team.leave.pending', { count: status.pending })}` : ''}
          </AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel className="btn">{t('common.cancel')}</AlertDialog.Cancel>
            <AlertDialog.Action
              className="btn btn-danger"
              onClick={() => void run(leaveTeam, t('team.leave.done', { team }))}
            >
              {t('team.leave.confirm')}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
