import { DoorClosed, DoorOpen, Lock, LockOpen, RefreshCw } from 'lucide-react';
import { AlertDialog } from 'radix-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from '../../ui/toast';
import type { RoomInfo } from '../../../shared/api/room';
import { useAppStore } from '../../store/store-context';
import { RemoveButton } from '../../ui/RemoveButton';
import { SelectField } from '../../ui/SelectField';
import { useErrorMessage } from '../../ui/use-error-message';
import { RoomActivityCard } from './RoomActivityCard';
import { RoomQr } from './RoomQr';
import './room.css';

/**
 * The room's changes arrive as events (start.tsx); this slow read only catches up after a
 * stream that dropped.
 */
const CATCH_UP_MS = 5000;
/** A loopback address other than the app's own: the room tried on this computer. */
const TRY_HERE = '127.0.0.2';

/**
 * The facilitator's side of the workshop room: open it on an address of this computer,
 * show the QR code, the address and the code on the projector, see who is in, and run
 * one activity at a time.
 */
export function RoomPanel() {
  const { t } = useTranslation();
  const planId = useAppStore((s) => s.current?.doc.id ?? null);
  const room = useAppStore((s) => s.room);
  const refreshRoom = useAppStore((s) => s.refreshRoom);
  const errorMessage = useErrorMessage();

  useEffect(() => {
    void refreshRoom().catch(() => undefined);
    const timer = setInterval(() => void refreshRoom().catch(() => undefined), CATCH_UP_MS);
    return () => clearInterval(timer);
  }, [refreshRoom]);

  // Said where the facilitator is looking, not at the top of a long panel.
  const run = async (work: () => Promise<unknown>, done = '') => {
    try {
      await work();
      if (done) toast.success(done);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  };

  const openHere = room?.open && room.planId === planId;
  return (
    <div className="room-panel">
      <p className="muted">{t('room.intro')}</p>
      {!openHere || !room ? (
        <OpenRoomForm planId={planId} run={run} />
      ) : (
        <>
          <JoinCard room={room} run={run} />
          <RoomActivityCard room={room} run={run} />
          <ParticipantsCard room={room} run={run} />
        </>
      )}
    </div>
  );
}

type Run = (work: () => Promise<unknown>, done?: string) => Promise<void>;

function OpenRoomForm({ planId, run }: { planId: string | null; run: Run }) {
  const { t } = useTranslation();
  const openRoom = useAppStore((s) => s.openRoom);
  const [addresses, setAddresses] = useState<Array<{ address: string; interface: string }>>([]);
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const roomAddresses = useAppStore((s) => s.roomAddresses);
  useEffect(() => {
    void roomAddresses().then((found) => {
      setAddresses(found);
      setAddress((chosen) => chosen || found[0]?.address || TRY_HERE);
    });
  }, [roomAddresses]);
  const options = [
    ...addresses.map((a) => ({ value: a.address, label: `${a.address} (${a.interface})` })),
    { value: TRY_HERE, label: t('room.loopback', { address: TRY_HERE }) },
  ];
  return (
    <form
      className="card room-open"
      onSubmit={(event) => {
        event.preventDefault();
        if (!planId) return;
        setBusy(true);
        void run(() => openRoom(planId, address)).finally(() => setBusy(false));
      }}
    >
      <SelectField
        label={t('room.address')}
        help={t('room.addressHelp')}
        value={address}
        options={options}
        onChange={(event) => setAddress(event.target.value)}
      />
      {addresses.length === 0 && <p className="muted">{t('room.noAddresses')}</p>}
      <button type="submit" className="btn btn-primary" disabled={busy || !planId}>
        <DoorOpen aria-hidden size={18} />
        {busy ? t('room.opening') : t('room.open')}
      </button>
    </form>
  );
}

function JoinCard({ room, run }: { room: RoomInfo; run: Run }) {
  const { t } = useTranslation();
  const closeRoom = useAppStore((s) => s.closeRoom);
  const setJoining = useAppStore((s) => s.setRoomJoining);
  return (
    // While an activity runs the results need the room: the way in stays, smaller.
    <section
      className={`card room-join${room.activity ? ' is-compact' : ''}`}
      aria-labelledby="room-join-title"
    >
      <h3 id="room-join-title" className="visually-hidden">
        {t('room.title')}
      </h3>
      {room.qr && room.url && (
        <RoomQr size={room.qr.size} cells={room.qr.cells} label={t('room.qr', { url: room.url })} />
      )}
      <div className="room-join-words">
        <p>{t('room.joinAt')}</p>
        <p className="room-url">{room.url?.replace(/^http:\/\//, '')}</p>
        <p>{t('room.codeIs')}</p>
        <p className="room-code-big" aria-label={room.code?.split('').join(' ') ?? ''}>
          {room.code}
        </p>
        <p className="room-count">{t('room.joined', { count: room.participants.length })}</p>
        <div className="toolbar-row">
          <button
            type="button"
            className="btn"
            onClick={() => void run(() => setJoining({ locked: !room.joiningLocked }))}
          >
            {room.joiningLocked ? (
              <LockOpen aria-hidden size={18} />
            ) : (
              <Lock aria-hidden size={18} />
            )}
            {room.joiningLocked ? t('room.unlockJoining') : t('room.lockJoining')}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => void run(() => setJoining({ rotate: true }), t('room.rotated'))}
          >
            <RefreshCw aria-hidden size={18} />
            {t('room.rotate')}
          </button>
          <AlertDialog.Root>
            <AlertDialog.Trigger asChild>
              <button type="button" className="btn btn-danger-quiet">
                <DoorClosed aria-hidden size={18} />
                {t('room.close')}
              </button>
            </AlertDialog.Trigger>
            <AlertDialog.Portal>
              <AlertDialog.Overlay className="dialog-overlay" />
              <AlertDialog.Content className="dialog">
                <AlertDialog.Title className="dialog-title">
                  {t('room.closeTitle')}
                </AlertDialog.Title>
                <AlertDialog.Description className="dialog-description">
                  {t('room.closeBody')}
                </AlertDialog.Description>
                <div className="dialog-actions">
                  <AlertDialog.Cancel className="btn">{t('common.cancel')}</AlertDialog.Cancel>
                  <AlertDialog.Action
                    className="btn btn-danger"
                    onClick={() => void run(closeRoom)}
                  >
                    {t('room.close')}
                  </AlertDialog.Action>
                </div>
              </AlertDialog.Content>
            </AlertDialog.Portal>
          </AlertDialog.Root>
        </div>
      </div>
    </section>
  );
}

function ParticipantsCard({ room, run }: { room: RoomInfo; run: Run }) {
  const { t } = useTranslation();
  const remove = useAppStore((s) => s.removeFromRoom);
  if (room.participants.length === 0) return null;
  // People without a name are numbered in the order they joined, so each has a name of
  // their own here and in the button that takes them out of the room.
  const unnamed = room.participants.filter((person) => !person.name);
  return (
    <section className="card" aria-labelledby="room-people-title">
      <h3 id="room-people-title">{t('room.participants')}</h3>
      <ul className="room-people">
        {room.participants.map((person) => {
          const name =
            person.name ||
            (unnamed.length > 1
              ? t('room.anonymousNumbered', { number: unnamed.indexOf(person) + 1 })
              : t('room.anonymousPerson'));
          return (
            <li key={person.id}>
              <span>{name}</span>
              <span className="muted">
                {person.team ? t(`room.teams.${person.team}`) : t('room.noTeamYet')}
              </span>
              <RemoveButton
                label={t('room.remove', { name })}
                onClick={() => void run(() => remove(person.id))}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
