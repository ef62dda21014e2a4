import { Fragment, useState } from 'react';
import type { ParticipantActivity } from '../../shared/room/room-types';
import { fill, type RoomWords } from './RoomApp';

/**
 * Dot voting on a phone: a stepper per item, the votes left always said, the cap per item
 * said where there is one. Each change is sent at once; results appear once revealed.
 */
export function VoteActivity({
  words,
  activity,
  onVote,
}: {
  words: RoomWords;
  activity: Extract<ParticipantActivity, { kind: 'vote' }>;
  onVote: (votes: Record<string, number>) => Promise<boolean>;
}) {
  // A tap shows at once; the room's answer then stands, whether it took the vote or not.
  const [tapped, setTapped] = useState<{
    activityId: string;
    votes: Record<string, number>;
  } | null>(null);
  const mineNow = tapped?.activityId === activity.id ? tapped.votes : activity.mine;
  const given = Object.values(mineNow).reduce((sum, n) => sum + n, 0);
  const left = activity.votesPerPerson - given;
  const change = (itemId: string, by: number) => {
    const votes = { ...mineNow, [itemId]: Math.max(0, (mineNow[itemId] ?? 0) + by) };
    setTapped({ activityId: activity.id, votes });
    // The room's view stands once the last tap is answered.
    void onVote(votes).then(() =>
      setTapped((current) => (current?.votes === votes ? null : current)),
    );
  };
  const leftText =
    left === 0
      ? words.vote.none
      : fill(left === 1 ? words.vote.left_one : words.vote.left_other, { count: left });
  return (
    <section className="room-card" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{activity.title}</h2>
      <p className="room-mode">{activity.anonymous ? words.anonymous : words.named}</p>
      {activity.locked && <p className="room-note">{words.locked}</p>}
      <p aria-live="polite" className="room-left">
        {leftText}
      </p>
      {activity.capPerItem !== null && (
        <p className="room-help">{fill(words.vote.cap, { count: activity.capPerItem })}</p>
      )}
      <ul className="room-items">
        {activity.items.map((item) => {
          const mine = mineNow[item.id] ?? 0;
          const capped = activity.capPerItem !== null && mine >= activity.capPerItem;
          return (
            <li key={item.id} className="room-item">
              <span className="room-item-text">{item.text}</span>
              <span className="room-stepper">
                <button
                  type="button"
                  className="room-step"
                  aria-label={fill(words.vote.remove, { item: item.text })}
                  disabled={activity.locked || mine === 0}
                  onClick={() => change(item.id, -1)}
                >
                  −
                </button>
                <span className="room-given">
                  {fill(mine === 1 ? words.vote.given_one : words.vote.given_other, {
                    count: mine,
                  })}
                </span>
                <button
                  type="button"
                  className="room-step"
                  aria-label={fill(words.vote.add, { item: item.text })}
                  disabled={activity.locked || left <= 0 || capped}
                  onClick={() => change(item.id, 1)}
                >
                  +
                </button>
              </span>
              {activity.revealed && item.count !== null && (
                <Fragment>
                  <span className="room-count">
                    {fill(words.vote.total, { count: item.count })}
                  </span>
                </Fragment>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
