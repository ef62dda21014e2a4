import type { RoomRefusal, RoomTeam } from '../../../shared/room/protocol';

/**
 * What a workshop room holds and says, apart from how it holds it (room.ts): its people,
 * the activities a facilitator runs, idea cards, and the projector's view.
 */

/** A refusal the room's listener answers with, in a code the participant page words. */
export class RoomError extends Error {
  constructor(
    readonly refusal: RoomRefusal,
    readonly status: number,
  ) {
    super(refusal);
  }
}

export interface Participant {
  id: string;
  name: string;
  team: RoomTeam | null;
  joinedAt: number;
}

export type RoomActivity =
  | {
      kind: 'assessment';
      id: string;
      anonymous: boolean;
      locked: boolean;
      revealed: boolean;
    }
  | {
      kind: 'vote';
      id: string;
      anonymous: boolean;
      locked: boolean;
      revealed: boolean;
      title: string;
      items: Array<{ id: string; text: string }>;
      votesPerPerson: number;
      capPerItem: number | null;
    }
  | {
      kind: 'ideas';
      id: string;
      anonymous: boolean;
      locked: boolean;
      revealed: boolean;
      prompt: string;
    };

/** A card a participant added; the facilitator may hide it or merge it into another. */
export interface IdeaCard {
  id: string;
  text: string;
  authorId: string;
  hidden: boolean;
  /** The cards merged into this one, by their text. */
  merged: string[];
}

export type ActivitySetup =
  | { kind: 'assessment'; anonymous: boolean }
  | {
      kind: 'vote';
      anonymous: boolean;
      title: string;
      items: Array<{ id: string; text: string }>;
      votesPerPerson: number;
      capPerItem: number | null;
    }
  | { kind: 'ideas'; anonymous: boolean; prompt: string };

/** What the projector shows: who is here and has answered; results once revealed. */
export interface RoomStatus {
  open: boolean;
  code: string;
  joiningLocked: boolean;
  participants: Array<{ id: string; name: string; team: RoomTeam | null }>;
  activity: RoomActivity | null;
  answered: number;
  /** Assessment: how many have answered every statement. */
  finished: number;
  /** How many of each team have answered the running activity. */
  answeredByTeam: Record<RoomTeam, number>;
  /** Assessment: per team, per statement, how many gave each score 1…5. */
  assessment: Record<RoomTeam, Record<string, number[]>> | null;
  /** Vote: the votes per item, and who gave them in a named vote. */
  votes: Array<{ id: string; text: string; count: number; voters: string[] }> | null;
  /** Ideas: how many cards there are, and the cards once revealed. */
  ideaCount: number;
  ideas: Array<{
    id: string;
    text: string;
    author: string | null;
    hidden: boolean;
    merged: string[];
  }> | null;
}
