import type { Statement } from 'better-sqlite3';
import { isDeepStrictEqual } from 'node:util';
import { CommandSchema } from '../../../shared/domain/commands';
import { DomainError } from '../../../shared/domain/errors';
import { PLAN_SCHEMA_VERSION, type PlanDoc } from '../../../shared/domain/plan-doc';
import { upgradePlanDoc } from '../../../shared/domain/plan-upgrade';
import { applyCommands } from '../../../shared/domain/reducer';
import type { Mutation, SyncRefusal } from '../../../shared/sync/protocol';
import type { Db } from '../db';
import type { PlanService } from '../plan-service';
import { SyncClient, TeamServerError, teamRefusal } from './sync-client';
import type { RefusedEdit, SyncState, TeamConnection, TeamStatus } from './team-types';
import type { TokenStore } from './token-store';

/** How long after an edit its push waits, to take the edits typed meanwhile along. */
const PUSH_DELAY_MS = 150;

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

/**
 * A device's side of the team server. Edits of shared plans are queued as numbered
 * mutations in the same transaction that stores them locally; a sync pushes the queue,
 * then pulls the plans the team changed and rebases: the server's document with this
 * device's still-pending edits applied on top. Nothing is dropped: an edit the server did
 * not apply is kept, with its reason, until its author has seen it.
 */
export class TeamSync {
  private readonly sql: {
    connection: Statement<[], ConnectionRow>;
    sharedPlans: Statement<[], { plan_id: string; server_revision: number }>;
    isShared: Statement<[string], { n: number }>;
    pending: Statement<[], PendingRow>;
    pendingOf: Statement<[string], { id: number; body: string }>;
    counts: Statement<[], { pending: number; refused: number }>;
  };
  private running: Promise<void> | null = null;
  private again = false;
  private problem: string | null = null;
  private offline = false;
  private listening: AbortController | null = null;
  private pushTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly db: Db,
    private readonly plans: PlanService,
    private readonly tokens: TokenStore,
    private readonly now: () => Date = () => new Date(),
    private readonly fetchImpl: typeof fetch = fetch,
    /** Told of each plan the team changed here, for the windows showing it. */
    private readonly onAdopted: (planId: string, revision: number) => void = () => undefined,
  ) {
    this.sql = {
      connection: db.prepare('SELECT * FROM team_connection WHERE id = 1'),
      sharedPlans: db.prepare('SELECT plan_id, server_revision FROM shared_plans'),
      isShared: db.prepare('SELECT count(*) AS n FROM shared_plans WHERE plan_id = ?'),
      pending: db.prepare('SELECT * FROM pending_mutations ORDER BY id LIMIT 500'),
      // A pending undo is not replayed here: its replay needs what the server stored. The
      // push that follows every edit brings the server's answer a moment later.
      pendingOf: db.prepare(
        "SELECT id, body FROM pending_mutations WHERE plan_id = ? AND kind = 'command' ORDER BY id",
      ),
      counts: db.prepare(
        'SELECT (SELECT count(*) FROM pending_mutations) AS pending, (SELECT count(*) FROM refused_mutations WHERE dismissed = 0) AS refused',
      ),
    };
    // Every stored edit of a shared plan, and every undo of one, joins the queue in the
    // transaction that stores it, made on the team's revision this laptop last had.
    plans.attachTeam({
      isShared: (planId) => this.isShared(planId),
      applied: (planId, commands) => {
        const ids = this.enqueue(planId, 'command', this.serverRevision(planId), commands);
        this.soon();
        return ids;
      },
      undone: (planId, mutations, commands) => {
        this.enqueue(planId, 'undo', this.serverRevision(planId), [{ mutations, commands }]);
        this.soon();
      },
    });
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

  status(): TeamStatus {
    const counts = this.sql.counts.get() ?? { pending: 0, refused: 0 };
    const state: SyncState =
      counts.refused > 0
        ? 'refused'
        : this.offline
          ? 'offline'
          : counts.pending > 0
            ? 'pending'
            : 'synced';
    return { connection: this.connection(), state, ...counts, problem: this.problem };
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

  isShared(planId: string): boolean {
    return (this.sql.isShared.get(planId)?.n ?? 0) > 0;
  }

  /** Joins a team with an invite code; the token goes to the host's secret store. */
  async connect(server: string, code: string, deviceName: string): Promise<TeamConnection> {
    const base = server.replace(/\/+$/, '');
    let joined: Awaited<ReturnType<SyncClient['join']>>;
    try {
      joined = await new SyncClient(base, null, this.fetchImpl).join(code, deviceName);
    } catch (error) {
      throw teamRefusal(error, base);
    }
    this.tokens.write(joined.token);
    this.db
      .prepare(
        `INSERT OR REPLACE INTO team_connection
         (id, server, device_id, team_id, team_name, member_id, member_name, role, connected_at)
         VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        base,
        joined.deviceId,
        joined.team.id,
        joined.team.name,
        joined.member.id,
        joined.member.name,
        joined.member.role,
        this.now().toISOString(),
      );
    await this.sync();
    return this.connection() as TeamConnection;
  }

  /** Shares a local plan with the team: its whole document is the first mutation. */
  async share(planId: string): Promise<void> {
    const connection = this.connection();
    if (!connection) {
      throw new DomainError('CONFLICT', 'this computer is not in a team', {
        code: 'teamServer.notConnected',
      });
    }
    if (connection.role === 'viewer') {
      throw new DomainError('CONFLICT', 'a viewer cannot share plans', {
        code: 'teamServer.viewer',
      });
    }
    const doc = this.plans.document(planId);
    this.db.transaction(() => {
      this.db
        .prepare('INSERT OR IGNORE INTO shared_plans (plan_id, server_revision) VALUES (?, 0)')
        .run(planId);
      this.enqueue(planId, 'share', 0, [doc]);
    })();
    await this.sync();
  }

  /**
   * Leaves the team: the token is given up on the server when it can be reached (an owner
   * can revoke it otherwise) and forgotten here. The shared plans stay in the library as
   * this computer's own copies, with every edit in them, including any that had not
   * reached the team yet; from now on they change here only.
   */
  async leave(): Promise<void> {
    const client = this.client();
    this.stop();
    if (client) await client.leave().catch(() => undefined);
    this.tokens.clear();
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
    this.offline = false;
    this.problem = null;
  }

  /**
   * The plan the edit was made on: the team's version this laptop last had (before its
   * own pending edits), else its own copy. The edit is said in the names it had there.
   */
  private localDoc(planId: string): string | null {
    const base = this.db
      .prepare('SELECT server_doc FROM shared_plans WHERE plan_id = ?')
      .get(planId) as { server_doc: string | null } | undefined;
    if (base?.server_doc) return base.server_doc;
    return this.plans.has(planId) ? JSON.stringify(this.plans.document(planId)) : null;
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

  /**
   * A push soon after an edit, once the edit's transaction is over: typing a few fields in a
   * row goes as one push a moment later, and only while the laptop follows its server.
   */
  private soon(): void {
    if (!this.listening || this.pushTimer) return;
    this.pushTimer = setTimeout(() => {
      this.pushTimer = null;
      void this.sync();
    }, PUSH_DELAY_MS);
    this.pushTimer.unref?.();
  }

  /** Pushes the queue, then pulls; one at a time, and once more if asked meanwhile. */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.syncOnce();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Follows the server's notices, pulling on each and whenever the stream comes back. */
  listen(): void {
    this.listening?.abort();
    const controller = new AbortController();
    this.listening = controller;
    void (async () => {
      for (let attempt = 0; !controller.signal.aborted; attempt++) {
        const client = this.client();
        if (!client) return;
        try {
          await this.sync();
          await client.listen(() => void this.sync(), controller.signal);
          attempt = 0;
        } catch {
          // Offline or the server restarting: try again, a little later each time.
        }
        if (controller.signal.aborted) return;
        await new Promise((resolve) => setTimeout(resolve, Math.min(10_000, 250 * 2 ** attempt)));
      }
    })();
  }

  stop(): void {
    this.listening?.abort();
    this.listening = null;
    if (this.pushTimer) clearTimeout(this.pushTimer);
    this.pushTimer = null;
  }

  /** The team server as this device reaches it, and the device's role; null out of a team. */
  channel(): { client: SyncClient; server: string; role: TeamConnection['role'] } | null {
    const connection = this.connection();
    const client = this.client();
    return connection && client
      ? { client, server: connection.server, role: connection.role }
      : null;
  }

  private client(): SyncClient | null {
    const connection = this.connection();
    const token = this.tokens.read();
    return connection && token ? new SyncClient(connection.server, token, this.fetchImpl) : null;
  }

  private serverRevision(planId: string): number {
    const row = this.db
      .prepare('SELECT server_revision FROM shared_plans WHERE plan_id = ?')
      .get(planId) as { server_revision: number } | undefined;
    return row?.server_revision ?? 0;
  }

  /** Queues items as numbered mutations; the numbers they were given. */
  private enqueue(
    planId: string,
    kind: 'share' | 'command' | 'undo',
    baseRevision: number,
    items: readonly unknown[],
  ): number[] {
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

  private async syncOnce(): Promise<void> {
    const client = this.client();
    if (!client) return;
    try {
      await this.push(client);
      await this.pull(client);
      this.offline = false;
      this.problem = null;
    } catch (error) {
      if (error instanceof TeamServerError && error.code === 'OFFLINE') this.offline = true;
      else this.problem = error instanceof Error ? error.message : String(error);
    }
  }

  private async push(client: SyncClient): Promise<void> {
    for (;;) {
      const pending = this.sql.pending.all();
      if (pending.length === 0) return;
      const mutations = pending.map(toMutation);
      const answer = await client.push({ schemaVersion: PLAN_SCHEMA_VERSION, mutations });
      const refusedAt = this.now().toISOString();
      this.db.transaction(() => {
        for (const result of answer.results) {
          if (result.applied || !result.reason) continue;
          this.db
            .prepare(
              'INSERT OR IGNORE INTO refused_mutations (id, plan_id, command, reason, plan_doc, refused_at) VALUES (?, ?, ?, ?, ?, ?)',
            )
            .run(
              result.id,
              result.planId,
              JSON.stringify(refusedBody(pending.find((row) => row.id === result.id))),
              JSON.stringify(result.reason),
              this.localDoc(result.planId),
              refusedAt,
            );
        }
        this.db.prepare('DELETE FROM pending_mutations WHERE id <= ?').run(answer.lastMutation);
        this.db
          .prepare('UPDATE team_connection SET last_acknowledged = ? WHERE id = 1')
          .run(answer.lastMutation);
      })();
      if (pending.length < 500) return;
    }
  }

  private async pull(client: SyncClient): Promise<void> {
    const known = Object.fromEntries(
      this.sql.sharedPlans.all().map((row) => [row.plan_id, row.server_revision]),
    );
    const seen = this.sql.connection.get()?.last_acknowledged ?? 0;
    const answer = await client.pull({ known, sinceMutation: Math.max(0, seen - 500) });
    const refusedAt = this.now().toISOString();
    const adoptedNow: Array<{ planId: string; revision: number }> = [];
    this.db.transaction(() => {
      for (const refused of answer.refused) {
        this.db
          .prepare(
            'INSERT OR IGNORE INTO refused_mutations (id, plan_id, command, reason, plan_doc, refused_at) VALUES (?, ?, ?, ?, ?, ?)',
          )
          .run(
            refused.id,
            refused.planId,
            JSON.stringify(refused.command),
            JSON.stringify(refused.reason),
            this.localDoc(refused.planId),
            refusedAt,
          );
      }
      for (const plan of answer.plans) {
        const server = upgradePlanDoc(plan.doc);
        const rebased = this.rebase(server);
        // Unchanged for this device (its own edits, now acknowledged): nothing is written,
        // so its undo steps stay as they were.
        if (!this.plans.has(plan.id) || !isDeepStrictEqual(this.plans.document(plan.id), rebased)) {
          // The plan row must exist before its shared row refers to it.
          const adopted = this.plans.adoptRemote(rebased);
          adoptedNow.push({ planId: plan.id, revision: adopted.plan.revision });
        }
        this.db
          .prepare(
            `INSERT INTO shared_plans (plan_id, server_revision, server_doc, updated_by, updated_at)
             VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (plan_id) DO UPDATE SET server_revision = excluded.server_revision,
               server_doc = excluded.server_doc, updated_by = excluded.updated_by,
               updated_at = excluded.updated_at`,
          )
          .run(plan.id, plan.revision, JSON.stringify(server), plan.updatedBy, plan.updatedAt);
      }
    })();
    // Told once stored: a window that reads the plan on this notice finds it there.
    for (const { planId, revision } of adoptedNow) this.onAdopted(planId, revision);
  }

  /** The server's document with this device's pending edits on top, each as far as it fits. */
  private rebase(server: PlanDoc): PlanDoc {
    let doc = server;
    for (const row of this.sql.pendingOf.all(server.id)) {
      const command = CommandSchema.safeParse(JSON.parse(row.body));
      if (!command.success) continue;
      try {
        doc = applyCommands(doc, [command.data]).doc;
      } catch {
        // It no longer fits here either; the server will say so, and its author will see it.
      }
    }
    return doc;
  }
}

type PendingKind = 'share' | 'command' | 'undo';

interface PendingRow {
  id: number;
  plan_id: string;
  kind: PendingKind;
  base_revision: number;
  body: string;
}

function toMutation(row: PendingRow): Mutation {
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
function refusedBody(row: PendingRow | undefined): unknown {
  if (!row || row.kind === 'share') return { kind: 'share' };
  const body = JSON.parse(row.body) as unknown;
  return row.kind === 'undo'
    ? { kind: 'undo', commands: (body as { commands: unknown }).commands }
    : body;
}
