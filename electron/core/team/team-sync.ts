import { isDeepStrictEqual } from 'node:util';
import { CommandSchema } from '../../../shared/domain/commands';
import { DomainError } from '../../../shared/domain/errors';
import { PLAN_SCHEMA_VERSION, type PlanDoc } from '../../../shared/domain/plan-doc';
import { upgradePlanDoc } from '../../../shared/domain/plan-upgrade';
import { applyCommands } from '../../../shared/domain/reducer';
import type { Db } from '../db';
import type { PlanService } from '../plan-service';
import { SyncClient, TeamServerError, teamRefusal } from './sync-client';
import { PUSH_BATCH, refusedBody, TeamStore, toMutation } from './team-store';
import type { RefusedEdit, SyncState, TeamConnection, TeamStatus } from './team-types';
import type { TokenStore } from './token-store';

/** How long after an edit its push waits, to take the edits typed meanwhile along. */
const PUSH_DELAY_MS = 150;

/**
 * A device's side of the team server. Edits of shared plans are queued as numbered
 * mutations in the same transaction that stores them locally; a sync pushes the queue,
 * then pulls the plans the team changed and rebases: the server's document with this
 * device's still-pending edits applied on top. Nothing is dropped: an edit the server did
 * not apply is kept, with its reason, until its author has seen it.
 */
export class TeamSync {
  /** What this laptop keeps of the team: connection, shared plans, queue, refusals. */
  private readonly store: TeamStore;
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
    this.store = new TeamStore(db, plans);
    // Every stored edit of a shared plan, and every undo of one, joins the queue in the
    // transaction that stores it, made on the team's revision this laptop last had.
    plans.attachTeam({
      isShared: (planId) => this.isShared(planId),
      applied: (planId, commands) => {
        const ids = this.store.enqueue(
          planId,
          'command',
          this.store.serverRevision(planId),
          commands,
        );
        this.soon();
        return ids;
      },
      undone: (planId, mutations, commands) => {
        this.store.enqueue(planId, 'undo', this.store.serverRevision(planId), [
          { mutations, commands },
        ]);
        this.soon();
      },
    });
  }

  connection(): TeamConnection | null {
    return this.store.connection();
  }

  status(): TeamStatus {
    const counts = this.store.counts();
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
    return this.store.sharedPlans();
  }

  isShared(planId: string): boolean {
    return this.store.isShared(planId);
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
    this.store.saveConnection(
      {
        server: base,
        deviceId: joined.deviceId,
        teamId: joined.team.id,
        teamName: joined.team.name,
        memberId: joined.member.id,
        memberName: joined.member.name,
        role: joined.member.role,
      },
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
    this.store.share(planId, this.plans.document(planId));
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
    this.store.clear();
    this.offline = false;
    this.problem = null;
  }

  refusedEdits(): RefusedEdit[] {
    return this.store.refusedEdits();
  }

  dismissRefused(id: number): void {
    this.store.dismissRefused(id);
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
      const pending = this.store.pending();
      if (pending.length === 0) return;
      const mutations = pending.map(toMutation);
      const answer = await client.push({ schemaVersion: PLAN_SCHEMA_VERSION, mutations });
      const refusedAt = this.now().toISOString();
      this.db.transaction(() => {
        for (const result of answer.results) {
          if (result.applied || !result.reason) continue;
          const row = pending.find((candidate) => candidate.id === result.id);
          this.store.recordRefused(
            {
              id: result.id,
              planId: result.planId,
              command: refusedBody(row),
              reason: result.reason,
            },
            refusedAt,
          );
        }
        this.store.acknowledge(answer.lastMutation);
      })();
      if (pending.length < PUSH_BATCH) return;
    }
  }

  private async pull(client: SyncClient): Promise<void> {
    const known = this.store.knownRevisions();
    const seen = this.store.lastAcknowledged();
    const answer = await client.pull({ known, sinceMutation: Math.max(0, seen - PUSH_BATCH) });
    const refusedAt = this.now().toISOString();
    const adoptedNow: Array<{ planId: string; revision: number }> = [];
    this.db.transaction(() => {
      for (const refused of answer.refused) this.store.recordRefused(refused, refusedAt);
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
        this.store.saveServerPlan({ ...plan, doc: server });
      }
    })();
    // Told once stored: a window that reads the plan on this notice finds it there.
    for (const { planId, revision } of adoptedNow) this.onAdopted(planId, revision);
  }

  /** The server's document with this device's pending edits on top, each as far as it fits. */
  private rebase(server: PlanDoc): PlanDoc {
    let doc = server;
    for (const body of this.store.pendingCommandsOf(server.id)) {
      const command = CommandSchema.safeParse(JSON.parse(body));
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
