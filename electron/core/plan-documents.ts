import { missing } from '../../shared/domain/errors';
import { PLAN_SCHEMA_VERSION, type PlanDoc } from '../../shared/domain/plan-doc';
import { upgradePlanDoc } from '../../shared/domain/plan-upgrade';
import type { Db } from './db';
import { docJson } from './doc-json';
import type { PlanStatements } from './plan-rows';

/** Documents kept parsed in memory; a workshop has one or two plans open at a time. */
const REMEMBERED = 8;

/**
 * The plans' documents as the library stores them: read (upgraded once when an older build
 * wrote them), written at the next revision, and the last few remembered by revision. Every
 * write bumps the revision, so a document remembered at the revision on disk is exactly what
 * is there, even when another process shares the library; it spares an edit re-parsing the
 * plan. The plan service runs these inside its own transactions.
 */
export class PlanDocuments {
  private readonly remembered = new Map<string, { revision: number; doc: PlanDoc }>();

  constructor(
    private readonly db: Db,
    private readonly statements: PlanStatements,
  ) {}

  /** A new plan, at revision 0. */
  insert(doc: PlanDoc, now: string): void {
    this.statements.insertPlan.run({
      id: doc.id,
      name: doc.name,
      client: doc.client,
      doc: docJson(doc),
      now,
    });
    this.remember(doc.id, 0, doc);
  }

  /** Writes the document at the next revision and returns that revision. */
  write(doc: PlanDoc, previousRevision: number, now: string): number {
    this.statements.writePlan.run({
      id: doc.id,
      name: doc.name,
      client: doc.client,
      doc: docJson(doc),
      now,
    });
    this.remember(doc.id, previousRevision + 1, doc);
    return previousRevision + 1;
  }

  /** The document at `revision` (the current one if not given), from memory when it is there. */
  read(id: string, revision?: number): PlanDoc {
    const cached = this.remembered.get(id);
    if (cached && revision !== undefined && cached.revision === revision) return cached.doc;
    const row = this.statements.doc.get(id);
    if (!row) throw missing('plan', id);
    if (cached && cached.revision === row.revision) return cached.doc;
    const stored = JSON.parse(row.doc) as { schemaVersion?: unknown; id?: unknown };
    // A document of this build's schema is one a write stored after checking it (every
    // write goes through the reducer's check), and the library was checked whole, every
    // document parsed, when this process opened it (openLibrary). Parsing it again at each
    // read took most of the time of opening a large plan. Older documents are upgraded and
    // checked here, and stored upgraded.
    if (stored.schemaVersion === PLAN_SCHEMA_VERSION && stored.id === id) {
      const doc = stored as PlanDoc;
      this.remember(id, row.revision, doc);
      return doc;
    }
    const doc = upgradePlanDoc(stored);
    if (stored.schemaVersion !== doc.schemaVersion) this.settleUpgrade(id, doc);
    this.remember(id, row.revision, doc);
    return doc;
  }

  /** A plan deleted for good is not remembered either. */
  forget(id: string): void {
    this.remembered.delete(id);
  }

  /** After the library's contents were replaced (a restore), nothing remembered still holds. */
  forgetAll(): void {
    this.remembered.clear();
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
    this.remembered.delete(id);
    this.remembered.set(id, { revision, doc });
    if (this.remembered.size > REMEMBERED) {
      const oldest = this.remembered.keys().next().value;
      if (oldest !== undefined) this.remembered.delete(oldest);
    }
  }
}
