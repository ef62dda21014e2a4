import type { Statement } from 'better-sqlite3';
import type { Mutation, SyncRefusal } from '../../../shared/sync/protocol';
import type { Db } from '../db';
import type { PlanService } from '../plan-service';
import type { RefusedEdit, TeamConnection } from './team-types';

/** The most mutations one push carries, and how far back a pull asks for refusals. */
export const PUSH_BATCH = 500;

interface ConnectionRow {
  server: string;
  device_id: string;
  team_id: string;
  team_name: string;
  member_id: string;
  member_name: string;
  role: TeamConnection['role'];
  next_mutation: number;
  last_acknowledged: number;
}

type PendingKind = 'share' | 'command' | 'undo';

/** A queued mutation as stored, and sent as `toMutation` makes it. */
export interface PendingRow {
  id: number;
  plan_id: string;
  kind: PendingKind;
  base_revision: number;
  body: string;
}

/** A plan as the team server last sent it. */
export interface ServerPlan {
  id: string;
  revision: number;
  /** The server's document, upgraded to this build's schema. */
  doc: unknown;
  updatedBy: string | null;
  updatedAt: string | null;
}

/**
 * What this laptop keeps of its team, in the library beside the plans: the connection, the
 * shared plans as the server last had them, the queue of numbered mutations not yet
 * acknowledged, and the edits the server refused until their author has seen them. The
 * team sync (team-sync.ts) talks to the server; this is its memory, read and written in
 * the library's transactions.
 */
export class TeamStore {
  private readonly sql: {
    connection: Statement<[], ConnectionRow>;
    sharedPlans: Statement<[], { plan_id: string; server_revision: number }>;
    isShared: Statement<[string], { n: number }>;
    pending: Statement<[], PendingRow>;
    pendingOf: Statement<[string], { id: number; body: string }>;
    counts: Statement<[], { pending: number; refused: number }>;
    refuse: Statement<[number, string, string, string, string | null, string]>;
  };

  constructor(
    private readonly db: Db,
    private readonly plans: PlanService,
  ) {
    this.sql = {
      connection: db.prepare('SELECT * FROM team_connection WHERE id = 1'),
      sharedPlans: db.prepare('SELECT plan_id, server_revision FROM shared_plans'),
      isShared: db.prepare('SELECT count(*) AS n FROM shared_plans WHERE plan_id = ?'),
      pending: db.prepare(`SELECT * FROM pending_mutations ORDER BY id LIMIT ${PUSH_BATCH}`),
      // A pending undo is not replayed here: its replay needs what the server stored. The
      // push that follows every edit brings the server's answer a moment later.
      pendingOf: db.prepare(
        "SELECT id, body FROM pending_mutations WHERE plan_id = ? AND kind = 'command' ORDER BY id",
      ),
      counts: db.prepare(
        'SELECT (SELECT count(*) FROM pending_mutations) AS pending, (SELECT count(*) FROM refused_mutations WHERE dismissed = 0) AS refused',
      ),
      refuse: db.prepare(
        'INSERT OR IGNORE INTO refused_mutations (id, plan_id, command, reason, plan_doc, refused_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
    };
  }

  connection(): TeamConnection | null {
    const row = this.sql.connection.get();
    return row
      ? {
          server: row.server,
          deviceId: row.device_id,
          teamId: row.team_id,
          teamName: row.team_name,
          memberId: row.member_id,
          memberName: row.member_name,
          role: row.role,
        }
      : null;
  }

  saveConnection(connection: TeamConnection, connectedAt: string): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO team_connection
         (id, server, device_id, team_id, team_name, member_id, member_name, role, connected_at)
         VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        connection.server,
        connection.deviceId,
        connection.teamId,
        connection.teamName,
        connection.memberId,
        connection.memberName,
        connection.role,
        connectedAt,
      );
  }

  /** The highest mutation the server has acknowledged. */
  lastAcknowledged(): number {
    return this.sql.connection.get()?.last_acknowledged ?? 0;
  }

  /** How many mutations wait for the server, and how many refusals wait for their author. */
  counts(): { pending: number; refused: number } {
    return this.sql.counts.get() ?? { pending: 0, refused: 0 };
  }

  /** The shared plans, with who changed each last on the server and when. */
  sharedPlans(): Array<{ planId: string; updatedBy: string | null; updatedAt: string | null }> {
    return (
      this.db
        .prepare('SELECT plan_id, updated_by, updated_at FROM shared_plans ORDER BY plan_id')
        .all() as Array<{
        plan_id: string;
        updated_by: string | null;
        updated_at: string | null;
      }>
    ).map((row) => ({ planId: row.plan_id, updatedBy: row.updated_by, updatedAt: row.updated_at }));
  }

  /** The server's revision of each shared plan this laptop has. */
  knownRevisions(): Record<string, number> {
    return Object.fromEntries(
      this.sql.sharedPlans.all().map((row) => [row.plan_id, row.server_revision]),
    );
  }

  isShared(planId: string): boolean {
    return (this.sql.isShared.get(planId)?.n ?? 0) > 0;
  }

  /** The team's revision of a plan this laptop last had; 0 before the server took it. */
  serverRevision(planId: string): number {
    const row = this.db
      .prepare('SELECT server_revision FROM shared_plans WHERE plan_id = ?')
      .get(planId) as { server_revision: number } | undefined;
    return row?.server_revision ?? 0;
  }

  /** A local plan shared: its whole document is the first mutation. */
  share(planId: string, doc: unknown): void {
    this.db.transaction(() => {
      this.db
        .prepare('INSERT OR IGNORE INTO shared_plans (plan_id, server_revision) VALUES (?, 0)')
        .run(planId);
      this.enqueue(planId, 'share', 0, [doc]);
    })();
  }

  /** Queues items as numbered mutations; the numbers they were given. */
  enqueue(planId: string, kind: PendingKind, baseRevision: number, items: readonly unknown[]) {
    const row = this.sql.connection.get();
    if (!row) return [];
    const ids: number[] = [];
    const insert = this.db.prepare(
      'INSERT INTO pending_mutations (id, plan_id, kind, base_revision, body) VALUES (?, ?, ?, ?, ?)',
    );
    for (const item of items) {
      const id = row.next_mutation + ids.length;
      insert.run(id, planId, kind, baseRevision, JSON.stringify(item));
      ids.push(id);
    }
    this.db
      .prepare('UPDATE team_connection SET next_mutation = ? WHERE id = 1')
      .run(row.next_mutation + ids.length);
    return ids;
  }

  /** The oldest mutations not yet acknowledged, at most one push's worth. */
  pending(): PendingRow[] {
    return this.sql.pending.all();
  }

  /** A plan's pending edits, oldest first, as their commands' JSON. */
  pendingCommandsOf(planId: string): string[] {
    return this.sql.pendingOf.all(planId).map((row) => row.body);
  }

  /** The server has everything up to `lastMutation`: the queue lets go of it. */
  acknowledge(lastMutation: number): void {
    this.db.prepare('DELETE FROM pending_mutations WHERE id <= ?').run(lastMutation);
    this.db
      .prepare('UPDATE team_connection SET last_acknowledged = ? WHERE id = 1')
      .run(lastMutation);
  }

  /**
   * An edit the server refused, kept with the plan it was made on until its author has seen
   * it. A refusal heard twice (from the push and again from a pull) is kept once.
   */
  recordRefused(
    refused: { id: number; planId: string; command: unknown; reason: SyncRefusal },
    refusedAt: string,
  ): void {
    this.sql.refuse.run(
      refused.id,
      refused.planId,
      JSON.stringify(refused.command),
      JSON.stringify(refused.reason),
      this.planBefore(refused.planId),
      refusedAt,
    );
  }

  refusedEdits(): RefusedEdit[] {
    return (
      this.db
        .prepare(
          'SELECT id, plan_id, command, reason, plan_doc, refused_at FROM refused_mutations WHERE dismissed = 0 ORDER BY id',
        )
        .all() as Array<{
        id: number;
        plan_id: string;
        command: string;
        reason: string;
        plan_doc: string | null;
        refused_at: string;
      }>
    ).map((row) => ({
      id: row.id,
      planId: row.plan_id,
      command: JSON.parse(row.command) as unknown,
      reason: JSON.parse(row.reason) as SyncRefusal,
      planBefore: row.plan_doc === null ? null : (JSON.parse(row.plan_doc) as unknown),
      refusedAt: row.refused_at,
    }));
  }

  dismissRefused(id: number): void {
    this.db.prepare('UPDATE refused_mutations SET dismissed = 1 WHERE id = ?').run(id);
  }

  /** A shared plan as the server has it now. */
  saveServerPlan(plan: ServerPlan): void {
    this.db
      .prepare(
        `INSERT INTO shared_plans (plan_id, server_revision, server_doc, updated_by, updated_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (plan_id) DO UPDATE SET server_revision = excluded.server_revision,
           server_doc = excluded.server_doc, updated_by = excluded.updated_by,
           updated_at = excluded.updated_at`,
      )
      .run(plan.id, plan.revision, JSON.stringify(plan.doc), plan.updatedBy, plan.updatedAt);
  }

  /** Out of the team: everything kept of it goes; the plans stay in the library. */
  clear(): void {
    this.db.transaction(() => {
      for (const table of [
        'pending_mutations',
        'refused_mutations',
        'shared_plans',
        'team_connection',
      ]) {
        this.db.prepare(`DELETE FROM ${table}`).run();
      }
    })();
  }

  /**
   * The plan the edit was made on: the team's version this laptop last had (before its
   * own pending edits), else its own copy. The edit is said in the names it had there.
   */
  private planBefore(planId: string): string | null {
    const base = this.db
      .prepare('SELECT server_doc FROM shared_plans WHERE plan_id = ?')
      .get(planId) as { server_doc: string | null } | undefined;
    if (base?.server_doc) return base.server_doc;
    return this.plans.has(planId) ? JSON.stringify(this.plans.document(planId)) : null;
  }
}

/** A queued row as the push protocol sends it. */
export function toMutation(row: PendingRow): Mutation {
  const body = JSON.parse(row.body) as unknown;
  const base = { id: row.id, planId: row.plan_id };
  if (row.kind === 'share') return { kind: 'share', ...base, doc: body };
  if (row.kind === 'undo') {
    const { mutations } = body as { mutations: number[] };
    return { kind: 'undo', ...base, baseRevision: row.base_revision, mutations };
  }
  return { kind: 'command', ...base, baseRevision: row.base_revision, command: body };
}

/** What a refused edit was, for its author: the command, or the undo with the step's commands. */
export function refusedBody(row: PendingRow | undefined): unknown {
  if (!row || row.kind === 'share') return { kind: 'share' };
  const body = JSON.parse(row.body) as unknown;
  return row.kind === 'undo'
    ? { kind: 'undo', commands: (body as { commands: unknown }).commands }
    : body;
}
