import { useTranslation } from 'react-i18next';
import type { LoadProblem } from './load-sample-leads';

/** Shown at most, so a file with one mistake on every row stays readable. */
const MAX_SHOWN = 20;

/** Why a file was refused: each problem with its row and column, nothing loaded. */
export function ProblemReport({
  fileName,
  problems,
}: {
  fileName: string;
  problems: LoadProblem[];
}) {
  const { t } = useTranslation();
  const describe = (problem: LoadProblem): string => {
    switch (problem.code) {
      case 'encoding':
      case 'unreadable':
      case 'empty':
      case 'noCriteria':
        return t(`handoff.paper.problem.${problem.code}`);
      case 'tooManyRows':
        return t('handoff.paper.problem.tooManyRows', { count: problem.count, max: problem.max });
      case 'missingColumn':
      case 'duplicateColumn':
        return t(`handoff.paper.problem.${problem.code}`, { column: problem.column });
      case 'cellCount':
        return t('handoff.paper.problem.cellCount', {
          row: problem.row,
          expected: problem.expected,
          found: problem.found,
        });
      case 'notANumber':
        return t('handoff.paper.problem.notANumber', {
          row: problem.row,
          column: problem.column,
          value: problem.value,
        });
    }
  };
  return (
    <div className="problem-report" role="alert">
      <p>
        <strong>{t('handoff.paper.refused', { file: fileName })}</strong>
      </p>
      <ul>
        {problems.slice(0, MAX_SHOWN).map((problem, index) => (
          <li key={index}>{describe(problem)}</li>
        ))}
      </ul>
      {problems.length > MAX_SHOWN && (
        <p>{t('handoff.paper.moreProblems', { count: problems.length - MAX_SHOWN })}</p>
      )}
    </div>
  );
}
