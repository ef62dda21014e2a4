import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../electron/core/db';
import { PlanService } from '../../../../electron/core/plan-service';
import { SnapshotService } from '../../../../electron/core/snapshot-service';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import { MARKETING_TEAM_ID, SALES_TEAM_ID } from '../../../../shared/domain/plan-doc';
import { diffPlans } from '../../../../shared/domain/plan-diff';
import { fixedClock } from '../../../helpers/fixed-clock';
import { makeTempDir } from '../../../helpers/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let db: Db;
let plans: PlanService;
let snapshots: SnapshotService;

beforeEach(() => {
  dir = makeTempDir();
  db = openDatabase(join(dir.path, 'library.sqlite'));
  const clock = fixedClock();
  plans = new PlanService(db, clock);
  snapshots = new SnapshotService(db, plans, clock);
});
afterEach(() => {
  db.close();
  dir.remove();
});

function agreedPlan() {
  const { doc } = plans.create({ name: 'Q1 plan' });
  plans.apply(doc.id, [
    { type: 'funnel.replace', funnel: buildFunnelTemplate('waterfall', 'en', 'w') },
    { type: 'funnel.assumptions.set', patch: { topVolume: 3000 } },
    {
      type: 'approver.add',
      approver: { id: 'a1', name: 'Ana', role: 'CMO', teamId: MARKETING_TEAM_ID },
    },
  ]);
  return doc.id;
}

describe('sign-off and agreed versions', () => {
  it('refuses to sign off without an approver from sales, and saves nothing', () => {
    const id = agreedPlan();
    expect(() => snapshots.signOff(id)).toThrow(
      'sign-off needs at least one approver from the sales team',
    );
    expect(snapshots.list(id)).toEqual([]);
  });

  it('saves each sign-off as the next version, readable and copyable, with a diff to today', () => {
    const id = agreedPlan();
    plans.apply(id, [
      { type: 'approver.add', approver: { id: 'a2', name: 'Bo', role: '', teamId: SALES_TEAM_ID } },
    ]);
    const v1 = snapshots.signOff(id);
    expect(v1).toMatchObject({ version: 1, approvers: ['Ana (CMO)', 'Bo'] });
    plans.apply(id, [
      { type: 'funnel.handoff.update', handoffId: 'w-mql-sal', patch: { rate: 0.4 } },
    ]);
    const v2 = snapshots.signOff(id);
    expect(snapshots.list(id).map((s) => s.version)).toEqual([1, 2]);

    const changes = diffPlans(snapshots.get(id, v1.id).doc, snapshots.get(id, v2.id).doc);
    expect(changes).toContainEqual({ area: 'rate', what: 'MQL → SAL', before: 0.5, after: 0.4 });
    // 3,000 inquiries × 15 % × 50 % = 225 SALs; at 40 %, 180.
    expect(changes).toContainEqual({ area: 'volume', what: 'SAL', before: 225, after: 180 });

    const copy = snapshots.copy(id, v1.id, 'Q1 plan as agreed');
    expect(copy.doc.funnel.handoffs.find((h) => h.id === 'w-mql-sal')?.rate).toBe(0.5);
    expect(copy.doc.id).not.toBe(id);
    expect(() => snapshots.get(id, 'missing')).toThrow(/does not exist/);
  });

  it('says the plan is agreed from its content: changed and changed back, it is agreed again', () => {
    const id = agreedPlan();
    plans.apply(id, [
      { type: 'approver.add', approver: { id: 'a2', name: 'Bo', role: '', teamId: SALES_TEAM_ID } },
    ]);
    snapshots.signOff(id);
    expect(snapshots.agreedVersion(id)).toBe(1);
    const rate = (value: number) =>
      plans.apply(id, [
        { type: 'funnel.handoff.update', handoffId: 'w-mql-sal', patch: { rate: value } },
      ]);
    rate(0.4);
    expect(snapshots.agreedVersion(id)).toBeNull();
    expect(snapshots.list(id).at(-1)?.matchesPlan).toBe(false);
    rate(0.5);
    // The same answer as the comparison, which finds no change: agreed, version 1.
    expect(diffPlans(snapshots.get(id, snapshots.list(id)[0]!.id).doc, plans.get(id).doc)).toEqual(
      [],
    );
    expect(snapshots.agreedVersion(id)).toBe(1);
    expect(snapshots.list(id).at(-1)?.matchesPlan).toBe(true);
  });
});
