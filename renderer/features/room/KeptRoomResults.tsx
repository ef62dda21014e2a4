import { useTranslation } from 'react-i18next';
import { ASSESSMENT_DIMENSIONS, dimensionMeansOfCounts } from '../../../shared/domain/assessment';
import type { AssessmentRun } from '../../../shared/domain/workshop';
import { ROOM_TEAMS } from '../../../shared/room/room-types';
import { useAppStore } from '../../store/store-context';
import { formatDate } from '../../ui/format';
import { RemoveButton } from '../../ui/RemoveButton';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { RankedVoteItems, TeamAverageHeaders } from './room-tables';

/** The room's answers kept with an assessment run: per dimension and team, as in the PDF. */
export function KeptRoomAssessment({ run }: { run: AssessmentRun }) {
  const { t, i18n } = useTranslation();
  const dispatch = usePlanDispatch();
  const room = run.room;
  if (!room) return null;
  const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const means = Object.fromEntries(
    ROOM_TEAMS.map((team) => [team, dimensionMeansOfCounts(room.answers[team])]),
  );
  return (
    <section className="card" aria-labelledby="kept-room-heading">
      <div className="section-toolbar">
        <h3 id="kept-room-heading">{t('room.resultsAssessment')}</h3>
        <RemoveButton
          label={t('room.removeKept')}
          onClick={() => dispatch([{ type: 'assessment.room.set', runId: run.id, room: null }])}
        />
      </div>
      <table className="plan-table">
        <caption className="visually-hidden">{t('room.byDimension')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.assessment.dimension')}</th>
            <TeamAverageHeaders counts={room.participants} t={t} />
          </tr>
        </thead>
        <tbody>
          {ASSESSMENT_DIMENSIONS.map((dimension) => (
            <tr key={dimension}>
              <th scope="row">{t(`workshop.dimension.${dimension}`)}</th>
              {ROOM_TEAMS.map((team) => {
                const mean = means[team]?.[dimension] ?? null;
                return (
                  <td key={team} className="numeric">
                    {mean === null ? t('room.noAnswers') : decimal.format(mean)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The room's votes kept in the plan, ranked, each removable (one undo step). */
export function KeptVotes() {
  const { t, i18n } = useTranslation();
  const dispatch = usePlanDispatch();
  const votes = useAppStore((s) => s.current?.doc.workshop.votes ?? []);
  if (votes.length === 0) return null;
  return (
    <section className="card" aria-labelledby="kept-votes-heading">
      <h3 id="kept-votes-heading">{t('room.keptVotes')}</h3>
      {votes.map((vote) => (
        <div key={vote.id} className="kept-vote">
          <div className="section-toolbar">
            <h4>
              {vote.title}{' '}
              <span className="muted">
                · {formatDate(vote.date, i18n.language)} ·{' '}
                {t('report.voters', { count: vote.voters })}
              </span>
            </h4>
            <RemoveButton
              label={t('room.removeVote', { title: vote.title })}
              onClick={() => dispatch([{ type: 'vote.remove', voteId: vote.id }])}
            />
          </div>
          <RankedVoteItems items={vote.items} t={t} />
        </div>
      ))}
    </section>
  );
}
