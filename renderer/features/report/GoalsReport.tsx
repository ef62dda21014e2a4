import { suggestStatus } from '../../../shared/domain/goal-progress';
import { checkSmart } from '../../../shared/domain/smart-check';
import type { Goal } from '../../../shared/domain/goals';
import { formatDate } from '../../ui/format';
import type { NumberFormats } from '../funnel/format-numbers';
import { smartValues } from '../goals/SmartBadges';
import { nameLookup, useReport } from './report-context';

/** Each shared goal with its owners, target, deadline, status and its five SMART verdicts. */
export function GoalsReport() {
  const { doc, analysis, t, formats, language } = useReport();
  const names = nameLookup(doc);
  return (
    <section className="report-section" aria-labelledby="report-goals">
      <h2 id="report-goals">{t('report.sections.goals')}</h2>
      {doc.goals.goals.map((goal) => {
        const findings = checkSmart(goal, doc, analysis);
        const latest = goal.checkIns.at(-1);
        const suggested = suggestStatus(goal);
        return (
          <article key={goal.id} className="report-goal">
            <h3>{goal.title}</h3>
            {goal.statement && <p>{goal.statement}</p>}
            <dl className="report-facts">
              <dt>{t('report.goals.owners')}</dt>
              <dd>{goal.ownerIds.map(names.person).join(', ') || '–'}</dd>
              <dt>{t('report.goals.target')}</dt>
              <dd>
                {goalValue(goal, goal.baseline, formats)} → {goalValue(goal, goal.target, formats)}
              </dd>
              <dt>{t('report.goals.deadline')}</dt>
              <dd>{goal.deadline ? formatDate(goal.deadline, language) : '–'}</dd>
              <dt>{t('report.goals.status')}</dt>
              <dd>
                {t(`goals.status.${goal.status}`)}
                {suggested && suggested !== goal.status && (
                  // The check-ins disagree with the status the teams set: the signers see both.
                  <strong className="report-flag">
                    {' '}
                    · {t('goals.suggestedStatus', { status: t(`goals.status.${suggested}`) })}
                  </strong>
                )}
              </dd>
              {latest && (
                <>
                  <dt>{t('report.goals.latestCheckIn')}</dt>
                  <dd>
                    {goalValue(goal, latest.value, formats)} · {formatDate(latest.date, language)} (
                    {t('report.goals.checkIns', { count: goal.checkIns.length })})
                  </dd>
                </>
              )}
            </dl>
            <ul className="report-smart">
              {findings.map((f) => (
                <li key={f.letter} className={`level-${f.level}`}>
                  <strong>{f.letter}</strong> {t(`smart.letter.${f.letter}`)}:{' '}
                  {t(`smart.level.${f.level}`)}
                  {/* What the signers must know of a letter not met: why, as the screen says. */}
                  {f.level !== 'pass' && (
                    <span className="report-smart-reason">
                      {' '}
                      — {t(f.reason, smartValues(f, formats, language))}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </article>
        );
      })}
    </section>
  );
}

/** A goal's figure with its unit: a conversion goal's in percent, a revenue goal's in money. */
function goalValue(goal: Goal, value: number | null, formats: NumberFormats): string {
  if (value === null) return '–';
  const metric = goal.metric;
  // Rates are kept in percentage points (45 is 45 %), as they are typed.
  if (metric?.kind === 'conversion' || (metric?.kind === 'kpi' && metric.kpi === 'conversionRate'))
    return formats.percent(value / 100);
  if (metric?.kind === 'revenue') return formats.amount(value);
  return formats.decimal(value);
}
