import { suggestStatus } from '../../../shared/domain/goal-progress';
import { checkSmart } from '../../../shared/domain/smart-check';
import { formatDate } from '../../ui/format';
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
                {formats.decimal(goal.baseline)} → {formats.decimal(goal.target)}
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
                    {formats.decimal(latest.value)} · {formatDate(latest.date, language)} (
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
                </li>
              ))}
            </ul>
          </article>
        );
      })}
    </section>
  );
}
