import { Target } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Stage } from '../../../shared/domain/funnel';
import { wholeVolume } from '../../../shared/domain/funnel-math';
import { goalWindow, requiredForGoal } from '../../../shared/domain/goal-metrics';
import { newGoal } from '../../../shared/domain/goals';
import { daysIn } from '../../../shared/domain/volume-period';
import { useAppStore } from '../../store/store-context';
import { usePlanT } from '../goals/use-goals';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { useFunnelAnalysis } from './use-funnel';

/**
 * Turns a stage into a goal over the plan's period: the metric is the stage's volume, the
 * baseline what the funnel forecasts over that period, the target what the revenue target
 * needs over it, never below the baseline, so the goal reads as the rise it is (or as
 * holding the line where the funnel already delivers). The goal remembers the funnel's
 * number so it can say when the funnel has moved on.
 */
export function CreateGoalFromStage({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const planT = usePlanT();
  const dispatch = usePlanDispatch();
  const analysis = useFunnelAnalysis();
  const doc = useAppStore((s) => s.current?.doc);
  const selectGoal = useAppStore((s) => s.selectGoal);
  const [, navigate] = useLocation();
  const row = analysis.rows.find((r) => r.stageId === stage.id);
  if (!row || !doc) return null;

  const create = () => {
    const dates = { start: doc.period.start, deadline: doc.period.end };
    const metric = { kind: 'stageVolume' as const, stageId: stage.id };
    const window = goalWindow(dates, doc.period);
    const perWindow = window ? window.days / daysIn(doc.funnel.assumptions.period) : 1;
    const baseline = row.forecast === null ? null : wholeVolume(row.forecast * perWindow);
    const required = requiredForGoal({ metric, ...dates }, doc, analysis);
    const target =
      required === null ? baseline : baseline === null ? required : Math.max(required, baseline);
    const goal = {
      ...newGoal(crypto.randomUUID(), planT('goals.fromStage.title', { stage: stage.name })),
      metric,
      ...dates,
      baseline,
      target,
      linkedTarget: required,
      relevantTo: planT('goals.fromStage.relevant'),
    };
    if (!dispatch([{ type: 'goal.add', goal }])) {
      selectGoal(goal.id);
      navigate(`/plans/${doc.id}/goals`);
    }
  };

  return (
    <button type="button" className="btn" onClick={create}>
      <Target aria-hidden size={18} />
      {t('goals.fromStage.button')}
    </button>
  );
}
