import { KeptVotes } from '../room/KeptRoomResults';
import { Plus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/store-context';
import { RemoveButton } from '../../ui/RemoveButton';
import { localToday } from '../../../shared/format/date-input';
import { TextField } from '../../ui/TextField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { ActionTable } from './ActionTable';
import { formatDate } from '../../ui/format';

const today = () => localToday(new Date());

/** What the room agreed, who does what by when, and what was parked for later. */
export function DecisionsPanel() {
  return (
    <div className="decisions-layout">
      <DecisionLog />
      <ActionItems />
      <ParkingLot />
      <KeptVotes />
    </div>
  );
}

function DecisionLog() {
  const { t, i18n } = useTranslation();
  const dispatch = usePlanDispatch();
  const decisions = useAppStore((s) => s.current?.doc.workshop.decisions ?? []);
  const [text, setText] = useState('');
  const [agreedBy, setAgreedBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError(t('validation.required'));
    const refused = dispatch([
      {
        type: 'decision.add',
        decision: {
          id: crypto.randomUUID(),
          text: text.trim(),
          date: today(),
          agreedBy: agreedBy.trim(),
        },
      },
    ]);
    if (refused === null) {
      setText('');
      setAgreedBy('');
      setError(null);
    }
  };
  return (
    <section className="card" aria-labelledby="decisions-heading">
      <h3 id="decisions-heading">{t('workshop.decisions.heading')}</h3>
      {decisions.length === 0 ? (
        <p className="muted">{t('workshop.decisions.empty')}</p>
      ) : (
        <ol className="decision-list">
          {decisions.map((d) => (
            <li key={d.id}>
              <div>
                <strong>{d.text}</strong>
                <span className="muted">
                  {' '}
                  · {formatDate(d.date, i18n.language)}
                  {d.agreedBy && ` · ${t('workshop.decisions.by', { who: d.agreedBy })}`}
                </span>
              </div>
              <RemoveButton
                label={t('workshop.decisions.remove', { text: d.text })}
                onClick={() => dispatch([{ type: 'decision.remove', decisionId: d.id }])}
              />
            </li>
          ))}
        </ol>
      )}
      <form className="inline-form" onSubmit={add}>
        <TextField
          label={t('workshop.decisions.text')}
          value={text}
          error={error}
          maxLength={500}
          onChange={(e) => setText(e.target.value)}
        />
        <TextField
          label={t('workshop.decisions.agreedBy')}
          value={agreedBy}
          maxLength={200}
          onChange={(e) => setAgreedBy(e.target.value)}
        />
        <button type="submit" className="btn">
          <Plus aria-hidden size={18} />
          {t('workshop.decisions.add')}
        </button>
      </form>
    </section>
  );
}

function ActionItems() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const actions = useAppStore((s) => s.current?.doc.workshop.actions ?? []);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError(t('validation.required'));
    const refused = dispatch([
      {
        type: 'action.add',
        action: {
          id: crypto.randomUUID(),
          text: text.trim(),
          ownerId: null,
          due: null,
          status: 'open',
        },
      },
    ]);
    if (refused === null) {
      setText('');
      setError(null);
    }
  };
  return (
    <section className="card actions-card" aria-labelledby="actions-heading">
      <h3 id="actions-heading">{t('workshop.actions.heading')}</h3>
      {actions.length === 0 ? (
        <p className="muted">{t('workshop.actions.empty')}</p>
      ) : (
        <ActionTable
          actions={actions}
          labelledBy="actions-heading"
          update={(actionId, patch) => dispatch([{ type: 'action.update', actionId, patch }])}
          remove={(actionId) => dispatch([{ type: 'action.remove', actionId }])}
        />
      )}
      <form className="inline-form" onSubmit={add}>
        <TextField
          label={t('workshop.actions.new')}
          value={text}
          error={error}
          maxLength={300}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="btn">
          <Plus aria-hidden size={18} />
          {t('workshop.actions.add')}
        </button>
      </form>
    </section>
  );
}

function ParkingLot() {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const topics = useAppStore((s) => s.current?.doc.workshop.parkingLot ?? []);
  const [text, setText] = useState('');
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    if (
      dispatch([{ type: 'parking.add', topic: { id: crypto.randomUUID(), text: text.trim() } }]) ===
      null
    ) {
      setText('');
    }
  };
  return (
    <section className="card" aria-labelledby="parking-heading">
      <h3 id="parking-heading">{t('workshop.parking.heading')}</h3>
      {topics.length === 0 ? (
        <p className="muted">{t('workshop.parking.empty')}</p>
      ) : (
        <ul className="decision-list">
          {topics.map((topic) => (
            <li key={topic.id}>
              <span>{topic.text}</span>
              <RemoveButton
                label={t('workshop.parking.remove', { text: topic.text })}
                onClick={() => dispatch([{ type: 'parking.remove', topicId: topic.id }])}
              />
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={add}>
        <TextField
          label={t('workshop.parking.new')}
          value={text}
          maxLength={300}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="btn">
          <Plus aria-hidden size={18} />
          {t('workshop.parking.add')}
        </button>
      </form>
    </section>
  );
}
