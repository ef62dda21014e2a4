import { Eye, EyeOff, Lock, LockOpen, Play, Save } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySetupInput, RoomInfo } from '../../../shared/api/room';
import { localToday } from '../../../shared/format/date-input';
import { useAppStore } from '../../store/store-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { IdeasSetupForm, RoomIdeas } from './RoomIdeas';
import { RoomResults } from './RoomResults';
import { VoteSetupForm } from './VoteSetupForm';

type Run = (work: () => Promise<unknown>, done?: string) => Promise<void>;

/**
 * One activity at a time: start the assessment or a vote (anonymous or named), follow who
 * has answered, close answers, show the results on the projector, and keep them in the plan
 * as commands (undoable, in the PDF).
 */
export function RoomActivityCard({ room, run }: { room: RoomInfo; run: Run }) {
  const { t } = useTranslation();
  const start = useAppStore((s) => s.startRoomActivity);
  const setActivity = useAppStore((s) => s.setRoomActivity);
  const runs = useAppStore((s) => s.current?.doc.workshop.assessments ?? []);
  const dispatch = usePlanDispatch();
  const [anonymous, setAnonymous] = useState(true);
  const activity = room.activity;
  const kept = useAppStore((s) => s.keptRoomAnswers);
  const noteKept = useAppStore((s) => s.noteRoomAnswersKept);
  /** The next activity, waiting for the facilitator to let the room's answers go. */
  const [waiting, setWaiting] = useState<ActivitySetupInput | null>(null);
  // Answers the plan does not have yet: a new activity replaces the room's, and they would
  // be gone without a word (ideas: the cards on the wall, those moved to the plan aside).
  const unkept =
    activity === null
      ? null
      : activity.kind === 'ideas'
        ? room.ideaCount > 0
          ? t('room.unkept.cards', { count: room.ideaCount })
          : null
        : room.answered > 0 && !(kept?.activityId === activity.id && kept.answered >= room.answered)
          ? t('room.unkept.answers', { count: room.answered })
          : null;
  const startNext = (setup: ActivitySetupInput): Promise<void> => {
    if (unkept !== null) {
      setWaiting(setup);
      return Promise.resolve();
    }
    return run(() => start(setup));
  };

  const keep = () => {
    if (!activity) return;
    if (activity.kind === 'assessment' && room.assessment) {
      const existing = runs.at(-1);
      const runId = existing?.id ?? crypto.randomUUID();
      const answers = {
        marketing: room.assessment.marketing ?? {},
        sales: room.assessment.sales ?? {},
        other: room.assessment.other ?? {},
      };
      const refusal = dispatch([
        ...(existing
          ? []
          : [
              {
                type: 'assessment.start' as const,
                run: { id: runId, date: localToday(new Date()), marketing: {}, sales: {} },
              },
            ]),
        {
          type: 'assessment.room.set',
          runId,
          room: { participants: room.answeredByTeam, answers },
        },
      ]);
      if (refusal === null) {
        noteKept(activity.id, room.answered);
        void run(() => Promise.resolve(), t('room.kept'));
      }
    }
    if (activity.kind === 'vote' && room.votes) {
      const refusal = dispatch([
        {
          type: 'vote.add',
          vote: {
            id: crypto.randomUUID(),
            date: localToday(new Date()),
            title: activity.title,
            anonymous: activity.anonymous,
            voters: room.answered,
            items: room.votes.map((item) => ({ text: item.text, count: item.count })),
          },
        },
      ]);
      if (refusal === null) {
        noteKept(activity.id, room.answered);
        void run(() => Promise.resolve(), t('room.kept'));
      }
    }
  };

  return (
    <section className="card room-activity" aria-labelledby="room-activity-title">
      <h3 id="room-activity-title">
        {activity === null
          ? t('room.activity')
          : activity.kind === 'assessment'
            ? t('room.running.assessment')
            : activity.kind === 'vote'
              ? t('room.running.vote', { title: activity.title })
              : t('room.running.ideas', { prompt: activity.prompt })}
      </h3>
      {activity && (
        <>
          <p className="room-progress" aria-live="polite">
            {t('room.answered', { count: room.answered, total: room.participants.length })}
            {' · '}
            {t('room.answeredByTeam', room.answeredByTeam)}
            {activity.kind === 'ideas' && ` · ${t('room.ideaCards', { count: room.ideaCount })}`}
            {activity.kind === 'assessment' &&
              ` · ${t('room.finished', { count: room.finished, total: 20 })}`}
          </p>
          <div className="toolbar-row">
            <button
              type="button"
              className="btn"
              onClick={() => void run(() => setActivity({ locked: !activity.locked }))}
            >
              {activity.locked ? (
                <LockOpen aria-hidden size={18} />
              ) : (
                <Lock aria-hidden size={18} />
              )}
              {activity.locked ? t('room.unlock') : t('room.lock')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => void run(() => setActivity({ revealed: !activity.revealed }))}
            >
              {activity.revealed ? <EyeOff aria-hidden size={18} /> : <Eye aria-hidden size={18} />}
              {activity.revealed ? t('room.hide') : t('room.reveal')}
            </button>
            {activity.kind !== 'ideas' && (
              <button
                type="button"
                className="btn btn-primary"
                disabled={!activity.revealed}
                title={activity.revealed ? undefined : t('room.keepNeedsReveal')}
                onClick={keep}
              >
                <Save aria-hidden size={18} />
                {t('room.keep')}
              </button>
            )}
          </div>
          {activity.revealed && activity.kind === 'ideas' ? (
            <RoomIdeas room={room} run={run} />
          ) : activity.revealed ? (
            <RoomResults room={room} />
          ) : (
            <p className="muted">{t('room.hidden')}</p>
          )}
        </>
      )}
      <div className="room-start">
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={anonymous}
            onChange={(event) => setAnonymous(event.target.checked)}
          />
          {t('room.anonymous')}
        </label>
        <button
          type="button"
          className="btn"
          onClick={() => void startNext({ kind: 'assessment', anonymous })}
        >
          <Play aria-hidden size={18} />
          {t('room.startAssessment')}
        </button>
        <VoteSetupForm onStart={(setup) => startNext({ kind: 'vote', anonymous, ...setup })} />
        <IdeasSetupForm onStart={(prompt) => startNext({ kind: 'ideas', anonymous, prompt })} />
      </div>
      <ConfirmDialog
        open={waiting !== null}
        title={t('room.unkept.title')}
        body={unkept ?? ''}
        confirmLabel={t('room.unkept.confirm')}
        onConfirm={() => {
          const setup = waiting;
          setWaiting(null);
          if (setup) void run(() => start(setup));
        }}
        onClose={() => setWaiting(null)}
      />
    </section>
  );
}
