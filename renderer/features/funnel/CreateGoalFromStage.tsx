import { Target } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Stage } from '../../../shared/domain/funnel';
import { newGoal } from '../../../shared/domain/goals';
import { useAppStore } from '../../store/store-context';
import { usePlanT } from '../goals/use-goals';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { useFunnelAnalysis } from './use-funnel';

/**
 * Turns a stage into a goal: the metric is the stage's volume, the baseline
 * its forecast, the target the volume the revenue target requires. The goal
 * remembers that number so it can say when the funnel has moved on.
 */
export function CreateGoalFromStage({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const planT = usePlanT();
  const dispatch = usePlanDispatch();
  const analysis = useFunnelAnalysis();
  const planId = useAppStore((s) => s.current?.doc.id ?? '');
  const period = useAppStore((s) => s.current?.doc.funnel.assumptions.period ?? 'month');
  const selectGoal = useAppStore((s) => s.selectGoal);
  const [, navigate] = useLocation();
  const row = analysis.rows.find((r) => r.stageId === stage.id);
  if (!row) return null;

  const create = () => {
    const goal = {
      ...newGoal(
        crypto.randomUUID(),
        planT('goals.fromStage.title', {
          stage: stage.name,
          period: planT(`funnel.assumptions.periods.${period}`),
        }),
      ),
      metric: { kind: 'stageVolume' as const, stageId: stage.id },
      baseline: row.forecast === null ? null : Math.round(row.forecast),
      target: row.required,
      linkedTarget: row.required,
      relevantTo: planT('goals.fromStage.relevant'),
    };
    if (!dispatch([{ type: 'goal.add', goal }])) {
      selectGoal(goal.id);
      navigate(`/plans/${planId}/goals`);
    }
  };

  return (
    <button type="button" className="btn" onClick={create}>
      <Target aria-hidden size={18} />
      {t('goals.fromStage.button')}
    </button>
  );
}
