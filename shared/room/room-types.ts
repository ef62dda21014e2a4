/**
 * What a participant's phone and the workshop room say to each other: plain types and
 * constants, free of any library, so the participant page stays a few dozen kilobytes.
 */

export const ROOM_TEAMS = ['marketing', 'sales', 'other'] as const;
export type RoomTeam = (typeof ROOM_TEAMS)[number];

/** Six characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B). */
export const ROOM_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const ROOM_CODE_LENGTH = 6;

/** What a participant sees of the room: never anyone else's answers, results once revealed. */
export interface ParticipantView {
  joined: boolean;
  profile: { name: string; team: RoomTeam | null };
  closed: boolean;
  activity: ParticipantActivity | null;
}

export type ParticipantActivity =
  | {
      kind: 'assessment';
      id: string;
      anonymous: boolean;
      locked: boolean;
      statementIds: string[];
      mine: Record<string, number>;
    }
  | {
      kind: 'vote';
      id: string;
      anonymous: boolean;
      locked: boolean;
      title: string;
      items: Array<{ id: string; text: string; count: number | null }>;
      votesPerPerson: number;
      capPerItem: number | null;
      mine: Record<string, number>;
      revealed: boolean;
    }
  | {
      kind: 'ideas';
      id: string;
      anonymous: boolean;
      locked: boolean;
      prompt: string;
      /** This participant's own cards. */
      mine: string[];
      revealed: boolean;
      /** Everyone's cards the facilitator has not hidden, once revealed. */
      cards: Array<{ id: string; text: string; author: string | null }>;
    };

/** The most cards one person adds to one prompt, and the longest card. */
export const IDEAS_PER_PERSON = 20;
export const IDEA_MAX_LENGTH = 280;

/** Why the room refused something, as a code the participant page words in en or es. */
export type RoomRefusal =
  | 'room.badLink'
  | 'room.badCode'
  | 'room.lockedOut'
  | 'room.joiningLocked'
  | 'room.notJoined'
  | 'room.closed'
  | 'room.noActivity'
  | 'room.activityLocked'
  | 'room.invalid'
  | 'room.tooManyVotes'
  | 'room.overCap'
  | 'room.tooLarge'
  | 'room.tooManyIdeas'
  | 'room.foreign';

/**
 * The room's changes travel to the facilitator's windows on the library's change stream
 * (server-sent events in the browser shell, IPC in Electron) under this id, which no plan
 * can have (plan ids are letters, digits, - and _).
 */
export const ROOM_CHANGE_ID = 'room:changed';
