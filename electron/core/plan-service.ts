import { randomUUID } from 'node:crypto';
import { applyPatches, enablePatches, type Patch } from 'immer';
import type { HistoryEntry, PlanState, PlanSummary } from '../../shared/api/contract';
import { MERGE_WINDOW_MS, mergeKey, type Command } from '../../shared/domain/commands';
import { compactReplacePatches } from '../../shared/domain/compact-patches';
import { DomainError, describeIssues, missing } from '../../shared/domain/errors';
import {
  createPlanDoc,
  PlanDocSchema,
  type Language,
  type PlanDoc,
  type Period,
} from '../../shared/domain/plan-doc';
import type { FunnelTemplateId } from '../../shared/domain/funnel';
import { buildFunnelTemplate } from '../../shared/domain/funnel-templates';
import { upgradePlanDoc } from '../../shared/domain/plan-upgrade';
import { applyCommands } from '../../shared/domain/reducer';
import { messages } from '../../shared/i18n';
import { currentQuarter } from './dates';
import type { Db } from './db';
import { buildPlanFile } from './plan-file';
import { unusedName } from './plan-names';
import { readPlanFile } from './plan-import';
import { WindowSteps } from './window-steps';
import {
  preparePlanStatements,
  toSummary,
  type ChangeRow,
  type PlanMetaRow,
  type PlanStatements,
} from './plan-rows';

enablePatches();

export { MERGE_WINDOW_MS } from '../../shared/domain/commands';

/** Documents kept parsed in memory; a workshop has one or two plans open at a time. */
const DOC_CACHE_SIZE = 8;

/** The origin of the changes a device takes from the team server. */
export const TEAM_ORIGIN = 'team';

export type AppliedObserver = (
  planId: string,
  commands: readonly Command[],
  baseRevision: number,
) => void;

export interface ServiceClock {
  now: () => Date;
  newId: () => string;
}

export const systemClock: ServiceClock = { now: () => new Date(), newId: () => randomUUID() };

export interface CreatePlanInput {
  name: string;
  template?: FunnelTemplateId | undefined;
  client?: string | undefined;
  language?: Language | undefined;
  currency?: string | undefined;
  period?: Period | undefined;
}

/**
 * The plan library: every read and write of plans goes through here, from
 * both shells. Each write is one synchronous transaction: the document, its
 * revision and the change that produced it are stored together or not at all.
 */
export class PlanService {
  private readonly statements: PlanStatements;
  /** Which window each stored step belongs to: undo and redo act on a window's own. */
  private readonly windows = new WindowSteps();
  /**
   * The last document read or written per plan, by revision. Every write bumps
   * the revision, so a hit is exactly what is on disk, even if another process
   * shares the library; it spares an edit re-parsing and re-checking the plan.
   */
  private readonly docs = new Map<string, { revision: number; doc: PlanDoc }>();
  /** Told of every applied edit inside its transaction: the team sync queues shared plans' edits. */
  private appliedObserver: AppliedObserver | null = null;
  /** Whether a plan is shared with a team: its undo would not reach the team (yet). */
  private isShared: (planId: string) => boolean = () => false;

  constructor(
    private readonly db: Db,
    private readonly clock: ServiceClock = systemClock,
  ) {
    this.statements = preparePlanStatements(db);
  }

  list(options: { trash?: boolean | undefined } = {}): PlanSummary[] {
    const rows = options.trash ? this.statements.listTrash.all() : this.statements.listActive.all();
    return rows.map(toSummary);
  }

  create(input: CreatePlanInput): PlanState {
    const language = input.language ?? 'en';
    const teamNames = messages[language].teams;
    const id = this.clock.newId();
    const doc = createPlanDoc({
      id,
      name: input.name,
      client: input.client ?? '',
      language,
      currency: input.currency ?? (language === 'es' ? 'EUR' : 'USD'),
      period: input.period ?? currentQuarter(this.clock.now()),
      teamNames: { marketing: teamNames.marketing, sales: teamNames.sales },
      funnel: buildFunnelTemplate(input.template ?? 'blank', language, 'stage'),
    });
    this.insert(doc);
    return this.get(doc.id);
  }

  /** The plan; with `origin`, whether that window has edits to undo or redo. */
  get(id: string, origin?: string): PlanState {
    this.windows.seen(origin);
    const meta = this.meta(id);
    return { plan: toSummary(meta), doc: this.readDoc(id), ...this.stacks(id, origin) };
  }

  rename(id: string, name: string): PlanState {
    return this.apply(id, [{ type: 'plan.rename', name }]);
  }

  duplicate(id: string, name?: string): PlanState {
    const source = this.readDoc(id);
    return this.createFrom(source, name ?? source.name);
  }

  delete(id: string): PlanSummary {
    this.meta(id);
    this.statements.setDeletedAt.run(this.timestamp(), id);
    return toSummary(this.meta(id));
  }

  restore(id: string): PlanSummary {
    this.meta(id);
    this.statements.setDeletedAt.run(null, id);
    return toSummary(this.meta(id));
  }

  /** Removes a plan for good; only from the trash, so one click never destroys a live plan. */
  purge(id: string): { id: string } {
    if (this.meta(id).deleted_at === null) {
      throw new DomainError('CONFLICT', 'only a plan in the trash can be deleted for good', {
        code: 'plan.notInTrash',
      });
    }
    this.statements.deletePlan.run(id);
    this.docs.delete(id);
    return { id };
  }

  /**
   * Applies an edit to the plan as it is now. An edit made on an older revision (another
   * window saved first) is applied to the current document all the same: commands carry
   * intent ("rename stage s1"), not positions, so it lands where it was meant to, and it is
   * refused, with the reducer's reason, only where it no longer fits (the stage is gone).
   */
  apply(
    id: string,
    commands: readonly Command[],
    baseRevision?: number,
    origin?: string,
  ): PlanState {
    this.windows.seen(origin);
    return this.db.transaction((): PlanState => {
      const meta = this.editableMeta(id);
      const result = applyCommands(this.readDoc(id, meta.revision), commands);
      const now = this.timestamp();
      const key = commands.length === 1 && commands[0] ? mergeKey(commands[0]) : null;
      // The newest change tells both whether there is a redo stack (it is undone)
      // and, if not, whether this edit continues it (same merge key, moments ago). An edit
      // made without seeing the newest change is someone else's, never merged into it.
      const newest = this.statements.newestChange.get(id);
      const hasRedo = newest?.undone === 1;
      const sawNewest = baseRevision === undefined || baseRevision === meta.revision;
      if (
        newest &&
        !hasRedo &&
        sawNewest &&
        newest.origin === (origin ?? null) &&
        key !== null &&
        newest.merge_key === key &&
        this.isRecent(newest)
      ) {
        this.mergeInto(id, newest, commands, result.patches, result.inverse, now);
      } else {
        if (hasRedo) this.statements.dropRedo.run({ planId: id });
        this.statements.insertChange.run({
          planId: id,
          now,
          mergeKey: key,
          origin: origin ?? null,
          commands: JSON.stringify(commands),
          patches: JSON.stringify(result.patches),
          inverse: JSON.stringify(result.inverse),
        });
      }
      const revision = this.write(result.doc, meta.revision, now);
      this.appliedObserver?.(id, commands, meta.revision);
      // The new state is known here: no second read of what was just written.
      return {
        plan: {
          ...toSummary(meta),
          name: result.doc.name,
          client: result.doc.client,
          revision,
          updatedAt: now,
        },
        doc: result.doc,
        canUndo: true,
        canRedo: false,
      };
    })();
  }

  /**
   * Undoes the newest step, and, with `origin`, only when it is that window's own: undoing
   * one window's older step under another's newer one would replay patches made for a
   * document that has moved on (they address lists by position), so that is refused with
   * a reason the window can show instead of writing something nobody did.
   */

  undo(id: string, origin?: string): PlanState {
    this.windows.seen(origin);
    this.refuseIfShared(id);
    this.db.transaction(() => {
      const meta = this.editableMeta(id);
      const change = this.statements.topChange.get(id);
      if (!change) {
        throw new DomainError('CONFLICT', 'there is nothing to undo', { code: 'undo.nothing' });
      }
      // The team's changes are never undone here: undoing them would replay patches over
      // a document others have moved on, and they are not this person's to take back.
      if (change.origin === TEAM_ORIGIN) {
        throw new DomainError('CONFLICT', 'someone in the team changed the plan after this edit', {
          code: 'undo.changedSince',
        });
      }
      if (origin !== undefined && !this.windows.ownedBy(change.origin, origin)) {
        throw this.hasLiveOf(id, origin)
          ? new DomainError('CONFLICT', 'someone else changed the plan after this edit', {
              code: 'undo.changedSince',
            })
          : new DomainError('CONFLICT', 'this window has nothing to undo', {
              code: 'undo.nothingOfYours',
            });
      }
      const doc = patchDoc(this.readDoc(id, meta.revision), JSON.parse(change.inverse) as Patch[]);
      this.write(doc, meta.revision, this.timestamp());
      this.statements.markUndone.run(1, id, change.seq);
    })();
    return this.get(id, origin);
  }

  redo(id: string, origin?: string): PlanState {
    this.windows.seen(origin);
    this.refuseIfShared(id);
    this.db.transaction(() => {
      const meta = this.editableMeta(id);
      const change = this.statements.firstUndone.get({ planId: id });
      if (!change) {
        throw new DomainError('CONFLICT', 'there is nothing to redo', { code: 'redo.nothing' });
      }
      if (origin !== undefined && !this.windows.ownedBy(change.origin, origin)) {
        throw new DomainError('CONFLICT', 'the next step to redo is another window’s', {
          code: 'redo.notYours',
        });
      }
      const doc = patchDoc(this.readDoc(id, meta.revision), JSON.parse(change.patches) as Patch[]);
      this.write(doc, meta.revision, this.timestamp());
      this.statements.markUndone.run(0, id, change.seq);
    })();
    return this.get(id, origin);
  }

  /** Registers the one observer of applied edits (the team sync), or removes it with null. */
  observeApplied(observer: AppliedObserver | null, isShared?: (planId: string) => boolean): void {
    this.appliedObserver = observer;
    if (isShared) this.isShared = isShared;
  }

  /**
   * Undo and redo replay stored patches on this laptop only: in a shared plan they would
   * leave the team's copy behind, and the next pull would silently take the step back.
   * Until undo travels to the team server, a shared plan is changed back by hand.
   */
  private refuseIfShared(id: string): void {
    if (this.isShared(id)) {
      throw new DomainError('CONFLICT', 'undo is not available in a shared plan yet', {
        code: 'undo.shared',
      });
    }
  }

  /**
   * Stores a shared plan as the team has it (the server's document with this device's
   * pending edits on top): a new plan with the team's id, or a new revision of the local
   * one. It is recorded as the team's step, which undo does not cross, and it ends any
   * redo (those steps were made for a document the team has moved on from).
   */
  adoptRemote(doc: PlanDoc): PlanState {
    return this.db.transaction((): PlanState => {
      const existing = this.statements.meta.get(doc.id);
      if (!existing) {
        this.insert(doc);
        return this.get(doc.id);
      }
      const now = this.timestamp();
      this.statements.dropRedo.run({ planId: doc.id });
      this.statements.insertChange.run({
        planId: doc.id,
        now,
        mergeKey: null,
        origin: TEAM_ORIGIN,
        commands: '[]',
        patches: '[]',
        inverse: '[]',
      });
      this.write(doc, existing.revision, now);
      return this.get(doc.id);
    })();
  }

  /** Whether the library holds a plan of this id (in the trash or not). */
  has(id: string): boolean {
    return this.statements.meta.get(id) !== undefined;
  }

  /** The stored document of a plan, as it is now. */
  document(id: string): PlanDoc {
    return this.readDoc(id, this.meta(id).revision);
  }

  /**
   * Creates a new plan from a plan file (.smarketing.json); never overwrites one. The
   * file is checked whole (readPlanFile) before anything is written, and the plan gets a
   * new id. A name already in the library gets a number, "Q1 plan (2)", so two imports of
   * one file are two plans that can be told apart in the list.
   */
  importFile(content: string): PlanState {
    const doc = readPlanFile(content);
    const taken = [...this.list(), ...this.list({ trash: true })].map((plan) => plan.name);
    return this.createFrom(doc, unusedName(doc.name, taken));
  }

  /** A new plan holding a copy of `doc` under a new id (an imported file, a snapshot). */
  createFrom(doc: PlanDoc, name = doc.name): PlanState {
    const copy: PlanDoc = { ...doc, id: this.clock.newId(), name };
    this.insert(copy);
    return this.get(copy.id);
  }

  exportFile(id: string): { fileName: string; content: string } {
    return buildPlanFile(this.readDoc(id), this.timestamp());
  }

  history(id: string, limit = 200): HistoryEntry[] {
    this.meta(id);
    return this.statements.history.all(id, limit).map((change) => ({
      seq: change.seq,
      commandTypes: [...new Set((JSON.parse(change.commands) as Command[]).map((c) => c.type))],
      createdAt: change.created_at,
      undone: change.undone === 1,
    }));
  }

  /** Folds an edit into the previous step: one undo brings back the state before both. */
  private mergeInto(
    id: string,
    top: ChangeRow,
    commands: readonly Command[],
    patches: Patch[],
    inverse: Patch[],
    now: string,
  ): void {
    const allPatches = [...(JSON.parse(top.patches) as Patch[]), ...patches];
    const allInverse = [...inverse, ...(JSON.parse(top.inverse) as Patch[])];
    this.statements.mergeChange.run({
      planId: id,
      seq: top.seq,
      now,
      // Same merge key, same command type: the last command stands for the step.
      commands: JSON.stringify(commands),
      patches: JSON.stringify(compactReplacePatches(allPatches)),
      inverse: JSON.stringify(compactReplacePatches(allInverse)),
    });
  }

  private insert(doc: PlanDoc): void {
    this.statements.insertPlan.run({
      id: doc.id,
      name: doc.name,
      client: doc.client,
      doc: JSON.stringify(doc),
      now: this.timestamp(),
    });
    this.remember(doc.id, 0, doc);
  }

  /** After the library's contents were replaced (a restore), nothing remembered still holds. */
  forgetCachedDocs(): void {
    this.docs.clear();
  }

  /** Writes the document at the next revision and returns that revision. */
  private write(doc: PlanDoc, previousRevision: number, now: string): number {
    this.statements.writePlan.run({
      id: doc.id,
      name: doc.name,
      client: doc.client,
      doc: JSON.stringify(doc),
      now,
    });
    this.remember(doc.id, previousRevision + 1, doc);
    return previousRevision + 1;
  }

  /** The document at `revision` (the current one if not given), from memory when it is there. */
  private readDoc(id: string, revision?: number): PlanDoc {
    const cached = this.docs.get(id);
    if (cached && revision !== undefined && cached.revision === revision) return cached.doc;
    const row = this.statements.doc.get(id);
    if (!row) throw missing('plan', id);
    if (cached && cached.revision === row.revision) return cached.doc;
    const stored = JSON.parse(row.doc) as { schemaVersion?: unknown };
    const doc = upgradePlanDoc(stored);
    if (stored.schemaVersion !== doc.schemaVersion) this.settleUpgrade(id, doc);
    this.remember(id, row.revision, doc);
    return doc;
  }

  /**
   * A plan saved by an older build is stored upgraded the first time it is
   * read. Its undo history was recorded as patches against the old shape and
   * cannot be replayed on the new one, so it starts again from here: the plan
   * itself is kept whole, only the steps back to before the upgrade are gone.
   */
  private settleUpgrade(id: string, doc: PlanDoc): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE plans SET doc = ? WHERE id = ?').run(JSON.stringify(doc), id);
      this.db.prepare('DELETE FROM plan_changes WHERE plan_id = ?').run(id);
    })();
  }

  private remember(id: string, revision: number, doc: PlanDoc): void {
    this.docs.delete(id);
    this.docs.set(id, { revision, doc });
    if (this.docs.size > DOC_CACHE_SIZE) {
      const oldest = this.docs.keys().next().value;
      if (oldest !== undefined) this.docs.delete(oldest);
    }
  }

  private meta(id: string): PlanMetaRow {
    const row = this.statements.meta.get(id);
    if (!row) throw missing('plan', id);
    return row;
  }

  private editableMeta(id: string): PlanMetaRow {
    const row = this.meta(id);
    if (row.deleted_at !== null) {
      throw new DomainError('CONFLICT', 'the plan is in the trash: restore it to edit it', {
        code: 'plan.inTrash',
      });
    }
    return row;
  }

  private stacks(id: string, origin?: string): { canUndo: boolean; canRedo: boolean } {
    const row = this.statements.stacks.get({ planId: id });
    if (origin === undefined) return { canUndo: row?.canUndo === 1, canRedo: row?.canRedo === 1 };
    // A window can undo while it has a step of its own in the history (refused with the
    // reason if another window's came after it), and redo when the next step is its own.
    const next = this.statements.firstUndone.get({ planId: id });
    return {
      canUndo: this.hasLiveOf(id, origin),
      canRedo: next !== undefined && this.windows.ownedBy(next.origin, origin),
    };
  }

  private hasLiveOf(id: string, origin: string): boolean {
    return this.statements.liveOrigins
      .all({ planId: id })
      .some((row) => this.windows.ownedBy(row.origin, origin));
  }

  private isRecent(change: ChangeRow): boolean {
    return this.clock.now().getTime() - Date.parse(change.updated_at) < MERGE_WINDOW_MS;
  }

  private timestamp(): string {
    return this.clock.now().toISOString();
  }
}

/** Undo and redo replay stored patches; the result is checked like any other write. */
function patchDoc(doc: PlanDoc, patches: Patch[]): PlanDoc {
  const next = applyPatches(doc, patches);
  const checked = PlanDocSchema.safeParse(next);
  if (!checked.success) {
    throw new DomainError(
      'CONFLICT',
      `stored change no longer applies: ${describeIssues(checked.error.issues)}`,
      { code: 'undo.noLongerApplies' },
    );
  }
  return next;
}
