import { useTranslation } from 'react-i18next';
import { goalColumn, type GoalColumn } from '../../../shared/domain/goal-progress';
import type { Goal } from '../../../shared/domain/goals';
import { useAppStore } from '../../store/store-context';
import { SmartBadges } from './SmartBadges';
import { useSmart, useTeamOfPerson } from './use-goals';

const COLUMNS: GoalColumn[] = ['marketing', 'shared', 'sales'];

/** Goals in three columns by who owns them: marketing, both together, sales. */
export function GoalBoard({ goals }: { goals: Goal[] }) {
  const { t } = useTranslation();
  const teamOfPerson = useTeamOfPerson();
  return (
    <div className="goal-board">
      {COLUMNS.map((column) => {
        const inColumn = goals.filter((g) => goalColumn(g, teamOfPerson) === column);
        return (
          <section
            key={column}
            className={`goal-column column-${column}`}
            aria-labelledby={`column-${column}`}
          >
            <h3 id={`column-${column}`}>
              {t(`goals.columns.${column}`)} <span className="badge">{inColumn.length}</span>
            </h3>
            {inColumn.length === 0 ? (
              <p className="muted">{t('goals.columnEmpty')}</p>
            ) : (
              <ul>
                {inColumn.map((goal) => (
                  <GoalCard key={goal.id} goal={goal} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function GoalCard({ goal }: { goal: Goal }) {
  const { t } = useTranslation();
  const findings = useSmart(goal);
  const selected = useAppStore((s) => s.selectedGoalId === goal.id);
  const selectGoal = useAppStore((s) => s.selectGoal);
  return (
    <li className={`goal-card status-${goal.status}${selected ? ' is-selected' : ''}`}>
      <button
        type="button"
        className="goal-card-button"
        aria-pressed={selected}
        onClick={() => selectGoal(goal.id)}
      >
        <span className="goal-card-title">{goal.title}</span>
        <span className={`status-chip status-${goal.status}`}>
          {t(`goals.status.${goal.status}`)}
        </span>
        {goal.ownerIds.length === 0 && (
          <span className="tag tag-single">{t('goals.noOwners')}</span>
        )}
      </button>
      <SmartBadges findings={findings} compact />
    </li>
  );
}
