import type { Patch } from 'immer';
import { DomainError } from '../shared/domain/errors';
import type { PlanDoc } from '../shared/domain/plan-doc';
import { applyStoredPatches, overlaps } from '../shared/domain/undo-steps';
import type { Mutation, SyncRefusal } from '../shared/sync/protocol';
import type { Queryable } from './db/database';
import type { Caller } from './teams';

export type UndoOutcome =
  | { doc: PlanDoc; inverse: null; touched: string[] | null; undone: number[] }
  | { doc: null; reason: SyncRefusal };

/**
 * Takes back a step of the caller's: the mutations it went out as, newest first, each by
 * replaying the inverse stored when it was applied. Refused whole where someone else's
 * later edit, still standing, touched the same thing: undo never overwrites another's
 * newer work. (The caller's own later steps are ordered by its own undo stack, which
 * takes the newest first; the device checks those.) Mutations the server never applied
 * have nothing to take back.
 */
export async function undoSteps(
  client: Queryable,
  caller: Caller,
  doc: PlanDoc | null,
  mutation: Extract<Mutation, { kind: 'undo' }>,
): Promise<UndoOutcome> {
  if (!doc) return refused('missing.plan', 'the plan is not shared');
  const { rows: targets } = await client.query<{
    mutation: string;
    revision: string;
    inverse: Patch[] | null;
    touched: string[] | null;
  }>(
    `SELECT mutation, revision, inverse, touched FROM plan_changes
     WHERE device_id = $1 AND plan_id = $2 AND mutation = ANY($3::bigint[]) AND applied AND NOT undone
     ORDER BY mutation DESC`,
    [caller.deviceId, mutation.planId, mutation.mutations],
  );
  let next = doc;
  const touched: string[][] = [];
  for (const target of targets) {
    // Standing edits of others after this one (an edit later undone, and the undo of it,
    // cancel out, so neither counts).
    const { rows: later } = await client.query<{ touched: string[] | null }>(
      `SELECT touched FROM plan_changes
       WHERE plan_id = $1 AND revision > $2 AND applied AND NOT undone AND device_id <> $3
         AND command->>'kind' IS DISTINCT FROM 'undo'`,
      [mutation.planId, target.revision, caller.deviceId],
    );
    if (later.some((row) => overlaps(target.touched, row.touched))) {
      return refused('undo.changedSince', 'someone else changed the same thing since');
    }
    if (target.inverse === null) {
      return refused('undo.noLongerApplies', 'the edit was stored before undo was recorded');
    }
    try {
      next = applyStoredPatches(next, target.inverse);
    } catch (error) {
      if (error instanceof DomainError) {
        return refused(error.refusal.code, error.message);
      }
      throw error;
    }
    touched.push(target.touched ?? []);
  }
  const known = targets.every((target) => target.touched !== null);
  // Redoing goes out as the step's commands again, so an undo keeps no inverse of its own.
  return {
    doc: next,
    inverse: null,
    touched: known ? [...new Set(touched.flat())] : null,
    undone: targets.map((target) => Number(target.mutation)),
  };
}

function refused(code: string, message: string): { doc: null; reason: SyncRefusal } {
  return { doc: null, reason: { code, message } };
}
