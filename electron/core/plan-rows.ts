import type { PlanSummary } from '../../shared/api/contract';
import type { Statement } from 'better-sqlite3';
import type { Db } from './db';

/** A plan's row without its document: what listing and checks need. */
export interface PlanMetaRow {
  id: string;
  name: string;
  client: string;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** One undo step: the commands, and the patches that lead to and back from their result. */
export interface ChangeRow {
  seq: number;
  commands: string;
  patches: string;
  inverse: string;
  merge_key: string | null;
  /** The window that made the change; null for changes stored before windows were told apart. */
  origin: string | null;
  created_at: string;
  updated_at: string;
  undone: 0 | 1;
  /** The parts of the plan the step touched (JSON paths); null: not known, so everything. */
  touched: string | null;
  /** In a shared plan, the team mutations the step went out as (JSON numbers). */
  mutations: string;
}

const META_COLUMNS = 'id, name, client, revision, created_at, updated_at, deleted_at';

/** The seq of the newest live (not undone) change of plan @planId, or 0 when every change is undone. */
const NEWEST_LIVE_SEQ = `coalesce((SELECT seq FROM plan_changes WHERE plan_id = @planId AND undone = 0
  ORDER BY seq DESC LIMIT 1), 0)`;

export interface PlanStatements {
  meta: Statement<[string], PlanMetaRow>;
  doc: Statement<[string], { doc: string; revision: number }>;
  listActive: Statement<[], PlanMetaRow>;
  listTrash: Statement<[], PlanMetaRow>;
  insertPlan: Statement;
  writePlan: Statement;
  setDeletedAt: Statement<[string | null, string]>;
  deletePlan: Statement<[string]>;
  newestChange: Statement<[string], ChangeRow>;
  firstUndone: Statement<[{ planId: string }], ChangeRow>;
  dropRedo: Statement<[{ planId: string }]>;
  insertChange: Statement;
  mergeChange: Statement;
  markUndone: Statement<[0 | 1, string, number]>;
  setMutations: Statement<[string, string, number]>;
  change: Statement<[string, number], ChangeRow>;
  stacks: Statement<[{ planId: string }], { canUndo: 0 | 1; canRedo: 0 | 1 }>;
  liveOrigins: Statement<[{ planId: string }], { origin: string | null }>;
  history: Statement<[string, number], ChangeRow>;
}

/** Every statement the plan service runs, prepared once per database. */
export function preparePlanStatements(db: Db): PlanStatements {
  return {
    meta: db.prepare<[string], PlanMetaRow>(`SELECT ${META_COLUMNS} FROM plans WHERE id = ?`),
    doc: db.prepare<[string], { doc: string; revision: number }>(
      'SELECT doc, revision FROM plans WHERE id = ?',
    ),
    listActive: db.prepare<[], PlanMetaRow>(
      `SELECT ${META_COLUMNS} FROM plans WHERE deleted_at IS NULL ORDER BY updated_at DESC, name`,
    ),
    listTrash: db.prepare<[], PlanMetaRow>(
      `SELECT ${META_COLUMNS} FROM plans WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, name`,
    ),
    insertPlan: db.prepare(
      `INSERT INTO plans (id, name, client, doc, revision, created_at, updated_at)
       VALUES (@id, @name, @client, @doc, 0, @now, @now)`,
    ),
    writePlan: db.prepare(
      `UPDATE plans SET doc = @doc, name = @name, client = @client, revision = revision + 1,
       updated_at = @now WHERE id = @id`,
    ),
    setDeletedAt: db.prepare<[string | null, string]>(
      'UPDATE plans SET deleted_at = ? WHERE id = ?',
    ),
    deletePlan: db.prepare<[string]>('DELETE FROM plans WHERE id = ?'),
    newestChange: db.prepare<[string], ChangeRow>(
      'SELECT * FROM plan_changes WHERE plan_id = ? ORDER BY seq DESC LIMIT 1',
    ),
    firstUndone: db.prepare<[{ planId: string }], ChangeRow>(
      `SELECT * FROM plan_changes WHERE plan_id = @planId AND seq > ${NEWEST_LIVE_SEQ}
       ORDER BY seq ASC LIMIT 1`,
    ),
    dropRedo: db.prepare<[{ planId: string }]>(
      `DELETE FROM plan_changes WHERE plan_id = @planId AND seq > ${NEWEST_LIVE_SEQ}`,
    ),
    insertChange: db.prepare(
      `INSERT INTO plan_changes (plan_id, seq, commands, patches, inverse, merge_key, origin, touched, mutations, created_at, updated_at)
       VALUES (@planId, (SELECT coalesce(max(seq), 0) + 1 FROM plan_changes WHERE plan_id = @planId),
               @commands, @patches, @inverse, @mergeKey, @origin, @touched, @mutations, @now, @now)`,
    ),
    // Which windows made the plan's live steps (null: from before windows were told apart).
    liveOrigins: db.prepare<[{ planId: string }], { origin: string | null }>(
      'SELECT DISTINCT origin FROM plan_changes WHERE plan_id = @planId AND undone = 0',
    ),
    mergeChange: db.prepare(
      `UPDATE plan_changes SET commands = @commands, patches = @patches, inverse = @inverse,
       touched = @touched, mutations = @mutations, updated_at = @now
       WHERE plan_id = @planId AND seq = @seq`,
    ),
    markUndone: db.prepare<[0 | 1, string, number]>(
      'UPDATE plan_changes SET undone = ? WHERE plan_id = ? AND seq = ?',
    ),
    setMutations: db.prepare<[string, string, number]>(
      'UPDATE plan_changes SET mutations = ? WHERE plan_id = ? AND seq = ?',
    ),
    change: db.prepare<[string, number], ChangeRow>(
      'SELECT * FROM plan_changes WHERE plan_id = ? AND seq = ?',
    ),
    // Live steps come first and undone ones last: the oldest says if undo is
    // possible, the newest if redo is.
    stacks: db.prepare<[{ planId: string }], { canUndo: 0 | 1; canRedo: 0 | 1 }>(
      `SELECT coalesce((SELECT undone = 0 FROM plan_changes WHERE plan_id = @planId ORDER BY seq ASC LIMIT 1), 0) AS canUndo,
              coalesce((SELECT undone = 1 FROM plan_changes WHERE plan_id = @planId ORDER BY seq DESC LIMIT 1), 0) AS canRedo`,
    ),
    history: db.prepare<[string, number], ChangeRow>(
      'SELECT * FROM plan_changes WHERE plan_id = ? ORDER BY seq DESC LIMIT ?',
    ),
  };
}

export function toSummary(row: PlanMetaRow): PlanSummary {
  return {
    id: row.id,
    name: row.name,
    client: row.client,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
