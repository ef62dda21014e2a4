import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { newGoal } from '../../../shared/domain/goals';
import { useAppStore } from '../../store/store-context';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import './goals.css';
import { GoalBoard } from './GoalBoard';
import { GoalEditor } from './GoalEditor';
import { KpiPanel } from './KpiPanel';
import { useGoalsSection } from './use-goals';

/** Shared goals on a board by owner team, the selected goal's editor, and the KPIs. */
export function GoalsSection() {
  const { t } = useTranslation();
  const section = useGoalsSection();
  const dispatch = usePlanDispatch();
  const selectedId = useAppStore((s) => s.selectedGoalId);
  const selectGoal = useAppStore((s) => s.selectGoal);
  const selected = section.goals.find((g) => g.id === selectedId);

  const addGoal = () => {
    const goal = newGoal(
      crypto.randomUUID(),
      t('goals.newGoalTitle', { n: section.goals.length + 1 }),
    );
    if (!dispatch([{ type: 'goal.add', goal }])) selectGoal(goal.id);
  };

  return (
    <div className="goals-section">
      <div className="section-toolbar" role="toolbar" aria-label={t('goals.toolbar')}>
        <h2>{t('goals.title')}</h2>
        <button type="button" className="btn btn-primary" onClick={addGoal}>
          <Plus aria-hidden size={18} />
          {t('goals.add')}
        </button>
      </div>
      {section.goals.length === 0 ? (
        <div className="empty-state">
          <h3>{t('goals.emptyTitle')}</h3>
          <p>{t('goals.emptyBody')}</p>
        </div>
      ) : (
        <div className="goals-layout">
          <GoalBoard goals={section.goals} />
          {selected ? (
            <GoalEditor key={selected.id} goal={selected} />
          ) : (
            <p className="muted goal-hint">{t('goals.selectHint')}</p>
          )}
        </div>
      )}
      <KpiPanel kpis={section.kpis} />
    </div>
  );
}
