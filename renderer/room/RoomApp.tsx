import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { roomParticipant as en } from '../../shared/i18n/en/room';
import { roomParticipant as es } from '../../shared/i18n/es/room';
import {
  ROOM_TEAMS,
  type ParticipantView,
  type RoomRefusal,
  type RoomTeam,
} from '../../shared/room/room-types';
import { AssessmentActivity } from './AssessmentActivity';
import { IdeasActivity } from './IdeasActivity';
import { roomCall, RoomCallError, followRoom } from './room-api';
import { VoteActivity } from './VoteActivity';

export type RoomWords = typeof en;
export type RoomLanguage = 'en' | 'es';

/** Fills {{name}} slots; the words are plain text, shown as text, never as markup. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));
}

/**
 * The participant's page: join with the code (or arrive through the QR code's link,
 * already joined), say who you are or stay anonymous, then answer whatever the
 * facilitator runs. The language is the participant's own choice, kept in memory only:
 * the phone keeps nothing but the room's cookie.
 */
export function RoomApp() {
  // The phone's own language to start; a choice is kept in the address (?lang=), which a
  // reload keeps, never in the phone's storage.
  const [language, setLanguage] = useState<RoomLanguage>(() => {
    const chosen = new URLSearchParams(location.search).get('lang');
    if (chosen === 'en' || chosen === 'es') return chosen;
    return navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en';
  });
  const choose = (next: RoomLanguage) => {
    setLanguage(next);
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(null, '', url);
  };
  const words = language === 'es' ? es : en;
  const [view, setView] = useState<ParticipantView | null>(null);
  const [problem, setProblem] = useState<RoomRefusal | 'offline' | null>(null);
  const [editingProfile, setEditingProfile] = useState(false);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = words.title;
  }, [language, words.title]);

  // One request at a time, in the order of the taps: a vote sent as "two on A" never
  // overtakes the "three on A" tapped after it. The room's state is read in the same line:
  // a read sent before a vote and answered after it would show the vote undone, and the
  // next tap, built on that, would send it undone (a phone's second vote was lost so).
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // A read waiting its turn already brings whatever changed meanwhile: one is enough.
  const readQueued = useRef(false);
  const refresh = useCallback(() => {
    if (readQueued.current) return;
    readQueued.current = true;
    queue.current = queue.current.then(async () => {
      readQueued.current = false;
      try {
        setView(await roomCall('/room/state'));
        setProblem((current) => (current === 'offline' ? null : current));
      } catch (error) {
        if (error instanceof RoomCallError) setProblem(error.refusal);
      }
    });
  }, []);
  useEffect(() => {
    refresh();
    return followRoom(refresh, () =>
      setView((current) => (current ? { ...current, closed: true, activity: null } : current)),
    );
  }, [refresh]);

  const act = (path: string, body: unknown): Promise<boolean> => {
    const sent = queue.current.then(async () => {
      try {
        setView(await roomCall(path, body));
        setProblem(null);
        return true;
      } catch (error) {
        setProblem(error instanceof RoomCallError ? error.refusal : 'offline');
        return false;
      }
    });
    queue.current = sent;
    return sent;
  };

  const oldLink = new URLSearchParams(location.search).get('link') === 'old';
  const profileMissing = view?.joined && view.profile.team === null;

  return (
    <div className="room">
      <header className="room-header">
        <h1>{words.title}</h1>
        <label className="room-language">
          <span>{words.language}</span>
          <select
            value={language}
            onChange={(event) => choose(event.target.value === 'es' ? 'es' : 'en')}
          >
            <option value="en" lang="en">
              English
            </option>
            <option value="es" lang="es">
              Español
            </option>
          </select>
        </label>
      </header>
      <main>
        <p role="alert" className="room-problem">
          {problem ? words.refusal[problem] : ''}
        </p>
        {view === null ? null : view.closed ? (
          <p className="room-note">{words.closed}</p>
        ) : !view.joined ? (
          <JoinForm
            words={words}
            oldLink={oldLink}
            onJoin={(code) => act('/room/join', { code }).then((ok) => ok && refresh())}
          />
        ) : profileMissing || editingProfile ? (
          <ProfileForm
            words={words}
            initial={view.profile}
            onSave={async (profile) => {
              if (await act('/room/profile', profile)) setEditingProfile(false);
            }}
          />
        ) : (
          <>
            <p className="room-me">
              {view.profile.name || words.profile.noName}
              {' · '}
              {words.profile.teams[view.profile.team ?? 'other']}
              {' · '}
              <button type="button" className="room-link" onClick={() => setEditingProfile(true)}>
                {words.profile.change}
              </button>
            </p>
            {view.activity === null ? (
              <p className="room-note" aria-live="polite">
                {words.waiting}
              </p>
            ) : view.activity.kind === 'assessment' ? (
              <AssessmentActivity
                words={words}
                language={language}
                activity={view.activity}
                onAnswer={(answers) =>
                  act('/room/answer', { activityId: view.activity?.id ?? '', answers })
                }
              />
            ) : view.activity.kind === 'ideas' ? (
              <IdeasActivity
                words={words}
                activity={view.activity}
                onAdd={(text) => act('/room/idea', { activityId: view.activity?.id ?? '', text })}
              />
            ) : (
              <VoteActivity
                words={words}
                activity={view.activity}
                onVote={(votes) =>
                  act('/room/vote', { activityId: view.activity?.id ?? '', votes })
                }
              />
            )}
          </>
        )}
      </main>
    </div>
  );
}

function JoinForm({
  words,
  oldLink,
  onJoin,
}: {
  words: RoomWords;
  oldLink: boolean;
  onJoin: (code: string) => Promise<unknown>;
}) {
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onJoin(code);
  };
  return (
    <form className="room-card" onSubmit={submit}>
      <h2>{words.join.heading}</h2>
      {oldLink && <p className="room-note">{words.join.oldLink}</p>}
      <p>{words.join.intro}</p>
      <label className="room-field">
        <span>{words.join.code}</span>
        <input
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          maxLength={12}
          required
          className="room-code"
        />
      </label>
      <button type="submit" className="room-button">
        {words.join.submit}
      </button>
    </form>
  );
}

function ProfileForm({
  words,
  initial,
  onSave,
}: {
  words: RoomWords;
  initial: { name: string; team: RoomTeam | null };
  onSave: (profile: { name: string; team: RoomTeam }) => Promise<void>;
}) {
  const [name, setName] = useState(initial.name);
  const [team, setTeam] = useState<RoomTeam | null>(initial.team);
  // Continue is always there to press: pressed with no team, it says what is missing (a
  // greyed-out button on a phone said nothing about why).
  const [teamMissing, setTeamMissing] = useState(false);
  const teams = useRef<HTMLFieldSetElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (team) void onSave({ name: name.trim(), team });
    else {
      setTeamMissing(true);
      teams.current?.querySelector('input')?.focus();
    }
  };
  return (
    <form className="room-card" onSubmit={submit} noValidate>
      <h2>{words.profile.heading}</h2>
      <label className="room-field">
        <span>{words.profile.name}</span>
        <input
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={40}
          autoComplete="nickname"
          aria-describedby="name-help"
        />
      </label>
      <p id="name-help" className="room-help">
        {words.profile.nameHelp}
      </p>
      <fieldset
        ref={teams}
        className="room-choices"
        aria-describedby={teamMissing && team === null ? 'team-missing' : undefined}
      >
        <legend>{words.profile.team}</legend>
        {ROOM_TEAMS.map((option) => (
          <label key={option} className="room-choice">
            <input
              type="radio"
              name="team"
              value={option}
              checked={team === option}
              onChange={() => setTeam(option)}
              required
            />
            <span>{words.profile.teams[option]}</span>
          </label>
        ))}
      </fieldset>
      {teamMissing && team === null && (
        <p id="team-missing" className="room-problem" role="alert">
          {words.profile.pickTeam}
        </p>
      )}
      <button type="submit" className="room-button">
        {words.profile.submit}
      </button>
    </form>
  );
}
