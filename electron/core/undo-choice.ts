import type { Command } from '../../shared/domain/commands';
import { DomainError } from '../../shared/domain/errors';
import { overlaps } from '../../shared/domain/undo-steps';
import type { Db } from './db';
import type { ChangeRow } from './plan-rows';
import type { WindowSteps } from './window-steps';

/** The origin of the changes a device takes from the team server. */
export const TEAM_ORIGIN = 'team';

/**
 * A shared plan's link to its team: stored edits go out as numbered mutations, and an undo
 * goes out as the taking back of exactly the mutations its step went out as.
 */
export interface SharedPlanQueue {
  isShared(planId: string): boolean;
  /** Queues stored commands for the team; the mutation numbers they went out as. */
  applied(planId: string, commands: readonly Command[]): number[];
  /** Queues the taking back of a step's mutations (its commands say what it was). */
  undone(planId: string, mutations: readonly number[], commands: readonly Command[]): void;
}

type StepRow = Pick<ChangeRow, 'seq' | 'origin' | 'touched' | 'mutations'>;

/**
 * Which step an undo takes back. A window takes back its own newest step, even under later
 * steps of other windows or of the team, as long as none of those touched what it touched:
 * then its stored patches still address the same places, and nobody's newer edit is
 * overwritten. Where one did, undo says so instead.
 */
export class UndoChoice {
  private readonly liveSteps;
  private readonly newestLiveSeq;
  private readonly shiftAbove;
  private readonly settleShifted;
  private readonly moveStep;

  constructor(
    db: Db,
    private readonly windows: WindowSteps,
  ) {
    this.liveSteps = db.prepare<[string], StepRow>(
      'SELECT seq, origin, touched, mutations FROM plan_changes WHERE plan_id = ? AND undone = 0 ORDER BY seq DESC',
    );
    this.newestLiveSeq = db.prepare<[string], { seq: number }>(
      'SELECT coalesce(max(seq), 0) AS seq FROM plan_changes WHERE plan_id = ? AND undone = 0',
    );
    // Renumbered through negative numbers: the primary key holds at every row.
    this.shiftAbove = db.prepare<[string, number]>(
      'UPDATE plan_changes SET seq = -(seq + 1) WHERE plan_id = ? AND seq > ?',
    );
    this.settleShifted = db.prepare<[string]>(
      'UPDATE plan_changes SET seq = -seq WHERE plan_id = ? AND seq < 0',
    );
    this.moveStep = db.prepare<[number, string, number]>(
      'UPDATE plan_changes SET seq = ? WHERE plan_id = ? AND seq = ?',
    );
  }

  /** The seq of the step `origin` may undo now (any window's, without an origin); else why not. */
  pick(planId: string, origin: string | undefined): number {
    const later: StepRow[] = [];
    for (const step of this.liveSteps.iterate(planId)) {
      const mine =
        step.origin !== TEAM_ORIGIN &&
        (origin === undefined || this.windows.ownedBy(step.origin, origin));
      if (!mine) {
        later.push(step);
        continue;
      }
      const touched = pathsOf(step);
      if (later.some((other) => overlaps(touched, pathsOf(other)))) {
        throw new DomainError('CONFLICT', 'someone else changed the same thing after this edit', {
          code: 'undo.changedSince',
        });
      }
      return step.seq;
    }
    throw later.length > 0 && origin !== undefined
      ? new DomainError('CONFLICT', 'this window has nothing to undo', {
          code: 'undo.nothingOfYours',
        })
      : new DomainError('CONFLICT', 'there is nothing to undo', { code: 'undo.nothing' });
  }

  /**
   * Puts a step taken back from under later ones just above the live steps, where the
   * redo stack starts: the history stays live steps first, undone ones after, and the step
   * is the next one redone. Returns its new seq.
   */
  liftAboveLive(planId: string, seq: number): number {
    const top = this.newestLiveSeq.get(planId)?.seq ?? 0;
    if (seq === top) return seq;
    this.shiftAbove.run(planId, top);
    this.settleShifted.run(planId);
    this.moveStep.run(top + 1, planId, seq);
    return top + 1;
  }
}

function pathsOf(step: Pick<ChangeRow, 'touched'>): string[] | null {
  return step.touched === null ? null : (JSON.parse(step.touched) as string[]);
}
