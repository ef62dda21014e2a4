import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../electron/core/db';
import { MERGE_WINDOW_MS, PlanService } from '../../../../electron/core/plan-service';
import { MARKETING_TEAM_ID, PLAN_SCHEMA_VERSION } from '../../../../shared/domain/plan-doc';
import { fixedClock } from '../../../helpers/fixed-clock';
import { makeTempDir } from '../../../helpers/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let db: Db;
let clock: ReturnType<typeof fixedClock>;
let service: PlanService;

function reopen() {
  db.close();
  db = openDatabase(join(dir.path, 'library.sqlite'));
  service = new PlanService(db, clock);
}

beforeEach(() => {
  dir = makeTempDir();
  clock = fixedClock();
  db = openDatabase(join(dir.path, 'library.sqlite'));
  service = new PlanService(db, clock);
});
afterEach(() => {
  db.close();
  dir.remove();
});

describe('PlanService library', () => {
  it('creates a plan for the current quarter with localized team names', () => {
    const state = service.create({ name: 'Plan FY27', client: 'Acme', language: 'es' });
    expect(state.doc).toMatchObject({
      name: 'Plan FY27',
      client: 'Acme',
      currency: 'EUR',
      period: { start: '2026-10-01', end: '2026-12-31' },
    });
    expect(state.doc.teams.map((t) => t.name)).toEqual(['Marketing', 'Ventas']);
    expect(state).toMatchObject({ canUndo: false, canRedo: false, plan: { revision: 0 } });
  });

  it('lists plans, most recently edited first', () => {
    const a = service.create({ name: 'A' });
    clock.advance(1000);
    service.create({ name: 'B' });
    clock.advance(1000);
    service.rename(a.doc.id, 'A renamed');
    expect(service.list().map((p) => p.name)).toEqual(['A renamed', 'B']);
  });

  it('duplicates a plan under a new id without its history', () => {
    const a = service.create({ name: 'A' });
    service.rename(a.doc.id, 'A2');
    const copy = service.duplicate(a.doc.id, 'A2 (copy)');
    expect(copy.doc.id).not.toBe(a.doc.id);
    expect(copy.doc.name).toBe('A2 (copy)');
    expect(copy.canUndo).toBe(false);
    expect(service.list()).toHaveLength(2);
  });

  it('moves a plan to the trash and back, and purges only from the trash', () => {
    const { doc } = service.create({ name: 'A' });
    expect(() => service.purge(doc.id)).toThrow(/only a plan in the trash/);
    service.delete(doc.id);
    expect(service.list()).toEqual([]);
    expect(service.list({ trash: true }).map((p) => p.id)).toEqual([doc.id]);
    expect(() => service.rename(doc.id, 'B')).toThrow(/in the trash/);
    service.restore(doc.id);
    expect(service.list().map((p) => p.id)).toEqual([doc.id]);
    service.delete(doc.id);
    service.purge(doc.id);
    expect(service.list({ trash: true })).toEqual([]);
    expect(() => service.get(doc.id)).toThrow(/does not exist/);
  });

  it('answers NOT_FOUND for an unknown plan', () => {
    expect(() => service.get('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('PlanService edits and undo', () => {
  it('stores each edit with a new revision, and keeps a failed edit from writing anything', () => {
    const { doc } = service.create({ name: 'A' });
    const after = service.apply(doc.id, [
      {
        type: 'person.add',
        person: { id: 'ana', name: 'Ana', roleTitle: 'CMO', teamId: MARKETING_TEAM_ID },
      },
    ]);
    expect(after.plan.revision).toBe(1);
    expect(() =>
      service.apply(doc.id, [
        { type: 'person.update', personId: 'ana', patch: { name: 'Ana R.' } },
        { type: 'person.remove', personId: 'ghost' },
      ]),
    ).toThrow(/person ghost/);
    const state = service.get(doc.id);
    expect(state.plan.revision).toBe(1);
    expect(state.doc.people[0]?.name).toBe('Ana');
    expect(service.history(doc.id)).toHaveLength(1);
  });

  it('applies an edit made on an older revision to the plan as it is now', () => {
    // Two windows on one plan: A renames it, B (still on revision 0) sets the client.
    const { doc } = service.create({ name: 'A' });
    service.rename(doc.id, 'Renamed in A');
    const fromB = service.apply(doc.id, [{ type: 'plan.setMeta', patch: { client: 'Acme' } }], 0);
    expect(fromB.doc).toMatchObject({ name: 'Renamed in A', client: 'Acme' });
    expect(fromB.plan.revision).toBe(2);
    // Two steps, never merged into one: they are two people's edits.
    expect(service.history(doc.id)).toHaveLength(2);
  });

  it('undoes and redoes a window’s own edits only, refusing with a reason otherwise', () => {
    const { doc } = service.create({ name: 'A' });
    service.apply(doc.id, [{ type: 'plan.setMeta', patch: { client: 'From A' } }], undefined, 'a');
    service.apply(doc.id, [{ type: 'plan.setMeta', patch: { client: 'From B' } }], undefined, 'b');
    expect(service.get(doc.id, 'a')).toMatchObject({ canUndo: true, canRedo: false });
    expect(service.get(doc.id, 'c')).toMatchObject({ canUndo: false, canRedo: false });

    // B changed the very field A's step changed: undoing A's would overwrite B's work.
    expect(() => service.undo(doc.id, 'a')).toThrow(
      expect.objectContaining({ code: 'CONFLICT', refusal: { code: 'undo.changedSince' } }),
    );
    expect(() => service.undo(doc.id, 'c')).toThrow(
      expect.objectContaining({ refusal: { code: 'undo.nothingOfYours' } }),
    );
    expect(service.get(doc.id).doc.client).toBe('From B');

    // B undoes its own; A's redo would be B's step, so it is refused; B redoes.
    expect(service.undo(doc.id, 'b').doc.client).toBe('From A');
    expect(() => service.redo(doc.id, 'a')).toThrow(
      expect.objectContaining({ refusal: { code: 'redo.notYours' } }),
    );
    expect(service.get(doc.id, 'b')).toMatchObject({ canRedo: true });
    expect(service.redo(doc.id, 'b').doc.client).toBe('From B');
    // Two windows typing into one field never share an undo step.
    service.apply(doc.id, [{ type: 'plan.setMeta', patch: { client: 'x' } }], undefined, 'a');
    service.apply(doc.id, [{ type: 'plan.setMeta', patch: { client: 'xy' } }], undefined, 'b');
    expect(service.undo(doc.id, 'b').doc.client).toBe('x');
  });

  it('undoes a window’s step from under another’s that touched something else, and redoes it first', () => {
    const { doc } = service.create({ name: 'A', template: 'waterfall' });
    const [first, second] = doc.funnel.stages;
    const rename = (stageId: string, name: string, origin: string) =>
      service.apply(
        doc.id,
        [{ type: 'funnel.stage.update', stageId, patch: { name } }],
        undefined,
        origin,
      );
    rename(first!.id, 'A1', 'a');
    service.apply(doc.id, [{ type: 'plan.setMeta', patch: { client: 'A’s' } }], undefined, 'a');
    service.undo(doc.id, 'a'); // A's client edit goes to the redo stack
    rename(second!.id, 'B2', 'b'); // B's edit of another stage ends it and lies over A's
    const undone = service.undo(doc.id, 'a');
    expect(undone.doc.funnel.stages.map((s) => s.name).slice(0, 2)).toEqual([first!.name, 'B2']);
    // The step taken back is the next redone, over B's still standing edit.
    expect(service.get(doc.id, 'a')).toMatchObject({ canRedo: true });
    expect(service.redo(doc.id, 'a').doc.funnel.stages[0]?.name).toBe('A1');
    expect(service.get(doc.id).doc.funnel.stages[1]?.name).toBe('B2');
    // A list whose items were added or removed since moves every position in it: refused.
    service.apply(
      doc.id,
      [{ type: 'funnel.stages.remove', stageIds: [second!.id] }],
      undefined,
      'b',
    );
    expect(() => service.undo(doc.id, 'a')).toThrow(
      expect.objectContaining({ refusal: { code: 'undo.changedSince' } }),
    );
    expect(service.undo(doc.id, 'b').doc.funnel.stages[1]?.name).toBe('B2');
    expect(service.undo(doc.id, 'a').doc.funnel.stages[0]?.name).toBe(first!.name);
  });

  it('still undoes the last edit after a restart, whichever window made it then', () => {
    const { doc } = service.create({ name: 'A' });
    service.apply(
      doc.id,
      [{ type: 'plan.setMeta', patch: { client: 'Before' } }],
      undefined,
      'old',
    );
    // The app restarts: the same library, a new window that never saw 'old'.
    service = new PlanService(db, clock);
    expect(service.get(doc.id, 'new')).toMatchObject({ canUndo: true });
    expect(service.undo(doc.id, 'new').doc.client).toBe('');
  });

  it('refuses a stale edit that no longer fits, with the reason, and stores nothing', () => {
    const { doc } = service.create({ name: 'A' });
    const added = service.apply(doc.id, [
      {
        type: 'person.add',
        person: { id: 'ana', name: 'Ana', roleTitle: 'CMO', teamId: 'team-marketing' },
      },
    ]);
    service.apply(doc.id, [{ type: 'person.remove', personId: 'ana' }]);
    expect(() =>
      service.apply(
        doc.id,
        [{ type: 'person.update', personId: 'ana', patch: { name: 'Ana Ruiz' } }],
        added.plan.revision,
      ),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(service.get(doc.id).plan.revision).toBe(added.plan.revision + 1);
  });

  it('merges typing into one field into one undo step, but not after a pause', () => {
    const { doc } = service.create({ name: 'A' });
    for (const name of ['Ac', 'Acm', 'Acme']) {
      service.apply(doc.id, [{ type: 'plan.setMeta', patch: { client: name } }]);
      clock.advance(200);
    }
    expect(service.history(doc.id)).toHaveLength(1);
    clock.advance(MERGE_WINDOW_MS);
    service.apply(doc.id, [{ type: 'plan.setMeta', patch: { client: 'Acme Corp' } }]);
    expect(service.history(doc.id)).toHaveLength(2);
    expect(service.undo(doc.id).doc.client).toBe('Acme');
    expect(service.undo(doc.id).doc.client).toBe('');
  });

  it('undoes and redoes after the database is closed and reopened', () => {
    const { doc } = service.create({ name: 'A' });
    service.rename(doc.id, 'B');
    clock.advance(MERGE_WINDOW_MS * 2);
    service.apply(doc.id, [{ type: 'team.add', team: { id: 'ops', name: 'RevOps' } }]);
    reopen();
    let state = service.undo(doc.id);
    expect(state.doc.teams).toHaveLength(2);
    reopen();
    state = service.undo(doc.id);
    expect(state.doc.name).toBe('A');
    expect(state).toMatchObject({ canUndo: false, canRedo: true });
    reopen();
    state = service.redo(doc.id);
    expect(state.doc.name).toBe('B');
    state = service.redo(doc.id);
    expect(state.doc.teams.map((t) => t.name)).toContain('RevOps');
    expect(() => service.redo(doc.id)).toThrow(/nothing to redo/);
  });

  it('drops the redo steps when a new edit is made after undo', () => {
    const { doc } = service.create({ name: 'A' });
    service.rename(doc.id, 'B');
    service.undo(doc.id);
    service.apply(doc.id, [{ type: 'plan.setMeta', patch: { currency: 'GBP' } }]);
    expect(service.get(doc.id).canRedo).toBe(false);
    expect(service.history(doc.id).map((h) => h.commandTypes)).toEqual([['plan.setMeta']]);
  });

  it('does not merge into a step that follows an undo', () => {
    const { doc } = service.create({ name: 'A' });
    service.rename(doc.id, 'B');
    clock.advance(MERGE_WINDOW_MS * 2);
    service.rename(doc.id, 'C');
    service.undo(doc.id);
    service.rename(doc.id, 'D');
    expect(service.undo(doc.id).doc.name).toBe('B');
  });
});

describe('PlanService plan file', () => {
  it('exports the whole plan with its schema version under a safe file name', () => {
    const { doc } = service.create({ name: 'Plan: Q1/Q2 "ES"', client: 'Acme' });
    const file = service.exportFile(doc.id);
    expect(file.fileName).toBe('Plan Q1 Q2 ES.smarketing.json');
    const parsed = JSON.parse(file.content) as {
      format: string;
      plan: { schemaVersion: number; client: string };
    };
    expect(parsed.format).toBe('smarketing-plan');
    expect(parsed.plan).toMatchObject({ schemaVersion: PLAN_SCHEMA_VERSION, client: 'Acme' });
  });
});

describe('PlanService merged steps', () => {
  it('keeps a long run of typing one step of constant size', () => {
    const { doc } = service.create({ name: 'A' });
    const sizes: number[] = [];
    for (let i = 1; i <= 60; i++) {
      service.apply(doc.id, [{ type: 'plan.setMeta', patch: { client: 'x'.repeat(i) } }]);
      clock.advance(100);
      const row = db
        .prepare('SELECT length(patches) + length(inverse) AS n FROM plan_changes')
        .get() as { n: number };
      sizes.push(row.n);
    }
    expect(service.history(doc.id)).toHaveLength(1);
    expect(sizes.at(-1)! - sizes[0]!).toBeLessThan(100);
    expect(service.undo(doc.id).doc.client).toBe('');
    expect(service.redo(doc.id).doc.client).toBe('x'.repeat(60));
  });
});

describe('PlanService and older plans', () => {
  it('opens a plan stored at schema version 1 as the current version, and saves it so', () => {
    const { doc } = service.create({ name: 'Old plan' });
    const v1 = { ...doc, schemaVersion: 1, funnel: {} };
    db.prepare('UPDATE plans SET doc = ? WHERE id = ?').run(JSON.stringify(v1), doc.id);
    reopen();
    const opened = service.get(doc.id);
    expect(opened.doc.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(opened.doc.funnel.stages).toEqual([]);
    service.apply(doc.id, [{ type: 'funnel.assumptions.set', patch: { topVolume: 100 } }]);
    const stored = JSON.parse(
      (db.prepare('SELECT doc FROM plans WHERE id = ?').get(doc.id) as { doc: string }).doc,
    );
    expect(stored).toMatchObject({
      schemaVersion: PLAN_SCHEMA_VERSION,
      funnel: { assumptions: { topVolume: 100 } },
    });
  });

  it('creates a plan from a funnel template in the plan language', () => {
    const state = service.create({ name: 'Plan', language: 'es', template: 'hubspot' });
    expect(state.doc.funnel.template).toBe('hubspot');
    expect(state.doc.funnel.stages.map((s) => s.name)).toContain('Oportunidad');
  });
});
