import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { analyzeFunnel } from '../../../shared/domain/funnel-math';
import type { PlanDoc } from '../../../shared/domain/plan-doc';
import { commitments } from '../../../shared/domain/raci-rules';
import { slaTerms } from '../../../shared/domain/sla';
import { FunnelChart, funnelChartLabels } from '../funnel/FunnelChart';
import { usePlanNumberFormats } from '../funnel/use-funnel';
import { formatTarget } from '../handoff/SlaTermsTable';
import { AgendaTimer } from '../workshop/AgendaTimer';
import { formatDate } from '../../ui/format';

export const SLIDES = ['agenda', 'funnel', 'goals', 'accountability', 'sla', 'decisions'] as const;
export type Slide = (typeof SLIDES)[number];

/** One part of the plan, drawn for the back of the room. */
export function PresenterSlide({ slide, doc }: { slide: Slide; doc: PlanDoc }) {
  const { t, i18n } = useTranslation();
  const formats = usePlanNumberFormats();
  const analysis = useMemo(() => analyzeFunnel(doc.funnel), [doc.funnel]);
  const heading = <h1 className="presenter-title">{t(`presenter.slide.${slide}`)}</h1>;
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
                <dd>{formats.money(doc.funnel.assumptions.revenueTarget)}</dd>
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
              {doc.goals.goals.map((goal) => (
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
              {owed.map((c) => (
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
              {slaTerms(doc.handoff.sla, doc.funnel, analysis)
                .filter((row) => row.target.kind !== 'text' || row.target.value.trim())
                .map((row) => (
                  <tr key={row.term}>
                    <th scope="row">{t(`handoff.terms.metric.${row.term}`)}</th>
                    <td>{formatTarget(row.target, t, formats)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      );
    case 'decisions':
      return (
        <>
          {heading}
          {doc.workshop.decisions.length + doc.workshop.actions.length === 0 ? (
            empty
          ) : (
            <ul className="presenter-list">
              {doc.workshop.decisions.map((d) => (
                <li key={d.id}>✔ {d.text}</li>
              ))}
              {doc.workshop.actions.map((a) => (
                <li key={a.id}>
                  → {a.text}
                  {a.due && <span className="muted"> · {formatDate(a.due, i18n.language)}</span>}
                </li>
              ))}
            </ul>
          )}
        </>
      );
  }
}
