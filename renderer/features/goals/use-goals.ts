import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyGoals, type Goal, type GoalsSection } from '../../../shared/domain/goals';
import { checkSmart, type SmartFinding } from '../../../shared/domain/smart-check';
import { useAppStore } from '../../store/store-context';
import { useFunnelAnalysis } from '../funnel/use-funnel';

const EMPTY = emptyGoals();

export function useGoalsSection(): GoalsSection {
  return useAppStore((s) => s.current?.doc.goals ?? EMPTY);
}

/** The SMART verdicts of a goal against the plan as it stands, recomputed as either changes. */
export function useSmart(goal: Goal | undefined): SmartFinding[] {
  const doc = useAppStore((s) => s.current?.doc ?? null);
  const analysis = useFunnelAnalysis();
  return useMemo(() => (goal && doc ? checkSmart(goal, doc, analysis) : []), [goal, doc, analysis]);
}

/** Team kind of every person: decides a goal's board column and whether it is shared. */
export function useTeamOfPerson(): Map<string, 'marketing' | 'sales' | 'other'> {
  const people = useAppStore((s) => s.current?.doc.people);
  const teams = useAppStore((s) => s.current?.doc.teams);
  return useMemo(() => {
    const kindOfTeam = new Map((teams ?? []).map((t) => [t.id, t.kind]));
    return new Map((people ?? []).map((p) => [p.id, kindOfTeam.get(p.teamId) ?? 'other']));
  }, [people, teams]);
}

/** A translator in the plan's language: SMART reasons speak the plan's language, as exports do. */
export function usePlanT() {
  const { i18n } = useTranslation();
  const language = useAppStore((s) => s.current?.doc.language ?? 'en');
  return useMemo(() => i18n.getFixedT(language), [i18n, language]);
}
