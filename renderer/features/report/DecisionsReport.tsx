import { formatDate } from '../../ui/format';
import { RankedVoteItems } from '../room/room-tables';
import { nameLookup, useReport } from './report-context';

/** What the workshop decided, and who does what by when. */
export function DecisionsReport() {
  const { doc, t, language } = useReport();
  const names = nameLookup(doc);
  const { decisions, actions, parkingLot: parking, votes } = doc.workshop;
  return (
    <section className="report-section" aria-labelledby="report-decisions">
      <h2 id="report-decisions">{t('report.sections.decisions')}</h2>
      {decisions.length > 0 && (
        <>
          <h3>{t('workshop.decisions.heading')}</h3>
          <ol>
            {decisions.map((d) => (
              <li key={d.id}>
                {d.text}{' '}
                <span className="report-note">
                  · {formatDate(d.date, language)}
                  {d.agreedBy && ` · ${t('workshop.decisions.by', { who: d.agreedBy })}`}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      {actions.length > 0 && (
        <>
          <h3>{t('workshop.actions.heading')}</h3>
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('workshop.actions.what')}</th>
                <th scope="col">{t('workshop.actions.owner')}</th>
                <th scope="col">{t('workshop.actions.due')}</th>
                <th scope="col">{t('workshop.actions.status')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.text}</th>
                  <td>{a.ownerId ? names.person(a.ownerId) : '–'}</td>
                  <td>{a.due ? formatDate(a.due, language) : '–'}</td>
                  <td>{t(`workshop.actions.statuses.${a.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {votes.map((vote) => (
        <div key={vote.id}>
          <h3>
            {t('report.vote', { title: vote.title })}{' '}
            <span className="report-note">
              · {formatDate(vote.date, language)} · {t('report.voters', { count: vote.voters })}
            </span>
          </h3>
          <RankedVoteItems items={vote.items} t={t} />
        </div>
      ))}
      {parking.length > 0 && (
        <>
          <h3>{t('workshop.parking.heading')}</h3>
          <ul>
            {parking.map((topic) => (
              <li key={topic.id}>{topic.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
