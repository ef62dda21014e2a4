import { CommandSchema } from '../shared/domain/commands';
import { DomainError } from '../shared/domain/errors';
import { PLAN_SCHEMA_VERSION, type PlanDoc } from '../shared/domain/plan-doc';
import { upgradePlanDoc } from '../shared/domain/plan-upgrade';
import { applyCommands } from '../shared/domain/reducer';
import type {
  Mutation,
  MutationResult,
  PushRequest,
  PushResponse,
  SyncRefusal,
} from '../shared/sync/protocol';
import type { Patch } from 'immer';
import { touchedPaths } from '../shared/domain/undo-steps';
import type { Queryable, TeamDatabase } from './db/database';
import { SyncError } from './errors';
import type { Caller } from './teams';
import { undoSteps } from './undo';

/** An edit applied: the document after it, and what undoing it would need. */
interface Applied {
  doc: PlanDoc;
  inverse: Patch[] | null;
  touched: string[] | null;
  /** For an undo: the mutations it took back. */
  undone?: number[];
}
type Outcome = Applied | { doc: null; reason: SyncRefusal };

/** The channel a committed change is announced on, to every server process. */
export const CHANGED_CHANNEL = 'plan_changed';

/**
 * Applies a device's pending edits in the server's order (server reconciliation): the
 * edits of one plan in one transaction with the plan's row locked, each through the same
 * reducer and schema as on the device. An edit that no longer fits is recorded as not
 * applied, with its reason, for its author to see. Edits already processed (a push sent
 * again after its answer was lost) are answered from the record, never applied twice.
 */
export async function push(
  db: TeamDatabase,
  caller: Caller,
  request: PushRequest,
): Promise<PushResponse> {
  if (caller.role === 'viewer') {
    throw new SyncError('FORBIDDEN', 'a viewer cannot change the team’s plans');
  }
  if (request.schemaVersion > PLAN_SCHEMA_VERSION) {
    throw new SyncError(
      'NEWER_SCHEMA',
      `this device writes plan schema ${request.schemaVersion}; the team server reads up to ${PLAN_SCHEMA_VERSION}: update the server`,
    );
  }
  const mutations = [...request.mutations].sort((a, b) => a.id - b.id);
  const planIds = [...new Set(mutations.map((m) => m.planId))];
  const results: MutationResult[] = [];
  let lastMutation = 0;
  let first = true;
  for (const group of byPlanRuns(mutations)) {
    const outcome = await db.asTeam(caller.teamId, async (client) => {
      // Another team's plan: the push is refused whole, before anything of it is written.
      // Asked in the first plan's transaction, for all the push's plans (in one of its own,
      // it was two more round trips to the database for every push).
      if (first && (await belongsToAnotherTeam(client, caller, planIds))) {
        throw new SyncError('FORBIDDEN', 'this plan belongs to another team');
      }
      first = false;
      return pushPlan(client, caller, group);
    });
    results.push(...outcome.results);
    lastMutation = outcome.lastMutation;
  }
  return { lastMutation, results };
}

async function belongsToAnotherTeam(
  client: Queryable,
  caller: Caller,
  planIds: readonly string[],
): Promise<boolean> {
  const { rows } = await client.query<{ team: string | null }>(
    'SELECT plan_team(id) AS team FROM unnest($1::text[]) AS id',
    [planIds],
  );
  return rows.some((row) => row.team !== null && row.team !== caller.teamId);
}

/** Consecutive edits of one plan: one transaction each run. */
function byPlanRuns(mutations: readonly Mutation[]): Mutation[][] {
  const runs: Mutation[][] = [];
  for (const mutation of mutations) {
    const last = runs.at(-1);
    if (last && last[0]?.planId === mutation.planId) last.push(mutation);
    else runs.push([mutation]);
  }
  return runs;
}

async function pushPlan(
  client: Queryable,
  caller: Caller,
  mutations: readonly Mutation[],
): Promise<{ lastMutation: number; results: MutationResult[] }> {
  const planId = mutations[0]?.planId ?? '';
  // The device's row locked first, then the plan's, in one statement: two pushes of one
  // device (a retry racing the lost original) are serialised here, so neither applies what
  // the other did.
  const locked = await client.query<{
    last_mutation: string | null;
    doc: unknown;
    revision: string | null;
  }>(
    `SELECT device.last_mutation, plan.doc, plan.revision
     FROM (SELECT 1) AS one
     LEFT JOIN LATERAL (SELECT last_mutation FROM devices WHERE id = $1 FOR UPDATE) AS device
       ON true
     LEFT JOIN LATERAL (SELECT doc, revision FROM plans WHERE id = $2 FOR UPDATE) AS plan
       ON true`,
    [caller.deviceId, planId],
  );
  const row = locked.rows[0];
  let lastMutation = Number(row?.last_mutation ?? 0);
  const results: MutationResult[] = [];
  const done = mutations.filter((m) => m.id <= lastMutation);
  if (done.length > 0) results.push(...(await recorded(client, caller, done)));

  const fresh = mutations.filter((m) => m.id > lastMutation);
  if (fresh.length === 0) return { lastMutation, results };
  let stored = row?.revision !== null && row?.revision !== undefined;
  let doc: PlanDoc | null = stored ? upgradePlanDoc(row?.doc) : null;
  let revision = Number(row?.revision ?? 0);
  const before = revision;
  for (const mutation of fresh) {
    const conflict = await accountableConflict(client, planId, mutation);
    const outcome: Outcome = conflict
      ? { doc: null, reason: conflict }
      : mutation.kind === 'undo'
        ? await undoSteps(client, caller, doc, mutation)
        : applyMutation(doc, mutation);
    if (outcome.doc) {
      // An undo of edits the server never applied changes nothing: no new revision. (Every
      // other applied edit makes one, even an edit that sets what was already there.)
      if (mutation.kind !== 'undo' || outcome.doc !== doc) revision += 1;
      doc = outcome.doc;
      if (mutation.kind === 'share') {
        const inserted = await client.query(
          `INSERT INTO plans (id, team_id, doc, revision, updated_by) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO NOTHING`,
          [planId, caller.teamId, doc, revision, caller.memberId],
        );
        // Taken by another team: said as if unknown, so nothing of it shows.
        stored = (inserted.rowCount ?? 0) > 0;
        if (!stored) {
          doc = null;
          revision = 0;
          await record(client, caller, mutation, 0, refusal('duplicate', 'plan id in use'));
          results.push(result(mutation, false, 0, refusal('duplicate', 'plan id in use')));
          lastMutation = mutation.id;
          continue;
        }
      }
      if (outcome.undone && outcome.undone.length > 0) {
        await client.query(
          'UPDATE plan_changes SET undone = true WHERE device_id = $1 AND mutation = ANY($2::bigint[])',
          [caller.deviceId, outcome.undone],
        );
      }
    }
    const reason = outcome.doc ? null : outcome.reason;
    await record(client, caller, mutation, revision, outcome.doc ? outcome : outcome.reason);
    results.push(result(mutation, reason === null, revision, reason));
    lastMutation = mutation.id;
  }
  // The plan's new document, the device's last edit and the notice (delivered when the
  // transaction commits, to every server process listening), in one statement: each
  // statement of a push waits on the one before, and these were three.
  const docChanged = stored && doc !== null && revision > before;
  await client.query(
    `WITH plan AS (
       UPDATE plans SET doc = $2, revision = $3, updated_at = now(), updated_by = $4
       WHERE id = $1 AND $5::boolean
     ), device AS (
       UPDATE devices SET last_mutation = $7 WHERE id = $6
     )
     SELECT CASE WHEN $8::boolean THEN pg_notify($9, $10) END`,
    [
      planId,
      docChanged ? doc : null,
      revision,
      caller.memberId,
      docChanged,
      caller.deviceId,
      lastMutation,
      revision > before,
      CHANGED_CHANNEL,
      JSON.stringify({ teamId: caller.teamId, planId, revision }),
    ],
  );
  return { lastMutation, results };
}

/**
 * One A per RACI row, when two people decide it apart: an edit making a role accountable
 * for an activity that someone else made another role accountable for since the revision
 * this edit was made on (neither saw the other's) is refused, so the first decision stands
 * and the second's author is told. One person setting a second A on purpose, having seen
 * the first, is the RACI screen's own warning, not a conflict.
 */
async function accountableConflict(
  client: Queryable,
  planId: string,
  mutation: Mutation,
): Promise<SyncRefusal | null> {
  if (mutation.kind !== 'command') return null;
  const command = CommandSchema.safeParse(mutation.command);
  if (!command.success || command.data.type !== 'raci.cell.set' || command.data.letter !== 'A') {
    return null;
  }
  const { rows } = await client.query<{ role: string }>(
    `SELECT command->>'roleId' AS role FROM plan_changes
     WHERE plan_id = $1 AND revision > $2 AND applied AND NOT undone
       AND command->>'type' = 'raci.cell.set' AND command->>'letter' = 'A'
       AND command->>'activityId' = $3 AND command->>'roleId' <> $4
     LIMIT 1`,
    [planId, mutation.baseRevision, command.data.activityId, command.data.roleId],
  );
  return rows[0]
    ? {
        code: 'raci.accountableTaken',
        message: 'another role was made accountable for this activity meanwhile',
      }
    : null;
}

function applyMutation(
  doc: PlanDoc | null,
  mutation: Exclude<Mutation, { kind: 'undo' }>,
): Outcome {
  if (mutation.kind === 'share') {
    if (doc) return { doc: null, reason: refusal('duplicate', 'the plan is already shared') };
    try {
      const shared = upgradePlanDoc(mutation.doc);
      if (shared.id !== mutation.planId) {
        return { doc: null, reason: refusal('input.invalid', 'the document is of another plan') };
      }
      return { doc: shared, inverse: null, touched: null };
    } catch (error) {
      return { doc: null, reason: fromError(error) };
    }
  }
  if (!doc) return { doc: null, reason: refusal('missing.plan', 'the plan is not shared') };
  const command = CommandSchema.safeParse(mutation.command);
  if (!command.success) {
    return { doc: null, reason: refusal('input.invalid', command.error.issues[0]?.message ?? '') };
  }
  try {
    const applied = applyCommands(doc, [command.data]);
    return {
      doc: applied.doc,
      inverse: applied.inverse,
      touched: touchedPaths(doc, applied.doc),
    };
  } catch (error) {
    return { doc: null, reason: fromError(error) };
  }
}

function fromError(error: unknown): SyncRefusal {
  if (error instanceof DomainError) {
    return {
      code: error.refusal.code,
      message: error.message,
      ...(error.refusal.values ? { values: error.refusal.values } : {}),
    };
  }
  return refusal('input.invalid', error instanceof Error ? error.message : String(error));
}

function refusal(code: string, message: string): SyncRefusal {
  return { code, message };
}

function result(
  mutation: Mutation,
  applied: boolean,
  revision: number,
  reason: SyncRefusal | null,
): MutationResult {
  return { id: mutation.id, planId: mutation.planId, applied, revision, reason };
}

/** Records a processed edit: applied (with what undoing it needs) or refused with its reason. */
async function record(
  client: Queryable,
  caller: Caller,
  mutation: Mutation,
  revision: number,
  outcome: Applied | SyncRefusal,
): Promise<void> {
  const applied = 'doc' in outcome;
  // A shared document is kept once, in the plan; its record says only that it was shared.
  const command =
    mutation.kind === 'share'
      ? { kind: 'share' }
      : mutation.kind === 'undo'
        ? { kind: 'undo', mutations: mutation.mutations }
        : mutation.command;
  await client.query(
    `INSERT INTO plan_changes (plan_id, team_id, device_id, mutation, revision, command, applied, reason, author, inverse, touched)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      mutation.planId,
      caller.teamId,
      caller.deviceId,
      mutation.id,
      revision,
      JSON.stringify(command),
      applied,
      applied ? null : JSON.stringify(outcome),
      caller.memberId,
      applied && outcome.inverse ? JSON.stringify(outcome.inverse) : null,
      applied && outcome.touched ? JSON.stringify(outcome.touched) : null,
    ],
  );
}

/** What the server did with edits it had already processed: the same answer again. */
async function recorded(
  client: Queryable,
  caller: Caller,
  mutations: readonly Mutation[],
): Promise<MutationResult[]> {
  const { rows } = await client.query<{
    mutation: string;
    plan_id: string;
    applied: boolean;
    revision: string;
    reason: SyncRefusal | null;
  }>(
    'SELECT mutation, plan_id, applied, revision, reason FROM plan_changes WHERE device_id = $1 AND mutation = ANY($2::bigint[])',
    [caller.deviceId, mutations.map((m) => m.id)],
  );
  const byId = new Map(rows.map((row) => [Number(row.mutation), row]));
  return mutations.map((mutation) => {
    const row = byId.get(mutation.id);
    // Processed but never recorded: an id the device skipped. Nothing to apply again.
    if (!row) return result(mutation, false, 0, refusal('sync.skipped', 'already processed'));
    return result(mutation, row.applied, Number(row.revision), row.reason);
  });
}
