import { Play } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { TextField } from '../../ui/TextField';

interface VoteSetup {
  title: string;
  items: Array<{ id: string; text: string }>;
  votesPerPerson: number;
  capPerItem: number | null;
}

/** A dot vote on any list: typed one per line, or taken from the parked topics or actions. */
export function VoteSetupForm({ onStart }: { onStart: (setup: VoteSetup) => Promise<void> }) {
  const { t } = useTranslation();
  const parked = useAppStore((s) => s.current?.doc.workshop.parkingLot ?? []);
  const actions = useAppStore((s) => s.current?.doc.workshop.actions ?? []);
  const [title, setTitle] = useState('');
  const [items, setItems] = useState('');
  const [votes, setVotes] = useState('3');
  const [cap, setCap] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const lines = [
      ...new Set(
        items
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      ),
    ];
    const perPerson = Number(votes);
    const capValue = cap.trim() === '' ? null : Number(cap);
    const whole = (n: number | null) => n === null || (Number.isInteger(n) && n >= 1 && n <= 20);
    if (
      !title.trim() ||
      lines.length < 2 ||
      lines.length > 50 ||
      !whole(perPerson) ||
      !whole(capValue)
    ) {
      setProblem(t('room.invalidVote'));
      return;
    }
    setProblem(null);
    void onStart({
      title: title.trim(),
      items: lines.map((text) => ({ id: crypto.randomUUID(), text })),
      votesPerPerson: perPerson,
      capPerItem: capValue,
    });
  };

  return (
    <form className="room-vote-setup" onSubmit={submit} noValidate>
      <TextField
        label={t('room.voteTitle')}
        value={title}
        maxLength={200}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextField
        label={t('room.voteItems')}
        help={t('room.voteItemsHelp')}
        multiline
        value={items}
        error={problem}
        onChange={(event) => setItems(event.target.value)}
      />
      <div className="toolbar-row">
        {parked.length > 0 && (
          <button
            type="button"
            className="btn"
            onClick={() => setItems(parked.map((topic) => topic.text).join('\n'))}
          >
            {t('room.fromParking')}
          </button>
        )}
        {actions.some((action) => action.status !== 'done') && (
          <button
            type="button"
            className="btn"
            onClick={() =>
              setItems(
                actions
                  .filter((action) => action.status !== 'done')
                  .map((action) => action.text)
                  .join('\n'),
              )
            }
          >
            {t('room.fromActions')}
          </button>
        )}
      </div>
      <div className="toolbar-row">
        <TextField
          label={t('room.votesPerPerson')}
          inputMode="numeric"
          value={votes}
          className="compact-field"
          onChange={(event) => setVotes(event.target.value)}
        />
        <TextField
          label={t('room.capPerItem')}
          inputMode="numeric"
          value={cap}
          className="compact-field"
          onChange={(event) => setCap(event.target.value)}
        />
      </div>
      <button type="submit" className="btn">
        <Play aria-hidden size={18} />
        {t('room.startVote')}
      </button>
    </form>
  );
}
