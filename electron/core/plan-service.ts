import { randomUUID } from 'node:crypto';
import type { Patch } from 'immer';
import type { HistoryEntry, PlanState, PlanSummary } from '../../shared/api/contract';
import type { Command } from '../../shared/domain/commands';
import { DomainError, missing } from '../../shared/domain/errors';
import {
  createPlanDoc,
  type Language,
  type PlanDoc,
  type Period,
} from '../../shared/domain/plan-doc';
import type { FunnelTemplateId } from '../../shared/domain/funnel';
import { buildFunnelTemplate } from '../../shared/domain/funnel-templates';
import { applyCommands } from '../../shared/domain/reducer';
import { startedFrom } from '../../shared/templates/start-from';
import type { TemplateParts } from '../../shared/templates/template';
import { applyStoredPatches, touchedPaths } from '../../shared/domain/undo-steps';
import { messages } from '../../shared/i18n';
import { currentQuarter } from './dates';
import type { Db } from './db';
import { buildPlanFile } from './plan-file';
import { unusedName } from './plan-names';
import { readPlanFileWhole } from './plan-import';
import { imagesOfPlan, keepImagesOfPlan } from './image-store';
import { UndoChoice, type SharedPlanQueue } from './undo-choice';
import { WindowSteps } from './window-steps';
import { ChangeLog } from './change-log';
import { PlanDocuments } from './plan-documents';
import {
  preparePlanStatements,
  toSummary,
  type PlanMetaRow,
  type PlanStatements,
} from './plan-rows';

export { MERGE_WINDOW_MS } from '../../shared/domain/commands';
export { TEAM_ORIGIN, type SharedPlanQueue } from './undo-choice';

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
  /** Own templates' parts the plan starts with, and the templates' names. */
  fromTemplates?: { parts: TemplateParts; names: string[] } | undefined;
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
  /** The plans' documents as stored, the last few remembered. */
  private readonly documents: PlanDocuments;
  /** Which step an undo takes back, and where it goes on the redo stack. */
  private readonly undoChoice: UndoChoice;
  /** Every stored step with its patches both ways; an edit continuing the newest joins it. */
  private readonly changeLog: ChangeLog;
  /** apply's transaction, made once: better-sqlite3 builds a wrapper per call otherwise. */
  private readonly applyInTransaction: PlanService['applyNow'];
  /** The team a shared plan's edits, undos and redos go out to (the team sync), if any. */
  private team: SharedPlanQueue | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: ServiceClock = systemClock,
  ) {
    this.statements = preparePlanStatements(db);
    this.documents = new PlanDocuments(db, this.statements);
    this.undoChoice = new UndoChoice(db, this.windows);
    this.changeLog = new ChangeLog(this.statements, clock);
    this.applyInTransaction = db.transaction(this.applyNow.bind(this));
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
    this.documents.insert(startedFrom(doc, input.fromTemplates), this.timestamp());
    return this.get(doc.id);
  }

  /** The plan; with `origin`, whether that window has edits to undo or redo. */
  get(id: string, origin?: string): PlanState {
    this.windows.seen(origin);
    const meta = this.meta(id);
    return { plan: toSummary(meta), doc: this.documents.read(id), ...this.stacks(id, origin) };
  }

  rename(id: string, name: string): PlanState {
    return this.apply(id, [{ type: 'plan.rename', name }]);
  }

  duplicate(id: string, name?: string): PlanState {
    const source = this.documents.read(id);
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
    this.documents.forget(id);
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
    return this.applyInTransaction(id, commands, baseRevision, origin);
  }

  /** The edit itself, inside apply's transaction. */
  private applyNow(
    id: string,
    commands: readonly Command[],
    baseRevision: number | undefined,
    origin: string | undefined,
  ): PlanState {
    const meta = this.editableMeta(id);
    const before = this.documents.read(id, meta.revision);
    const result = applyCommands(before, commands);
    const now = this.timestamp();
    const touched = touchedPaths(before, result.doc);
    // A shared plan's edit joins the team's queue in the transaction that stores it.
    const mutations = this.team?.isShared(id) ? this.team.applied(id, commands) : [];
    this.changeLog.record({
      planId: id,
      commands,
      patches: result.patches,
      inverse: result.inverse,
      touched,
      mutations,
      origin,
      sawNewest: baseRevision === undefined || baseRevision === meta.revision,
      now,
    });
    const revision = this.documents.write(result.doc, meta.revision, now);
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
  }

  /**
   * Takes back the window's newest step (any window's, without `origin`), also from under
   * later steps of others that touched other things (UndoChoice). In a shared plan the
   * undo goes out to the team too, where the same rule is checked against the team's order.
   */
  undo(id: string, origin?: string): PlanState {
    this.windows.seen(origin);
    this.db.transaction(() => {
      const meta = this.editableMeta(id);
      const picked = this.undoChoice.pick(id, origin);
      const change = this.statements.change.get(id, picked);
      if (!change) throw missing('plan', id);
      const shared = this.team?.isShared(id) ?? false;
      const mutations = JSON.parse(change.mutations) as number[];
      // A step from before the plan was shared is in the document the team started from.
      if (shared && mutations.length === 0) {
        throw new DomainError('CONFLICT', 'this step was made before the plan was shared', {
          code: 'undo.beforeShared',
        });
      }
      const doc = applyStoredPatches(
        this.documents.read(id, meta.revision),
        JSON.parse(change.inverse) as Patch[],
      );
      this.documents.write(doc, meta.revision, this.timestamp());
      const seq = this.undoChoice.liftAboveLive(id, picked);
      this.statements.markUndone.run(1, id, seq);
      if (shared) this.team?.undone(id, mutations, JSON.parse(change.commands) as Command[]);
    })();
    return this.get(id, origin);
  }

  /** Redoes the next undone step; in a shared plan its commands go out to the team again. */
  redo(id: string, origin?: string): PlanState {
    this.windows.seen(origin);
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
      const doc = applyStoredPatches(
        this.documents.read(id, meta.revision),
        JSON.parse(change.patches) as Patch[],
      );
      this.documents.write(doc, meta.revision, this.timestamp());
      this.statements.markUndone.run(0, id, change.seq);
      if (this.team?.isShared(id)) {
        // The team applies the step's commands anew: intent, not positions, goes out.
        const mutations = this.team.applied(id, JSON.parse(change.commands) as Command[]);
        this.statements.setMutations.run(JSON.stringify(mutations), id, change.seq);
      }
    })();
    return this.get(id, origin);
  }

  /** Links shared plans to their team (the team sync), or unlinks them with null. */
  attachTeam(team: SharedPlanQueue | null): void {
    this.team = team;
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
        this.documents.insert(doc, this.timestamp());
        return this.get(doc.id);
      }
      const now = this.timestamp();
      const touched = touchedPaths(this.documents.read(doc.id, existing.revision), doc);
      this.changeLog.recordTeamStep(doc.id, touched, now);
      this.documents.write(doc, existing.revision, now);
      return this.get(doc.id);
    })();
  }

  /** Whether the library holds a plan of this id (in the trash or not). */
  has(id: string): boolean {
    return this.statements.meta.get(id) !== undefined;
  }

  /** The stored document of a plan, as it is now. */
  document(id: string): PlanDoc {
    return this.documents.read(id, this.meta(id).revision);
  }

  /**
   * Creates a new plan from a plan file (.smarketing.json); never overwrites one. The
   * file is checked whole (readPlanFile) before anything is written, and the plan gets a
   * new id. A name already in the library gets a number, "Q1 plan (2)", so two imports of
   * one file are two plans that can be told apart in the list.
   */
  importFile(content: string): PlanState {
    const { doc, images } = readPlanFileWhole(content);
    const taken = [...this.list(), ...this.list({ trash: true })].map((plan) => plan.name);
    return this.db.transaction(() => {
      const kept = keepImagesOfPlan(this.db, doc, images, this.clock.now());
      return this.createFrom(kept, unusedName(doc.name, taken));
    })();
  }

  /** A new plan holding a copy of `doc` under a new id (an imported file, a snapshot). */
  createFrom(doc: PlanDoc, name = doc.name): PlanState {
    const copy: PlanDoc = { ...doc, id: this.clock.newId(), name };
    this.documents.insert(copy, this.timestamp());
    return this.get(copy.id);
  }

  exportFile(id: string): { fileName: string; content: string } {
    const doc = this.documents.read(id);
    return buildPlanFile(doc, this.timestamp(), imagesOfPlan(this.db, doc));
  }

  history(id: string, limit = 200): HistoryEntry[] {
    this.meta(id);
    return this.changeLog.history(id, limit);
  }

  /** After the library's contents were replaced (a restore), nothing remembered still holds. */
  forgetCachedDocs(): void {
    this.documents.forgetAll();
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

  private timestamp(): string {
    return this.clock.now().toISOString();
  }
}
