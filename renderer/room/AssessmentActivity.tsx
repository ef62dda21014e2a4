import { useState } from 'react';
import { ASSESSMENT_STATEMENTS } from '../../shared/domain/assessment';
import type { ParticipantActivity } from '../../shared/room/room-types';
import { fill, type RoomLanguage, type RoomWords } from './RoomApp';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * The alignment assessment on a phone: each statement a group of five choices, each
 * choice saved as it is made, so nothing is lost if the phone locks halfway.
 */
export function AssessmentActivity({
  words,
  language,
  activity,
  onAnswer,
}: {
  words: RoomWords;
  language: RoomLanguage;
  activity: Extract<ParticipantActivity, { kind: 'assessment' }>;
  onAnswer: (answers: Record<string, number>) => Promise<boolean>;
}) {
  // A tap shows at once; the room's answer confirms it, or takes it back with the reason.
  const [tapped, setTapped] = useState<{ activityId: string; answers: Record<string, number> }>({
    activityId: activity.id,
    answers: {},
  });
  const local = tapped.activityId === activity.id ? tapped.answers : {};
  const mine = { ...activity.mine, ...local };
  const answer = (statementId: string, score: number) => {
    setTapped({ activityId: activity.id, answers: { ...local, [statementId]: score } });
    void onAnswer({ [statementId]: score }).then((ok) => {
      if (ok) return;
      setTapped((current) => ({
        ...current,
        answers: Object.fromEntries(
          Object.entries(current.answers).filter(([id]) => id !== statementId),
        ),
      }));
    });
  };
  const statements = ASSESSMENT_STATEMENTS.filter((s) => activity.statementIds.includes(s.id));
  const answered = statements.filter((s) => mine[s.id] !== undefined).length;
  return (
    <section className="room-card" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{words.assessment.heading}</h2>
      <p className="room-mode">{activity.anonymous ? words.anonymous : words.named}</p>
      {activity.locked && <p className="room-note">{words.locked}</p>}
      <p>{words.assessment.intro}</p>
      <p aria-live="polite" className="room-help">
        {fill(words.assessment.answered, { count: answered, total: statements.length })}
        {' · '}
        {words.assessment.saved}
      </p>
      <ol className="room-statements">
        {statements.map((statement) => (
          <li key={statement.id}>
            <fieldset className="room-scale" disabled={activity.locked}>
              <legend>{statement.text[language]}</legend>
              {SCORES.map((score) => (
                <label key={score} className="room-score">
                  <input
                    type="radio"
                    name={statement.id}
                    value={score}
                    checked={mine[statement.id] === score}
                    onChange={() => answer(statement.id, score)}
                    aria-label={fill(words.assessment.score, { score })}
                  />
                  <span aria-hidden="true">{score}</span>
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ol>
    </section>
  );
}
