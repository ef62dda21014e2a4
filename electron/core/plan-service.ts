import { randomUUID } from 'node:crypto';
import { applyPatches, enablePatches, type Patch } from 'immer';
import type { HistoryEntry, PlanState, PlanSummary } from '../../shared/api/contract';
import { mergeKey, type Command } from '../../shared/domain/commands';
import { DomainError, describeIssues } from '../../shared/domain/errors';
import {
  createPlanDoc,
  PlanDocSchema,
  type Language,
  type PlanDoc,
  type Period,
} from '../../shared/domain/plan-doc';
import { upgradePlanDoc } from '../../shared/domain/plan-upgrade';
import { applyCommands } from '../../shared/domain/reducer';
import { messages } from '../../shared/i18n';
import type { Db } from './db';
import { currentQuarter } from './dates';

enablePatches();

/** Edits with the same merge key closer together than this form one undo step. */
export const MERGE_WINDOW_MS = 1500;

export interface ServiceClock {
  now: () => Date;
  newId: () => string;
}

const systemClock: ServiceClock = { now: () => new Date(), newId: () => randomUUID() };

export interface CreatePlanInput {
  name: string;
  client?: string | undefined;
  language?: Language | undefined;
  currency?: string | undefined;
  period?: Period | undefined;
}

interface PlanRow {
  id: string;
  name: string;
  client: string;
  doc: string;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

interface ChangeRow {
  seq: number;
  commands: string;
  patches: string;
  inverse: string;
  merge_key: string | null;
  created_at: string;
  updated_at: string;
  undone: 0 | 1;
}

/**
 * The plan library: every read and write of plans goes through here, from
 * both shells. Each write is one synchronous transaction: the document, its
 * revision and the change that produced it are stored together or not at all.
 */
export class PlanService {
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly clock: ServiceClock = systemClock,
  ) {
    this.statements = {
      plan: db.prepare<[string], PlanRow>('SELECT * FROM plans WHERE id = ?'),
      insertPlan: db.prepare(
        `INSERT INTO plans (id, name, client, doc, revision, created_at, updated_at)
         VALUES (@id, @name, @client, @doc, 0, @now, @now)`,
      ),
      writePlan: db.prepare(
        `UPDATE plans SET doc = @doc, name = @name, client = @client, revision = revision + 1,
         updated_at = @now WHERE id = @id`,
      ),
      topChange: db.prepare<[string], ChangeRow>(
        'SELECT * FROM plan_changes WHERE plan_id = ? AND undone = 0 ORDER BY seq DESC LIMIT 1',
      ),
      firstUndone: db.prepare<[string], ChangeRow>(
        'SELECT * FROM plan_changes WHERE plan_id = ? AND undone = 1 ORDER BY seq ASC LIMIT 1',
      ),
      dropRedo: db.prepare('DELETE FROM plan_changes WHERE plan_id = ? AND undone = 1'),
      insertChange: db.prepare(
        `INSERT INTO plan_changes (plan_id, seq, commands, patches, inverse, merge_key, created_at, updated_at)
         VALUES (@planId, (SELECT coalesce(max(seq), 0) + 1 FROM plan_changes WHERE plan_id = @planId),
                 @commands, @patches, @inverse, @mergeKey, @now, @now)`,
      ),
      mergeChange: db.prepare(
        `UPDATE plan_changes SET commands = @commands, patches = @patches, inverse = @inverse,
         updated_at = @now WHERE plan_id = @planId AND seq = @seq`,
      ),
      markUndone: db.prepare('UPDATE plan_changes SET undone = ? WHERE plan_id = ? AND seq = ?'),
      stackSizes: db.prepare<[string], { undo: number; redo: number }>(
        `SELECT coalesce(sum(undone = 0), 0) AS undo, coalesce(sum(undone = 1), 0) AS redo
         FROM plan_changes WHERE plan_id = ?`,
      ),
    };
  }

  list(options: { trash?: boolean | undefined } = {}): PlanSummary[] {
    const rows = this.db
      .prepare<[], Omit<PlanRow, 'doc'>>(
        `SELECT id, name, client, revision, created_at, updated_at, deleted_at FROM plans
         WHERE deleted_at IS ${options.trash ? 'NOT NULL' : 'NULL'} ORDER BY updated_at DESC, name`,
      )
      .all();
    return rows.map(toSummary);
  }

  create(input: CreatePlanInput): PlanState {
    const language = input.language ?? 'en';
    const teamNames = messages[language].teams;
    const doc = createPlanDoc({
      id: this.clock.newId(),
      name: input.name,
      client: input.client ?? '',
      language,
      currency: input.currency ?? (language === 'es' ? 'EUR' : 'USD'),
      period: input.period ?? currentQuarter(this.clock.now()),
      teamNames: { marketing: teamNames.marketing, sales: teamNames.sales },
    });
    this.insert(doc);
    return this.get(doc.id);
  }

  get(id: string): PlanState {
    const row = this.row(id);
    const sizes = this.statements.stackSizes.get(id) ?? { undo: 0, redo: 0 };
    return {
      plan: toSummary(row),
      doc: readDoc(row),
      canUndo: sizes.undo > 0,
      canRedo: sizes.redo > 0,
    };
  }

  rename(id: string, name: string): PlanState {
    return this.apply(id, [{ type: 'plan.rename', name }]);
  }

  duplicate(id: string, name?: string): PlanState {
    const source = readDoc(this.row(id));
    const copy: PlanDoc = { ...source, id: this.clock.newId(), name: name ?? source.name };
    this.insert(copy);
    return this.get(copy.id);
  }

  delete(id: string): PlanSummary {
    this.row(id);
    this.db.prepare('UPDATE plans SET deleted_at = ? WHERE id = ?').run(this.timestamp(), id);
    return toSummary(this.row(id));
  }

  restore(id: string): PlanSummary {
    this.row(id);
    this.db.prepare('UPDATE plans SET deleted_at = NULL WHERE id = ?').run(id);
    return toSummary(this.row(id));
  }

  /** Removes a plan for good; only from the trash, so one click never destroys a live plan. */
  purge(id: string): { id: string } {
    const row = this.row(id);
    if (row.deleted_at === null) {
      throw new DomainError('CONFLICT', 'only a plan in the trash can be deleted for good');
    }
    this.db.prepare('DELETE FROM plans WHERE id = ?').run(id);
    return { id };
  }

  apply(id: string, commands: readonly Command[], baseRevision?: number): PlanState {
    this.db.transaction(() => {
      const row = this.editableRow(id);
      if (baseRevision !== undefined && baseRevision !== row.revision) {
        throw new DomainError(
          'CONFLICT',
          `the plan changed elsewhere (revision ${row.revision}, edit made on ${baseRevision}); reload it`,
        );
      }
      const result = applyCommands(readDoc(row), commands);
      const now = this.timestamp();
      const key = commands.length === 1 && commands[0] ? mergeKey(commands[0]) : null;
      const top = this.statements.topChange.get(id);
      const sizes = this.statements.stackSizes.get(id);
      if (top && key !== null && top.merge_key === key && sizes?.redo === 0 && this.isRecent(top)) {
        this.statements.mergeChange.run({
          planId: id,
          seq: top.seq,
          now,
          commands: JSON.stringify([...(JSON.parse(top.commands) as Command[]), ...commands]),
          patches: JSON.stringify([...(JSON.parse(top.patches) as Patch[]), ...result.patches]),
          inverse: JSON.stringify([...result.inverse, ...(JSON.parse(top.inverse) as Patch[])]),
        });
      } else {
        this.statements.dropRedo.run(id);
        this.statements.insertChange.run({
          planId: id,
          now,
          mergeKey: key,
          commands: JSON.stringify(commands),
          patches: JSON.stringify(result.patches),
          inverse: JSON.stringify(result.inverse),
        });
      }
      this.write(result.doc, now);
    })();
    return this.get(id);
  }

  undo(id: string): PlanState {
    this.db.transaction(() => {
      const row = this.editableRow(id);
      const change = this.statements.topChange.get(id);
      if (!change) throw new DomainError('CONFLICT', 'there is nothing to undo');
      this.write(patchDoc(readDoc(row), JSON.parse(change.inverse) as Patch[]), this.timestamp());
      this.statements.markUndone.run(1, id, change.seq);
    })();
    return this.get(id);
  }

  redo(id: string): PlanState {
    this.db.transaction(() => {
      const row = this.editableRow(id);
      const change = this.statements.firstUndone.get(id);
      if (!change) throw new DomainError('CONFLICT', 'there is nothing to redo');
      this.write(patchDoc(readDoc(row), JSON.parse(change.patches) as Patch[]), this.timestamp());
      this.statements.markUndone.run(0, id, change.seq);
    })();
    return this.get(id);
  }

  /** The plan file (.smarketing.json): the whole document with its schema version. */
  exportFile(id: string): { fileName: string; content: string } {
    const doc = readDoc(this.row(id));
    const file = { format: PLAN_FILE_FORMAT, exportedAt: this.timestamp(), plan: doc };
    return {
      fileName: `${safeFileName(doc.name)}.smarketing.json`,
      content: JSON.stringify(file, null, 2),
    };
  }

  history(id: string, limit = 200): HistoryEntry[] {
    this.row(id);
    return this.db
      .prepare<[string, number], ChangeRow>(
        'SELECT * FROM plan_changes WHERE plan_id = ? ORDER BY seq DESC LIMIT ?',
      )
      .all(id, limit)
      .map((change) => ({
        seq: change.seq,
        commandTypes: [...new Set((JSON.parse(change.commands) as Command[]).map((c) => c.type))],
        createdAt: change.created_at,
        undone: change.undone === 1,
      }));
  }

  private insert(doc: PlanDoc): void {
    this.statements.insertPlan.run({
      id: doc.id,
      name: doc.name,
      client: doc.client,
      doc: JSON.stringify(doc),
      now: this.timestamp(),
    });
  }

  private write(doc: PlanDoc, now: string): void {
    this.statements.writePlan.run({
      id: doc.id,
      name: doc.name,
      client: doc.client,
      doc: JSON.stringify(doc),
      now,
    });
  }

  private row(id: string): PlanRow {
    const row = this.statements.plan.get(id);
    if (!row) throw new DomainError('NOT_FOUND', `plan ${id} does not exist`);
    return row;
  }

  private editableRow(id: string): PlanRow {
    const row = this.row(id);
    if (row.deleted_at !== null) {
      throw new DomainError('CONFLICT', 'the plan is in the trash: restore it to edit it');
    }
    return row;
  }

  private isRecent(change: ChangeRow): boolean {
    return this.clock.now().getTime() - Date.parse(change.updated_at) < MERGE_WINDOW_MS;
  }

  private timestamp(): string {
    return this.clock.now().toISOString();
  }
}

export const PLAN_FILE_FORMAT = 'smarketing-plan';

/** Keeps letters of any language, drops what a file system would refuse. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are refused by file systems
  const cleaned = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.slice(0, 80) || 'plan';
}

function toSummary(row: Omit<PlanRow, 'doc'>): PlanSummary {
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

function readDoc(row: PlanRow): PlanDoc {
  return upgradePlanDoc(JSON.parse(row.doc));
}

/** Undo and redo replay stored patches; the result is checked like any other write. */
function patchDoc(doc: PlanDoc, patches: Patch[]): PlanDoc {
  const next = applyPatches(doc, patches);
  const checked = PlanDocSchema.safeParse(next);
  if (!checked.success) {
    throw new DomainError(
      'CONFLICT',
      `stored change no longer applies: ${describeIssues(checked.error.issues)}`,
    );
  }
  return checked.data;
}
