import { useMemo } from 'react';
import { carriedOverActions } from '../../../shared/actuals/review-figures';
import type { ActionItem } from '../../../shared/domain/workshop';
import { analyzeFunnel } from '../../../shared/domain/funnel-math';
import { meetingSentences } from '../review/meeting-sentences';
import { PlanVsActualTable } from '../review/PlanVsActualTable';
import { formatDate, formatMonth } from '../../ui/format';
import { useReport } from './report-context';

/** Months the printed table holds across a portrait page. */
const PRINTED_MONTHS = 6;

/**
 * Plan against actual on paper: the latest review meeting's months (or the latest six
 * imported), and that meeting in words: how the handoff ran against the SLA, what it
 * decided and who does what by when.
 */
export function ActualsReport() {
  const { doc, t, language, formats, agreedPlan } = useReport();
  // As on the Review screen: the signed version's funnel against this plan's actuals.
  const compared = useMemo(
    () => ({
      actuals: doc.actuals,
      funnel: agreedPlan?.doc.funnel ?? doc.funnel,
      period: agreedPlan?.doc.period ?? doc.period,
    }),
    [doc, agreedPlan],
  );
  const analysis = useMemo(() => analyzeFunnel(compared.funnel), [compared]);
  const meeting = doc.actuals.reviews.at(-1) ?? null;
  const said = meeting ? meetingSentences(doc, meeting, t, formats, language) : null;
  const people = new Map(doc.people.map((person) => [person.id, person.name]));
  const carried = meeting ? carriedOverActions(doc.actuals.reviews, meeting) : [];
  const actionLine = (action: ActionItem) => (
    <li key={action.id}>
      {action.text}
      {' · '}
      {action.ownerId ? (people.get(action.ownerId) ?? '') : t('workshop.actions.noOwner')}
      {action.due && ` · ${formatDate(action.due, language)}`}
      {' · '}
      {t(`workshop.actions.statuses.${action.status}`)}
    </li>
  );
  return (
    <section className="report-section" aria-labelledby="report-actuals">
      <h2 id="report-actuals">{t('report.sections.actuals')}</h2>
      {meeting && (
        <p>
          {t('report.review.meeting', {
            date: formatDate(meeting.date, language),
            from: formatMonth(meeting.from, language),
            to: formatMonth(meeting.to, language),
          })}
        </p>
      )}
      <p>
        {agreedPlan
          ? t('review.compare.planAgreed', {
              version: agreedPlan.version,
              date: formatDate(agreedPlan.signedOn, language),
            })
          : t('review.compare.planCurrent')}
      </p>
      <PlanVsActualTable
        doc={compared}
        analysis={analysis}
        t={t}
        language={language}
        formats={formats}
        lastMonths={PRINTED_MONTHS}
        period={meeting ? { from: meeting.from, to: meeting.to } : null}
      />
      {meeting && said && (
        <>
          {said.responses && (
            <>
              <h3>{t('review.meeting.responses')}</h3>
              <p>
                {said.responses} {said.medians}
              </p>
            </>
          )}
          {said.quality && (
            <>
              <h3>{t('review.meeting.quality')}</h3>
              <p>{said.quality}</p>
            </>
          )}
          {meeting.decisions.length > 0 && (
            <>
              <h3>{t('review.meeting.decisions')}</h3>
              <ul>
                {meeting.decisions.map((decision) => (
                  <li key={decision.id}>{decision.text}</li>
                ))}
              </ul>
            </>
          )}
          {meeting.actions.length > 0 && (
            <>
              <h3>{t('review.meeting.actions')}</h3>
              <ul>{meeting.actions.map(actionLine)}</ul>
            </>
          )}
          {carried.length > 0 && (
            <>
              <h3>{t('review.meeting.carried')}</h3>
              <ul>{carried.map(({ action }) => actionLine(action))}</ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
