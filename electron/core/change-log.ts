import type { Patch } from 'immer';
import type { HistoryEntry } from '../../shared/api/contract';
import { MERGE_WINDOW_MS, mergeKey, type Command } from '../../shared/domain/commands';
import { compactReplacePatches } from '../../shared/domain/compact-patches';
import { joinPaths } from '../../shared/domain/undo-steps';
import type { ChangeRow, PlanStatements } from './plan-rows';
import { TEAM_ORIGIN } from './undo-choice';

/** One stored edit, as the change log keeps it for undo, redo and the history. */
export interface RecordedEdit {
  planId: string;
  commands: readonly Command[];
  patches: Patch[];
  inverse: Patch[];
  /** The paths the edit changed: another window's undo may cross it where they differ. */
  touched: string[];
  /** The team mutations the edit went out as (none for a plan that is not shared). */
  mutations: readonly number[];
  origin: string | undefined;
  /** Whether the edit was made on the newest revision (an older one is someone else's). */
  sawNewest: boolean;
  /** The edit's time, ISO. */
  now: string;
}

/**
 * A plan's change log: every step stored with its patches both ways, so undo and redo
 * apply them without running the reducer again. An edit continuing the window's newest step
 * (same merge key, moments later, nothing undone since) is folded into it, so one undo
 * takes back a word typed letter by letter.
 */
export class ChangeLog {
  constructor(
    private readonly statements: PlanStatements,
    private readonly clock: { now: () => Date },
  ) {}

  /** Stores an edit as a new step, or folds it into the newest it continues; ends any redo. */
  record(edit: RecordedEdit): void {
    const key = edit.commands.length === 1 && edit.commands[0] ? mergeKey(edit.commands[0]) : null;
    // The newest change tells both whether there is a redo stack (it is undone)
    // and, if not, whether this edit continues it (same merge key, moments ago). An edit
    // made without seeing the newest change is someone else's, never merged into it.
    const newest = this.statements.newestChange.get(edit.planId);
    const hasRedo = newest?.undone === 1;
    if (
      newest &&
      !hasRedo &&
      edit.sawNewest &&
      newest.origin === (edit.origin ?? null) &&
      key !== null &&
      newest.merge_key === key &&
      this.isRecent(newest)
    ) {
      this.mergeInto(newest, edit);
      return;
    }
    if (hasRedo) this.statements.dropRedo.run({ planId: edit.planId });
    this.statements.insertChange.run({
      planId: edit.planId,
      now: edit.now,
      mergeKey: key,
      origin: edit.origin ?? null,
      commands: JSON.stringify(edit.commands),
      patches: JSON.stringify(edit.patches),
      inverse: JSON.stringify(edit.inverse),
      touched: JSON.stringify(edit.touched),
      mutations: JSON.stringify(edit.mutations),
    });
  }

  /**
   * Records the team's version of a shared plan as a step of its own, which undo does not
   * cross, and ends any redo (those steps were made for a document the team has moved on
   * from). `touched` is what the team changed: a step of this laptop's that touched none of
   * it can still be undone from under this one.
   */
  recordTeamStep(planId: string, touched: string[], now: string): void {
    this.statements.dropRedo.run({ planId });
    this.statements.insertChange.run({
      planId,
      now,
      mergeKey: null,
      origin: TEAM_ORIGIN,
      commands: '[]',
      patches: '[]',
      inverse: '[]',
      touched: JSON.stringify(touched),
      mutations: '[]',
    });
  }

  /** The newest steps first, with the kinds of command each made. */
  history(planId: string, limit: number): HistoryEntry[] {
    return this.statements.history.all(planId, limit).map((change) => ({
      seq: change.seq,
      commandTypes: [...new Set((JSON.parse(change.commands) as Command[]).map((c) => c.type))],
      createdAt: change.created_at,
      undone: change.undone === 1,
    }));
  }

  /** Folds an edit into the previous step: one undo brings back the state before both. */
  private mergeInto(top: ChangeRow, edit: RecordedEdit): void {
    const allPatches = [...(JSON.parse(top.patches) as Patch[]), ...edit.patches];
    const allInverse = [...edit.inverse, ...(JSON.parse(top.inverse) as Patch[])];
    const topTouched = top.touched === null ? null : (JSON.parse(top.touched) as string[]);
    this.statements.mergeChange.run({
      planId: edit.planId,
      seq: top.seq,
      now: edit.now,
      // Same merge key, same command type: the last command stands for the step.
      commands: JSON.stringify(edit.commands),
      patches: JSON.stringify(compactReplacePatches(allPatches)),
      inverse: JSON.stringify(compactReplacePatches(allInverse)),
      touched: JSON.stringify(joinPaths(topTouched, edit.touched)),
      mutations: JSON.stringify([...(JSON.parse(top.mutations) as number[]), ...edit.mutations]),
    });
  }

  private isRecent(change: ChangeRow): boolean {
    return this.clock.now().getTime() - Date.parse(change.updated_at) < MERGE_WINDOW_MS;
  }
}
