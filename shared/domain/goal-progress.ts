import type { Goal, GoalStatus } from './goals';

const DAY = 86_400_000;

/**
 * The status the latest check-in suggests, as OKR tools do: progress from
 * baseline to target against the share of time elapsed from start to
 * deadline. Null until there is a check-in and enough to compare with.
 */
export function suggestStatus(goal: Goal): GoalStatus | null {
  const latest = goal.checkIns.at(-1);
  if (!latest || goal.target === null || goal.baseline === null || !goal.start || !goal.deadline)
    return null;
  const span = goal.target - goal.baseline;
  if (span === 0) return latest.value >= goal.target ? 'achieved' : 'offTrack';
  const progress = (latest.value - goal.baseline) / span;
  if (progress >= 1) return 'achieved';
  const total = (Date.parse(goal.deadline) - Date.parse(goal.start)) / DAY;
  const elapsed =
    total <= 0
      ? 1
      : Math.min(1, Math.max(0, (Date.parse(latest.date) - Date.parse(goal.start)) / DAY / total));
  if (progress >= elapsed - 0.1) return 'onTrack';
  if (progress >= elapsed - 0.25) return 'needsAttention';
  return 'offTrack';
}

export type GoalColumn = 'marketing' | 'shared' | 'sales';

/**
 * Where a goal sits on the board: shared when its owners include someone from
 * marketing and someone from sales; otherwise the single team it belongs to.
 * A goal with no owner yet waits in the shared column, marked as such.
 */
export function goalColumn(
  goal: Goal,
  teamOfPerson: ReadonlyMap<string, 'marketing' | 'sales' | 'other'>,
): GoalColumn {
  const kinds = new Set(goal.ownerIds.map((id) => teamOfPerson.get(id)));
  const marketing = kinds.has('marketing');
  const sales = kinds.has('sales');
  if (marketing && !sales) return 'marketing';
  if (sales && !marketing) return 'sales';
  return 'shared';
}

/** A shared goal has at least one owner in marketing and one in sales. */
export function isSharedGoal(
  goal: Goal,
  teamOfPerson: ReadonlyMap<string, 'marketing' | 'sales' | 'other'>,
): boolean {
  const kinds = new Set(goal.ownerIds.map((id) => teamOfPerson.get(id)));
  return kinds.has('marketing') && kinds.has('sales');
}
