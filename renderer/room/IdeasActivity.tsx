import { useState, type FormEvent } from 'react';
import { IDEA_MAX_LENGTH, type ParticipantActivity } from '../../shared/room/room-types';
import { fill, type RoomWords } from './RoomApp';

/**
 * Ideas on a phone: the facilitator's prompt, a card typed and sent, the person's own cards
 * listed, and everyone's cards once the facilitator shows them. Cards are text, never markup.
 */
export function IdeasActivity({
  words,
  activity,
  onAdd,
}: {
  words: RoomWords;
  activity: Extract<ParticipantActivity, { kind: 'ideas' }>;
  onAdd: (text: string) => Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const card = text.trim();
    if (!card) return;
    void onAdd(card).then((ok) => ok && setText(''));
  };
  return (
    <section className="room-card" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{activity.prompt}</h2>
      <p className="room-mode">{activity.anonymous ? words.anonymous : words.named}</p>
      {activity.locked ? (
        <p className="room-note">{words.locked}</p>
      ) : (
        <form onSubmit={submit}>
          <label className="room-field">
            <span>{words.ideas.card}</span>
            <textarea
              value={text}
              onChange={(event) => setText(event.target.value)}
              maxLength={IDEA_MAX_LENGTH}
              rows={3}
              required
            />
          </label>
          <button type="submit" className="room-button">
            {words.ideas.add}
          </button>
        </form>
      )}
      {activity.mine.length > 0 && (
        <>
          <h3>{fill(words.ideas.mine, { count: activity.mine.length })}</h3>
          <ul className="room-cards">
            {activity.mine.map((card, i) => (
              <li key={i}>{card}</li>
            ))}
          </ul>
        </>
      )}
      {activity.revealed && (
        <>
          <h3>{words.ideas.everyone}</h3>
          <ul className="room-cards">
            {activity.cards.map((card) => (
              <li key={card.id}>
                {card.text}
                {card.author && <span className="room-help"> · {card.author}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
