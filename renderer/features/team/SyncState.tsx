import { useTranslation } from 'react-i18next';
import type { TeamStatus } from '../../../shared/api/team';

/**
 * Where a plan's changes are, in words: saved here only, synced, waiting, offline, or some
 * not applied. Announced politely, so a screen reader hears a change of state.
 */
export function SyncState({
  status,
  shared = true,
  plain = false,
}: {
  status: TeamStatus | null;
  shared?: boolean;
  /** Inside a button: plain words, which name it (a live region inside would not). */
  plain?: boolean;
}) {
  const { t } = useTranslation();
  if (!status?.connection || !shared) {
    return <span className="sync-state">{t('team.state.local')}</span>;
  }
  const text =
    status.state === 'refused'
      ? t('team.state.refused', { count: status.refused })
      : status.state === 'offline'
        ? t('team.state.offline')
        : status.state === 'pending'
          ? t('team.state.pending', { count: status.pending })
          : t('team.state.synced');
  return (
    <span className={`sync-state sync-${status.state}`} role={plain ? undefined : 'status'}>
      {text}
    </span>
  );
}
