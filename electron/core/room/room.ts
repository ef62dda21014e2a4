import { randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import {
  IDEA_MAX_LENGTH,
  IDEAS_PER_PERSON,
  ROOM_CODE_ALPHABET,
  ROOM_CODE_LENGTH,
  type ParticipantView,
  type RoomTeam,
} from '../../../shared/room/protocol';
import {
  RoomError,
  type ActivitySetup,
  type IdeaCard,
  type Participant,
  type RoomActivity,
  type RoomStatus,
} from './room-model';
import {
  facilitatorStatus,
  participantActivity,
  STATEMENT_IDS,
  type RoomContents,
} from './room-views';

export { ANONYMOUS_GROUP_MIN } from './room-views';

/**
 * One workshop room, held in memory only: the people in it, the one activity running and
 * what each person answered. Nothing here reaches the plan until the facilitator keeps it;
 * participants' devices keep nothing but their session cookie. Every refusal leaves the
 * room as it was.
 */
export class Room {
  private token: string;
  private code: string;
  private joiningLocked = false;
  private closed = false;
  /** Session (the cookie's secret) → participant. */
  private readonly sessions = new Map<string, Participant>();
  private current: RoomActivity | null = null;
  /** Participant id → their answers to the current activity. */
  private responses = new Map<string, Record<string, number>>();
  /** The running ideas activity's cards, in the order they came. */
  private cards: IdeaCard[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly now: () => number = Date.now) {
    this.token = newToken();
    this.code = newCode();
  }

  /** The secret the QR code carries: 128 random bits. */
  get joinToken(): string {
    return this.token;
  }

  get joinCode(): string {
    return this.code;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A phone that scanned the QR code: a new session, if the token is this room's current one. */
  joinWithToken(token: string): string {
    if (!sameSecret(token, this.token)) throw new RoomError('room.badLink', 403);
    return this.newSession();
  }

  /** A phone that typed the code (case and spaces do not matter). */
  joinWithCode(code: string): string {
    const typed = code.toUpperCase().replace(/[\s-]/g, '');
    if (!sameSecret(typed, this.code)) throw new RoomError('room.badCode', 403);
    return this.newSession();
  }

  setProfile(session: string, profile: { name: string; team: RoomTeam }): void {
    const participant = this.participant(session);
    participant.name = profile.name.trim().replace(/\s+/g, ' ');
    participant.team = profile.team;
    this.changed();
  }

  lockJoining(locked: boolean): void {
    this.joiningLocked = locked;
    this.changed();
  }

  /** A new code and QR token: the old ones stop working; people already in stay. */
  rotate(): void {
    this.token = newToken();
    this.code = newCode();
    this.changed();
  }

  remove(participantId: string): void {
    for (const [session, participant] of this.sessions) {
      if (participant.id === participantId) {
        this.sessions.delete(session);
        this.responses.delete(participantId);
        this.cards = this.cards.filter((card) => card.authorId !== participantId);
      }
    }
    this.changed();
  }

  close(): void {
    this.closed = true;
    this.current = null;
    this.changed();
    this.listeners.clear();
  }

  /** Starts an activity; the previous one's answers are gone (keep them first). */
  start(setup: ActivitySetup): RoomActivity {
    this.refuseIfClosed();
    const id = randomUUID();
    this.current = { ...setup, id, locked: false, revealed: false };
    this.responses = new Map();
    this.cards = [];
    this.changed();
    return this.current;
  }

  /** Locks the running activity (no more answers), and reveals its results or hides them. */
  setActivity(state: { locked?: boolean; revealed?: boolean }): void {
    if (!this.current) throw new RoomError('room.noActivity', 409);
    this.current = { ...this.current, ...state };
    this.changed();
  }

  answer(session: string, activityId: string, answers: Record<string, number>): void {
    const { participant } = this.answering(session, activityId, 'assessment');
    for (const [statementId, score] of Object.entries(answers)) {
      if (!STATEMENT_IDS.includes(statementId) || !Number.isInteger(score)) {
        throw new RoomError('room.invalid', 400);
      }
      if (score < 1 || score > 5) throw new RoomError('room.invalid', 400);
    }
    const before = this.responses.get(participant.id) ?? {};
    this.responses.set(participant.id, { ...before, ...answers });
    this.changed();
  }

  vote(session: string, activityId: string, votes: Record<string, number>): void {
    const { participant, activity } = this.answering(session, activityId, 'vote');
    if (activity.kind !== 'vote') throw new RoomError('room.invalid', 400);
    const itemIds = new Set(activity.items.map((item) => item.id));
    let total = 0;
    for (const [itemId, count] of Object.entries(votes)) {
      if (!itemIds.has(itemId) || !Number.isInteger(count) || count < 0) {
        throw new RoomError('room.invalid', 400);
      }
      if (activity.capPerItem !== null && count > activity.capPerItem) {
        throw new RoomError('room.overCap', 400);
      }
      total += count;
    }
    if (total > activity.votesPerPerson) throw new RoomError('room.tooManyVotes', 400);
    this.responses.set(participant.id, { ...votes });
    this.changed();
  }

  /** A participant's card for the running ideas prompt, kept as typed (shown as text). */
  addIdea(session: string, activityId: string, text: string): void {
    const { participant } = this.answering(session, activityId, 'ideas');
    const card = text.trim().replace(/\s+/g, ' ');
    if (card.length === 0 || card.length > IDEA_MAX_LENGTH)
      throw new RoomError('room.invalid', 400);
    const own = this.cards.filter((c) => c.authorId === participant.id).length;
    if (own >= IDEAS_PER_PERSON) throw new RoomError('room.tooManyIdeas', 400);
    this.cards.push({
      id: randomUUID(),
      text: card,
      authorId: participant.id,
      hidden: false,
      merged: [],
    });
    this.responses.set(participant.id, { cards: own + 1 });
    this.changed();
  }

  /** The facilitator hides a card, shows it again, or merges it into another. */
  curateIdea(cardId: string, change: { hidden?: boolean; mergeInto?: string }): void {
    const card = this.cards.find((c) => c.id === cardId);
    if (!card) throw new RoomError('room.invalid', 404);
    if (change.mergeInto !== undefined) {
      const into = this.cards.find((c) => c.id === change.mergeInto);
      if (!into || into === card) throw new RoomError('room.invalid', 400);
      into.merged.push(card.text, ...card.merged);
      this.cards = this.cards.filter((c) => c !== card);
    }
    if (change.hidden !== undefined) card.hidden = change.hidden;
    this.changed();
  }

  /** What one participant sees. */
  viewFor(session: string | null): ParticipantView {
    const participant = session ? this.sessions.get(session) : undefined;
    return {
      joined: participant !== undefined,
      profile: { name: participant?.name ?? '', team: participant?.team ?? null },
      closed: this.closed,
      activity:
        participant && this.current
          ? participantActivity(this.contents(), participant, this.current)
          : null,
    };
  }

  /** What the facilitator sees: who is in, who answered, and the results once revealed. */
  status(): RoomStatus {
    return facilitatorStatus(this.contents(), {
      open: !this.closed,
      code: this.code,
      joiningLocked: this.joiningLocked,
      activity: this.current,
    });
  }

  private contents(): RoomContents {
    return { sessions: this.sessions, responses: this.responses, cards: this.cards };
  }

  private answering(
    session: string,
    activityId: string,
    kind: RoomActivity['kind'],
  ): { participant: Participant; activity: RoomActivity } {
    this.refuseIfClosed();
    const participant = this.participant(session);
    const activity = this.current;
    if (!activity || activity.id !== activityId || activity.kind !== kind) {
      throw new RoomError('room.noActivity', 409);
    }
    if (activity.locked) throw new RoomError('room.activityLocked', 409);
    return { participant, activity };
  }

  private participant(session: string): Participant {
    this.refuseIfClosed();
    const participant = this.sessions.get(session);
    if (!participant) throw new RoomError('room.notJoined', 401);
    return participant;
  }

  private newSession(): string {
    this.refuseIfClosed();
    if (this.joiningLocked) throw new RoomError('room.joiningLocked', 403);
    const session = newToken();
    this.sessions.set(session, { id: randomUUID(), name: '', team: null, joinedAt: this.now() });
    this.changed();
    return session;
  }

  private refuseIfClosed(): void {
    if (this.closed) throw new RoomError('room.closed', 410);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

function newToken(): string {
  return randomBytes(16).toString('base64url');
}

function newCode(): string {
  let code = '';
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) {
    code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  }
  return code;
}

/** Compares secrets in constant time, so a guess learns nothing from how long it took. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
