import type { Statement } from 'better-sqlite3';
import type { PlanState, SnapshotSummary } from '../../shared/api/contract';
import { DomainError, missing } from '../../shared/domain/errors';
import { diffPlans } from '../../shared/domain/plan-diff';
import type { PlanDoc } from '../../shared/domain/plan-doc';
import { upgradePlanDoc } from '../../shared/domain/plan-upgrade';
import { signOffProblems } from '../../shared/domain/workshop';
import type { Db } from './db';
import type { PlanService, ServiceClock } from './plan-service';

interface SnapshotRow {
  id: string;
  plan_id: string;
  name: string;
  revision: number;
  doc: string;
  created_at: string;
}

const SIGN_OFF_REFUSALS = {
  noMarketingApprover: 'sign-off needs at least one approver from the marketing team',
  noSalesApprover: 'sign-off needs at least one approver from the sales team',
} as const;

/**
 * Agreed versions of a plan. Signing off checks there is an approver on each
 * side, then saves the plan as it stands as the next version, in one
 * transaction. A version is read back upgraded, so one saved by an older
 * build opens in a newer one; it can be copied into a new plan.
 */
export class SnapshotService {
  private readonly statements: {
    insert: Statement<[SnapshotRow]>;
    list: Statement<[string], SnapshotRow>;
    one: Statement<[string, string], SnapshotRow>;
  };

  constructor(
    private readonly db: Db,
    private readonly plans: PlanService,
    private readonly clock: ServiceClock,
  ) {
    this.statements = {
      insert: db.prepare(
        'INSERT INTO snapshots (id, plan_id, name, revision, doc, created_at) VALUES (@id, @plan_id, @name, @revision, @doc, @created_at)',
      ),
      list: db.prepare('SELECT * FROM snapshots WHERE plan_id = ? ORDER BY created_at, rowid'),
      one: db.prepare('SELECT * FROM snapshots WHERE plan_id = ? AND id = ?'),
    };
  }

  signOff(planId: string): SnapshotSummary {
    const state = this.plans.get(planId);
    const teamKind = new Map(state.doc.teams.map((t) => [t.id, t.kind]));
    const problems = signOffProblems(state.doc.workshop, (id) => teamKind.get(id));
    if (problems.length > 0) {
      throw new DomainError('INVALID_INPUT', problems.map((p) => SIGN_OFF_REFUSALS[p]).join('; '), {
        code:
          problems.length > 1
            ? 'signOff.noApprovers'
            : problems[0] === 'noMarketingApprover'
              ? 'signOff.noMarketingApprover'
              : 'signOff.noSalesApprover',
      });
    }
    const version = this.statements.list.all(planId).length + 1;
    const row: SnapshotRow = {
      id: this.clock.newId(),
      plan_id: planId,
      name: `v${version}`,
      revision: state.plan.revision,
      doc: JSON.stringify(state.doc),
      created_at: this.clock.now().toISOString(),
    };
    this.db.transaction(() => this.statements.insert.run(row))();
    return toSummary(row, version, state.doc, true);
  }

  list(planId: string): SnapshotSummary[] {
    const current = this.plans.get(planId).doc;
    return this.statements.list.all(planId).map((row, i) => {
      const doc = upgradePlanDoc(JSON.parse(row.doc));
      return toSummary(row, i + 1, doc, diffPlans(doc, current).length === 0);
    });
  }

  /**
   * The agreed version the plan is at: the latest one, if the plan's content is still that
   * version's. Changed and changed back, it is agreed again: the comparison finds nothing.
   */
  agreedVersion(planId: string): number | null {
    const rows = this.statements.list.all(planId);
    const latest = rows.at(-1);
    if (!latest) return null;
    const agreed = upgradePlanDoc(JSON.parse(latest.doc));
    return diffPlans(agreed, this.plans.get(planId).doc).length === 0 ? rows.length : null;
  }

  get(planId: string, snapshotId: string): { snapshot: SnapshotSummary; doc: PlanDoc } {
    const rows = this.statements.list.all(planId);
    const index = rows.findIndex((r) => r.id === snapshotId);
    const row = rows[index];
    if (!row) throw missing('version', snapshotId);
    const doc = upgradePlanDoc(JSON.parse(row.doc));
    const matches = diffPlans(doc, this.plans.get(planId).doc).length === 0;
    return { snapshot: toSummary(row, index + 1, doc, matches), doc };
  }

  /** A new, editable plan from an agreed version; the original plan is untouched. */
  copy(planId: string, snapshotId: string, name: string): PlanState {
    const { doc } = this.get(planId, snapshotId);
    return this.plans.createFrom(doc, name);
  }
}

function toSummary(
  row: SnapshotRow,
  version: number,
  doc: PlanDoc,
  matchesPlan: boolean,
): SnapshotSummary {
  return {
    id: row.id,
    version,
    revision: row.revision,
    createdAt: row.created_at,
    approvers:
      doc.workshop?.approvers?.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)) ?? [],
    matchesPlan,
  };
}
