import { useTranslation } from 'react-i18next';
import type { RoomInfo } from '../../../shared/api/room';
import {
  ASSESSMENT_DIMENSIONS,
  ASSESSMENT_STATEMENTS,
  dimensionMeansOfCounts,
  dimensionScores,
} from '../../../shared/domain/assessment';
import { ROOM_TEAMS } from '../../../shared/room/room-types';
import { useAppStore } from '../../store/store-context';
import { TeamAverageHeaders } from './room-tables';

/** The average score of counts of 1…5, or null when nobody answered. */
function average(counts: number[] | undefined): { mean: number; n: number } | null {
  if (!counts) return null;
  const n = counts.reduce((sum, c) => sum + c, 0);
  if (n === 0) return null;
  return { mean: counts.reduce((sum, c, i) => sum + c * (i + 1), 0) / n, n };
}

/** The revealed results on the projector: the assessment by team beside the leaders', or the votes. */
export function RoomResults({ room }: { room: RoomInfo }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('es') ? 'es' : 'en';
  const leaders = useAppStore((s) => s.current?.doc.workshop.assessments.at(-1) ?? null);
  if (room.votes) {
    const most = Math.max(1, ...room.votes.map((item) => item.count));
    const ranked = [...room.votes].sort((a, b) => b.count - a.count);
    return (
      <ol className="room-vote-results" aria-label={t('room.resultsVote')}>
        {ranked.map((item) => (
          <li key={item.id}>
            <span className="room-vote-text">{item.text}</span>
            <span className="room-bar" style={{ width: `${(item.count / most) * 100}%` }} />
            <span className="room-vote-count">
              {t('room.votes', { count: item.count })}
              {item.voters.length > 0 && ` · ${t('room.by', { names: item.voters.join(', ') })}`}
            </span>
          </li>
        ))}
      </ol>
    );
  }
  if (!room.assessment) return null;
  const answers = room.assessment;
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const fmt = (value: number) => decimal.format(value);
  const shown = (value: number | null) => (value === null ? t('room.noAnswers') : fmt(value));
  const leadersByDimension = leaders
    ? { marketing: dimensionScores(leaders.marketing), sales: dimensionScores(leaders.sales) }
    : null;
  const roomByDimension = Object.fromEntries(
    ROOM_TEAMS.map((team) => [team, dimensionMeansOfCounts(answers[team] ?? {})]),
  );
  const withheld =
    room.activity?.anonymous === true &&
    ROOM_TEAMS.some((team) => room.answeredByTeam[team] > 0 && room.answeredByTeam[team] < 3);
  return (
    <>
      {withheld && <p className="muted">{t('room.withheld')}</p>}
      {/* Six rows first: what a room reads from the back; the statements follow. */}
      <table className="plan-table room-assessment">
        <caption>{t('room.byDimension')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.assessment.dimension')}</th>
            <th scope="col">{t('room.leaders')}</th>
            <TeamAverageHeaders counts={room.answeredByTeam} t={t} />
          </tr>
        </thead>
        <tbody>
          {ASSESSMENT_DIMENSIONS.map((dimension) => (
            <tr key={dimension}>
              <th scope="row">{t(`workshop.dimension.${dimension}`)}</th>
              <td>
                {shown(leadersByDimension?.marketing[dimension] ?? null)} /{' '}
                {shown(leadersByDimension?.sales[dimension] ?? null)}
              </td>
              {ROOM_TEAMS.map((team) => (
                <td key={team} className="numeric">
                  {shown(roomByDimension[team]?.[dimension] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="plan-table room-assessment">
        <caption>{t('room.resultsAssessment')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('room.statement')}</th>
            <th scope="col">{t('room.leaders')}</th>
            <TeamAverageHeaders counts={room.answeredByTeam} t={t} />
          </tr>
        </thead>
        <tbody>
          {ASSESSMENT_STATEMENTS.map((statement) => (
            <tr key={statement.id}>
              <th scope="row">{statement.text[language]}</th>
              <td>
                {leaders?.marketing[statement.id] ?? t('room.noAnswers')} /{' '}
                {leaders?.sales[statement.id] ?? t('room.noAnswers')}
              </td>
              {ROOM_TEAMS.map((team) => {
                const result = average(answers[team]?.[statement.id]);
                return (
                  <td key={team} className="numeric">
                    {result ? fmt(result.mean) : t('room.noAnswers')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
