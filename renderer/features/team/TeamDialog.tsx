import { RefreshCw, Share2, Users } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import { useAppStore } from '../../store/store-context';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { formatDate } from '../../ui/format';
import { useErrorMessage } from '../../ui/use-error-message';
import { LeaveTeam } from './LeaveTeam';
import { SyncState } from './SyncState';

/**
 * The library's link to the team server: join with an invite code, then each plan shared
 * with the team (who changed it last, and when) or shared with one click.
 */
export function TeamDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const team = useAppStore((s) => s.team);
  const plans = useAppStore((s) => s.plans);
  const refreshTeam = useAppStore((s) => s.refreshTeam);
  const syncTeam = useAppStore((s) => s.syncTeam);
  const shareWithTeam = useAppStore((s) => s.shareWithTeam);
  const connectTeam = useAppStore((s) => s.connectTeam);
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');

  useEffect(() => {
    if (open) refreshTeam().catch((error: unknown) => toast.error(errorMessage(error)));
  }, [open, refreshTeam, errorMessage]);

  const run = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await work();
      if (done) setSaid(done);
    } catch (error) {
      setSaid(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const connection = team?.connection ?? null;
  const sharedOf = new Map((team?.shared ?? []).map((plan) => [plan.planId, plan]));

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setSaid('');
        onOpenChange(next);
      }}
      title={t('team.title')}
      description={t('team.description')}
      wide
    >
      <p role="status" className="muted">
        {said}
      </p>
      {!connection ? (
        <ConnectForm busy={busy} onConnect={(input) => run(() => connectTeam(input))} />
      ) : (
        <>
          <div className="dialog-toolbar">
            <p>
              {t('team.connected', {
                member: connection.memberName,
                team: connection.teamName,
                role: t(`team.roles.${connection.role}`),
                server: connection.server,
              })}
              {' · '}
              <SyncState status={team} />
            </p>
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() => void run(syncTeam)}
            >
              <RefreshCw aria-hidden size={18} />
              {t('team.syncNow')}
            </button>
            {team && <LeaveTeam status={team} busy={busy} run={run} />}
          </div>
          <table className="plan-table">
            <caption className="visually-hidden">{t('team.plans')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.plan')}</th>
                <th scope="col">{t('team.sharing')}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((plan) => {
                const shared = sharedOf.get(plan.id);
                return (
                  <tr key={plan.id}>
                    <th scope="row">{plan.name}</th>
                    <td>
                      {shared ? (
                        shared.updatedAt ? (
                          t('team.sharedBy', {
                            who: shared.updatedBy ?? '–',
                            when: formatDate(shared.updatedAt, i18n.language, true),
                          })
                        ) : (
                          t('team.sharedWaiting')
                        )
                      ) : connection.role === 'viewer' ? (
                        t('team.notShared')
                      ) : (
                        <button
                          type="button"
                          className="btn"
                          disabled={busy}
                          aria-label={t('team.shareOf', { name: plan.name })}
                          onClick={() =>
                            void run(
                              () => shareWithTeam(plan.id),
                              t('team.shared', { name: plan.name }),
                            )
                          }
                        >
                          <Share2 aria-hidden size={18} />
                          {t('team.share')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </Dialog>
  );
}

function ConnectForm({
  busy,
  onConnect,
}: {
  busy: boolean;
  onConnect: (input: { server: string; code: string; deviceName: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [server, setServer] = useState('');
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onConnect({ server: server.trim(), code: code.trim(), deviceName: deviceName.trim() });
  };
  return (
    <form className="mapping-columns" onSubmit={submit}>
      <p>{t('team.connectIntro')}</p>
      <TextField
        label={t('team.server')}
        help={t('team.serverHelp')}
        value={server}
        inputMode="url"
        autoComplete="url"
        required
        onChange={(event) => setServer(event.target.value)}
      />
      <TextField
        label={t('team.code')}
        value={code}
        autoComplete="off"
        required
        onChange={(event) => setCode(event.target.value)}
      />
      <TextField
        label={t('team.deviceName')}
        value={deviceName}
        maxLength={120}
        required
        onChange={(event) => setDeviceName(event.target.value)}
      />
      <div className="dialog-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          <Users aria-hidden size={18} />
          {busy ? t('team.connecting') : t('team.connect')}
        </button>
      </div>
    </form>
  );
}
