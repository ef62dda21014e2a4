import { RACI_PHASES, type RaciActivity, type RaciPhase } from '../../../shared/domain/raci';

/** One row of the matrix's body: a phase's heading, or an activity at its grid row. */
export type MatrixRow =
  | { kind: 'phase'; phase: RaciPhase }
  | {
      kind: 'activity';
      activity: RaciActivity;
      /** Its row in the grid's keyboard model (activities only, phases skipped). */
      index: number;
      previous: RaciActivity | undefined;
      next: RaciActivity | undefined;
    };

/** Rows as the grid shows them: grouped by phase, in the plan's order within a phase. */
export function activitiesInPhaseOrder(activities: readonly RaciActivity[]): RaciActivity[] {
  return RACI_PHASES.flatMap((phase) => activities.filter((a) => a.phase === phase));
}

/**
 * The body's rows in order, phase headings between, for the virtualised list. `shown`
 * is already in phase order (activitiesInPhaseOrder, perhaps filtered to problems).
 */
export function matrixRows(shown: readonly RaciActivity[]): MatrixRow[] {
  const rows: MatrixRow[] = [];
  shown.forEach((activity, index) => {
    const before = shown[index - 1];
    const after = shown[index + 1];
    if (before?.phase !== activity.phase) rows.push({ kind: 'phase', phase: activity.phase });
    rows.push({
      kind: 'activity',
      activity,
      index,
      // Up and down move an activity within its phase.
      previous: before?.phase === activity.phase ? before : undefined,
      next: after?.phase === activity.phase ? after : undefined,
    });
  });
  return rows;
}
