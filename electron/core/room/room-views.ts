import { ASSESSMENT_STATEMENTS } from '../../../shared/domain/assessment';
import type { ParticipantActivity, RoomTeam } from '../../../shared/room/protocol';
import type { IdeaCard, Participant, RoomActivity, RoomStatus } from './room-model';

export const STATEMENT_IDS = ASSESSMENT_STATEMENTS.map((statement) => statement.id);

/**
 * In an anonymous assessment, a team's answers are shown and kept only when at least this
 * many of its people answered: one salesperson's "average" is that person's answer.
 */
export const ANONYMOUS_GROUP_MIN = 3;

/** What a room holds, as its views read it: the people, their answers, the idea cards. */
export interface RoomContents {
  readonly sessions: ReadonlyMap<string, Participant>;
  readonly responses: ReadonlyMap<string, Record<string, number>>;
  readonly cards: readonly IdeaCard[];
}

/** The facilitator's view: who is in, who answered, and the results once revealed. */
export function facilitatorStatus(
  contents: RoomContents,
  room: { open: boolean; code: string; joiningLocked: boolean; activity: RoomActivity | null },
): RoomStatus {
  const { sessions, responses, cards } = contents;
  const { activity } = room;
  const participants = [...sessions.values()].map(({ id, name, team }) => ({ id, name, team }));
  const answeredByTeam: Record<RoomTeam, number> = { marketing: 0, sales: 0, other: 0 };
  for (const participant of sessions.values()) {
    const answers = responses.get(participant.id);
    if (answers && Object.keys(answers).length > 0)
      answeredByTeam[participant.team ?? 'other'] += 1;
  }
  return {
    ...room,
    participants,
    answered: answeredByTeam.marketing + answeredByTeam.sales + answeredByTeam.other,
    answeredByTeam,
    assessment:
      activity?.kind === 'assessment' && activity.revealed
        ? assessmentCounts(contents, activity.anonymous ? answeredByTeam : null)
        : null,
    finished:
      activity?.kind === 'assessment'
        ? [...responses.values()].filter(
            (answers) => Object.keys(answers).length === STATEMENT_IDS.length,
          ).length
        : 0,
    votes: activity?.kind === 'vote' && activity.revealed ? voteCounts(contents, activity) : null,
    ideaCount: cards.length,
    ideas:
      activity?.kind === 'ideas' && activity.revealed
        ? cards.map((card) => ({
            id: card.id,
            text: card.text,
            author: activity.anonymous ? null : nameOf(contents, card.authorId),
            hidden: card.hidden,
            merged: card.merged,
          }))
        : null,
  };
}

/** The running activity as one participant sees it: their own answers, and results once shown. */
export function participantActivity(
  contents: RoomContents,
  participant: Participant,
  activity: RoomActivity,
): ParticipantActivity {
  // What every kind of activity tells a phone about itself.
  const { id, anonymous, locked } = activity;
  if (activity.kind === 'ideas') {
    return {
      kind: 'ideas',
      id,
      anonymous,
      locked,
      prompt: activity.prompt,
      revealed: activity.revealed,
      mine: contents.cards.filter((c) => c.authorId === participant.id).map((c) => c.text),
      cards: activity.revealed
        ? contents.cards
            .filter((c) => !c.hidden)
            .map((c) => ({
              id: c.id,
              text: c.text,
              author: anonymous ? null : nameOf(contents, c.authorId),
            }))
        : [],
    };
  }
  const mine = contents.responses.get(participant.id) ?? {};
  if (activity.kind === 'assessment') {
    return {
      kind: 'assessment',
      id,
      anonymous,
      locked,
      statementIds: STATEMENT_IDS,
      mine,
    };
  }
  const counts = activity.revealed ? voteCounts(contents, activity) : null;
  return {
    kind: 'vote',
    id,
    anonymous,
    locked,
    title: activity.title,
    items: activity.items.map((item, i) => ({ ...item, count: counts?.[i]?.count ?? null })),
    votesPerPerson: activity.votesPerPerson,
    capPerItem: activity.capPerItem,
    mine,
    revealed: activity.revealed,
  };
}

/**
 * The running assessment's answers as counts per team, statement and score: no names.
 * Given how many of each team answered (an anonymous run), a team under the floor is
 * left out, so no one's answers can be read off a group of one or two.
 */
function assessmentCounts(
  { sessions, responses }: RoomContents,
  answeredByTeam: Record<RoomTeam, number> | null,
): Record<RoomTeam, Record<string, number[]>> {
  const byTeam: Record<RoomTeam, Record<string, number[]>> = {
    marketing: {},
    sales: {},
    other: {},
  };
  for (const participant of sessions.values()) {
    const answers = responses.get(participant.id);
    if (!answers) continue;
    const teamName = participant.team ?? 'other';
    if (answeredByTeam && answeredByTeam[teamName] < ANONYMOUS_GROUP_MIN) continue;
    const team = byTeam[teamName];
    for (const [statementId, score] of Object.entries(answers)) {
      const counts = (team[statementId] ??= [0, 0, 0, 0, 0]);
      counts[score - 1] = (counts[score - 1] ?? 0) + 1;
    }
  }
  return byTeam;
}

/** The running vote's counts per item; in a named vote, who gave them. */
function voteCounts(
  { sessions, responses }: RoomContents,
  activity: Extract<RoomActivity, { kind: 'vote' }>,
): Array<{ id: string; text: string; count: number; voters: string[] }> {
  return activity.items.map((item) => {
    let count = 0;
    const voters: string[] = [];
    for (const participant of sessions.values()) {
      const given = responses.get(participant.id)?.[item.id] ?? 0;
      count += given;
      if (given > 0 && !activity.anonymous && participant.name) voters.push(participant.name);
    }
    return { ...item, count, voters };
  });
}

function nameOf({ sessions }: RoomContents, participantId: string): string | null {
  for (const participant of sessions.values()) {
    if (participant.id === participantId) return participant.name || null;
  }
  return null;
}
