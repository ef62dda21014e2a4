import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ASSESSMENT_DIMENSIONS,
  ASSESSMENT_STATEMENTS,
  type AssessmentStatement,
} from '../../../shared/domain/assessment';
import type { AssessmentRun } from '../../../shared/domain/workshop';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';

type Team = 'marketing' | 'sales';

/**
 * One leader's answers, statement by statement, 1 to 5. The other leader's
 * answers stay hidden unless the room chooses to show them, so neither
 * anchors on the other while scoring.
 */
export function AssessmentForm({
  run,
  team,
  showOther,
  language,
}: {
  run: AssessmentRun;
  team: Team;
  showOther: boolean;
  language: 'en' | 'es';
}) {
  const { t } = useTranslation();
  const other: Team = team === 'marketing' ? 'sales' : 'marketing';
  return (
    <div className="assessment-form">
      <p className="muted">{t('workshop.assessment.scale')}</p>
      {ASSESSMENT_DIMENSIONS.map((dimension) => (
        <section key={dimension} aria-labelledby={`dim-${dimension}`}>
          <h4 id={`dim-${dimension}`}>{t(`workshop.dimension.${dimension}`)}</h4>
          {ASSESSMENT_STATEMENTS.filter((st) => st.dimension === dimension).map((statement) => (
            <StatementRow
              key={statement.id}
              runId={run.id}
              team={team}
              statement={statement}
              text={statement.text[language]}
              value={run[team][statement.id] ?? null}
              otherValue={showOther ? (run[other][statement.id] ?? null) : undefined}
              otherLabel={t(`workshop.team.${other}`)}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

const StatementRow = memo(function StatementRow({
  runId,
  team,
  statement,
  text,
  value,
  otherValue,
  otherLabel,
}: {
  runId: string;
  team: Team;
  statement: AssessmentStatement;
  text: string;
  value: number | null;
  otherValue: number | null | undefined;
  otherLabel: string;
}) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const name = `${runId}-${team}-${statement.id}`;
  return (
    <fieldset className="statement">
      <legend>{text}</legend>
      <div className="score-buttons">
        {[1, 2, 3, 4, 5].map((score) => (
          <label key={score} className={`score${value === score ? ' is-chosen' : ''}`}>
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() =>
                dispatch([
                  { type: 'assessment.answer', runId, team, statementId: statement.id, score },
                ])
              }
            />
            <span aria-hidden>{score}</span>
            <span className="visually-hidden">{t(`workshop.assessment.level.${score}`)}</span>
          </label>
        ))}
      </div>
      {otherValue !== undefined && (
        <span className="other-answer">
          {otherLabel}: {otherValue ?? '–'}
        </span>
      )}
    </fieldset>
  );
});
