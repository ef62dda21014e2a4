import { CircleCheck, EyeOff, Eye, ListTodo, ParkingSquare, Play } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomInfo } from '../../../shared/api/room';
import { localToday } from '../../../shared/format/date-input';
import { useAppStore } from '../../store/store-context';
import { TextField } from '../../ui/TextField';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

type Run = (work: () => Promise<unknown>, done?: string) => Promise<void>;

/** The question the room answers with cards. */
export function IdeasSetupForm({ onStart }: { onStart: (prompt: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [prompt, setPrompt] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (prompt.trim()) void onStart(prompt.trim());
  };
  return (
    <form className="room-vote-setup" onSubmit={submit}>
      <TextField
        label={t('room.ideasPrompt')}
        placeholder={t('room.ideasPromptExample')}
        value={prompt}
        maxLength={300}
        onChange={(event) => setPrompt(event.target.value)}
      />
      <button type="submit" className="btn" disabled={!prompt.trim()}>
        <Play aria-hidden size={18} />
        {t('room.startIdeas')}
      </button>
    </form>
  );
}

/**
 * The room's cards on the projector: the facilitator hides the ones off the point, merges
 * the ones that say the same, and moves the good ones into the plan as a decision, an
 * action or a parked topic (commands: undoable, in the PDF).
 */
export function RoomIdeas({ room, run }: { room: RoomInfo; run: Run }) {
  const { t } = useTranslation();
  const curate = useAppStore((s) => s.curateIdea);
  const dispatch = usePlanDispatch();
  const cards = room.ideas ?? [];
  // Where each card went, so it is moved once and the wall says where.
  const [moved, setMoved] = useState<Record<string, 'decision' | 'action' | 'parking'>>({});
  const move = (card: { id: string; text: string }, to: 'decision' | 'action' | 'parking') => {
    if (moved[card.id]) return;
    const id = crypto.randomUUID();
    const text = card.text.slice(0, to === 'decision' ? 500 : 300);
    const refusal = dispatch([
      to === 'decision'
        ? {
            type: 'decision.add',
            decision: { id, text, date: localToday(new Date()), agreedBy: '' },
          }
        : to === 'action'
          ? {
              type: 'action.add',
              action: { id, text, ownerId: null, due: null, status: 'open' },
            }
          : { type: 'parking.add', topic: { id, text } },
    ]);
    if (refusal !== null) return;
    setMoved((before) => ({ ...before, [card.id]: to }));
    const said = {
      decision: t('room.movedDecision', { text: card.text }),
      action: t('room.movedAction', { text: card.text }),
      parking: t('room.movedParking', { text: card.text }),
    }[to];
    // Moved once: the card leaves the wall, so it is not moved twice.
    void run(() => curate(card.id, { hidden: true }), said);
  };
  return (
    <ul className="room-ideas" aria-label={t('room.resultsIdeas')}>
      {cards.map((card) => (
        <li key={card.id} className={card.hidden ? 'is-hidden' : undefined}>
          <p className="room-idea-text">
            {card.text}
            {card.author && <span className="muted"> · {card.author}</span>}
            {moved[card.id] ? (
              <span className="muted"> · {t(`room.movedTo.${moved[card.id]}`)}</span>
            ) : (
              card.hidden && <span className="muted"> · {t('room.hiddenCard')}</span>
            )}
          </p>
          {card.merged.length > 0 && (
            <p className="muted">{t('room.alsoSaid', { texts: card.merged.join(' · ') })}</p>
          )}
          <div className="toolbar-row">
            <button
              type="button"
              className="icon-button"
              aria-label={t('room.toDecision', { text: card.text })}
              title={t('room.toDecision', { text: card.text })}
              disabled={moved[card.id] !== undefined}
              onClick={() => move(card, 'decision')}
            >
              <CircleCheck aria-hidden size={18} />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('room.toAction', { text: card.text })}
              title={t('room.toAction', { text: card.text })}
              disabled={moved[card.id] !== undefined}
              onClick={() => move(card, 'action')}
            >
              <ListTodo aria-hidden size={18} />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('room.toParking', { text: card.text })}
              title={t('room.toParking', { text: card.text })}
              disabled={moved[card.id] !== undefined}
              onClick={() => move(card, 'parking')}
            >
              <ParkingSquare aria-hidden size={18} />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={
                card.hidden
                  ? t('room.showCard', { text: card.text })
                  : t('room.hideCard', { text: card.text })
              }
              onClick={() => void run(() => curate(card.id, { hidden: !card.hidden }))}
            >
              {card.hidden ? <Eye aria-hidden size={18} /> : <EyeOff aria-hidden size={18} />}
            </button>
            {cards.length > 1 && (
              <select
                className="input input-compact room-merge"
                aria-label={t('room.mergeCard', { text: card.text })}
                value=""
                onChange={(event) =>
                  void run(() => curate(card.id, { mergeInto: event.target.value }))
                }
              >
                <option value="">{t('room.mergeInto')}</option>
                {cards
                  .filter((other) => other.id !== card.id)
                  .map((other) => (
                    <option key={other.id} value={other.id}>
                      {other.text.length > 60
                        ? `${other.text.slice(0, 59).trimEnd()}…`
                        : other.text}
                    </option>
                  ))}
              </select>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
