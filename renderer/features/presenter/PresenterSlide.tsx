import { useShownMeeting } from '../review/shown-meeting';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { analyzeFunnel } from '../../../shared/domain/funnel-math';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { commitments } from '../../../shared/domain/raci-rules';
import { FunnelChart, funnelChartLabels } from '../funnel/FunnelChart';
import { usePlanNumberFormats } from '../funnel/use-funnel';
import { formatTarget } from '../handoff/SlaTermsTable';
import { meetingSentences } from '../review/meeting-sentences';
import { PlanVsActualTable } from '../review/PlanVsActualTable';
import { AgendaTimer } from '../workshop/AgendaTimer';
import { formatDate } from '../../ui/format';
import { reviewRows, rowsOnPage, shownSlaTerms, type PresenterPage } from './presenter-pages';

/** One page of one part of the plan, drawn for the back of the room. */
export function PresenterSlide({ page, doc }: { page: PresenterPage; doc: PlanDoc }) {
  const { t, i18n } = useTranslation();
  const formats = usePlanNumberFormats();
  const analysis = useMemo(() => analyzeFunnel(doc.funnel), [doc.funnel]);
  // The review meeting chosen on the Review screen of this window, or else the latest.
  const meeting = useShownMeeting(doc);
  const slide = page.part;
  const heading = (
    <h1 className="presenter-title">
      {t(`presenter.slide.${slide}`)}
      {page.pages > 1 && (
        <span className="presenter-page">
          {' '}
          {t('presenter.pageOf', { page: page.page, pages: page.pages })}
        </span>
      )}
    </h1>
  );
  const empty = <p className="presenter-empty">{t('presenter.empty')}</p>;
  const team = (id: string) => doc.teams.find((x) => x.id === id)?.name ?? id;

  switch (slide) {
    case 'agenda': {
      const agenda = doc.workshop.agenda;
      const current = agenda.find((i) => i.timer.startedAt !== null) ?? agenda[0];
      const title = (topic: string, custom: string) =>
        topic === 'custom' ? custom : t(`workshop.agenda.topic.${topic}`);
      return (
        <>
          {heading}
          {agenda.length === 0 ? (
            empty
          ) : (
            <div className="presenter-columns">
              <ol className="presenter-list">
                {agenda.map((item) => (
                  <li key={item.id} className={item.id === current?.id ? 'is-current' : undefined}>
                    {title(item.topic, item.title)}{' '}
                    <span className="muted">· {item.minutes} min</span>
                  </li>
                ))}
              </ol>
              {current && (
                <AgendaTimer item={current} title={title(current.topic, current.title)} />
              )}
            </div>
          )}
        </>
      );
    }
    case 'funnel':
      return (
        <>
          {heading}
          {analysis.rows.length === 0 ? (
            empty
          ) : (
            <div className="presenter-columns">
              <FunnelChart
                rows={analysis.rows}
                names={new Map(doc.funnel.stages.map((s) => [s.id, s.name]))}
                formats={formats}
                width={720}
                labels={funnelChartLabels(t)}
              />
              <dl className="presenter-figures">
                <dt>
                  {t('report.summary.revenueTarget', {
                    period: t(`funnel.assumptions.periods.${doc.funnel.assumptions.period}`),
                  })}
                </dt>
                <dd>{formats.amount(doc.funnel.assumptions.revenueTarget)}</dd>
                <dt>
                  {t('report.summary.customersNeeded', {
                    period: t(`funnel.assumptions.periods.${doc.funnel.assumptions.period}`),
                  })}
                </dt>
                <dd>{formats.volume(analysis.customersNeeded)}</dd>
              </dl>
            </div>
          )}
        </>
      );
    case 'goals':
      return (
        <>
          {heading}
          {doc.goals.goals.length === 0 ? (
            empty
          ) : (
            <ul className="presenter-list">
              {rowsOnPage(doc.goals.goals, page).map((goal) => (
                <li key={goal.id}>
                  {goal.title}
                  <span className="muted"> · {t(`goals.status.${goal.status}`)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      );
    case 'accountability': {
      const owed = commitments(doc.raci);
      const activity = new Map(doc.raci.activities.map((a) => [a.id, a.name]));
      return (
        <>
          {heading}
          {owed.length === 0 ? (
            empty
          ) : (
            <ul className="presenter-list">
              {rowsOnPage(owed, page).map((c) => (
                <li key={`${c.activityId}-${c.fromTeamId}-${c.toTeamId}`}>
                  {t('report.raci.owes', {
                    from: team(c.fromTeamId),
                    to: team(c.toTeamId),
                    activity: activity.get(c.activityId) ?? '',
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      );
    }
    case 'sla':
      return (
        <>
          {heading}
          <table className="presenter-table">
            <tbody>
              {rowsOnPage(shownSlaTerms(doc, analysis), page).map((row) => (
                <tr key={row.term}>
                  <th scope="row">{t(`handoff.terms.metric.${row.term}`)}</th>
                  <td>{formatTarget(row.target, t, formats)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      );
    case 'actuals': {
      // The shown review's months (or the latest three), four stages a slide.
      return (
        <>
          {heading}
          <PlanVsActualTable
            doc={doc}
            analysis={analysis}
            t={t}
            language={i18n.language}
            formats={formats}
            lastMonths={3}
            period={meeting ? { from: meeting.from, to: meeting.to } : null}
            stageIds={rowsOnPage(
              analysis.rows.map((row) => row.stageId),
              page,
            )}
          />
        </>
      );
    }
    case 'review': {
      if (!meeting) return heading;
      const said = meetingSentences(doc, meeting, t, formats, i18n.language);
      return (
        <>
          {heading}
          <ul className="presenter-list">
            {rowsOnPage(reviewRows(doc, meeting), page).map((row) => {
              if (row.kind === 'responses' || row.kind === 'quality') {
                const text =
                  row.kind === 'responses'
                    ? (said.responses ?? t('review.meeting.noResponses'))
                    : (said.quality ?? t('review.meeting.noFeedback'));
                return <li key={row.kind}>{text}</li>;
              }
              return row.kind === 'decision' ? (
                <li key={row.id}>✔ {row.text}</li>
              ) : (
                <li key={row.id}>
                  <ActionLine action={row} doc={doc} />
                </li>
              );
            })}
          </ul>
        </>
      );
    }
    case 'decisions':
      return (
        <>
          {heading}
          {doc.workshop.decisions.length +
            doc.workshop.actions.length +
            doc.workshop.parkingLot.length ===
          0 ? (
            empty
          ) : (
            <ul className="presenter-list">
              {rowsOnPage(
                [
                  ...doc.workshop.decisions.map((d) => ({ kind: 'decision' as const, d })),
                  ...doc.workshop.actions.map((a) => ({ kind: 'action' as const, a })),
                  // What the room parked is the room's too: it comes back at the next meeting.
                  ...doc.workshop.parkingLot.map((p) => ({ kind: 'parked' as const, p })),
                ],
                page,
              ).map((row) =>
                row.kind === 'decision' ? (
                  <li key={row.d.id}>✔ {row.d.text}</li>
                ) : row.kind === 'action' ? (
                  <li key={row.a.id}>
                    <ActionLine action={row.a} doc={doc} />
                  </li>
                ) : (
                  <li key={row.p.id}>{t('presenter.parked', { text: row.p.text })}</li>
                ),
              )}
            </ul>
          )}
        </>
      );
  }
}

/** An action as the room reads it: what, who does it, and by when. */
function ActionLine({
  action,
  doc,
}: {
  action: { text: string; ownerId: string | null; due: string | null };
  doc: PlanDoc;
}) {
  const { i18n } = useTranslation();
  const owner = doc.people.find((person) => person.id === action.ownerId)?.name;
  return (
    <>
      → {action.text}
      {(owner || action.due) && (
        <span className="muted">
          {owner && ` · ${owner}`}
          {action.due && ` · ${formatDate(action.due, i18n.language)}`}
        </span>
      )}
    </>
  );
}
