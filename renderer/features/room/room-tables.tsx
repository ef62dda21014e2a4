import type { TFunction } from 'i18next';
import { ROOM_TEAMS, type RoomTeam } from '../../../shared/room/room-types';

/** One column heading per team of the room: "Ventas (media, n = 6)". */
export function TeamAverageHeaders({
  counts,
  t,
}: {
  counts: Record<RoomTeam, number>;
  t: TFunction;
}) {
  return (
    <>
      {ROOM_TEAMS.map((team) => (
        <th scope="col" key={team}>
          {t('room.average', { team: t(`room.teams.${team}`), count: counts[team] })}
        </th>
      ))}
    </>
  );
}

/** A vote's options, most votes first, as the workshop and the PDF list them. */
export function RankedVoteItems({
  items,
  t,
}: {
  items: ReadonlyArray<{ text: string; count: number }>;
  t: TFunction;
}) {
  return (
    <ol>
      {[...items]
        .sort((a, b) => b.count - a.count)
        .map((item) => (
          <li key={item.text}>
            {item.text} <strong>{t('room.votes', { count: item.count })}</strong>
          </li>
        ))}
    </ol>
  );
}
