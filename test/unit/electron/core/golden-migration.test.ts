import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/core/library';
import { analyzeFunnel } from '../../../../shared/domain/funnel-math';
import { PLAN_SCHEMA_VERSION } from '../../../../shared/domain/plan-doc';
import { slaMqlVolume } from '../../../../shared/domain/sla';
import { makeTempDir } from '../../../helpers/temp-dir';

/*
 * A library written by the released build of plan schema 2 (commit 368b25e):
 * a Spanish waterfall plan with a changed rate, a person, a goal on a stage,
 * a RACI row, BANT, an SLA override and link, a scoring criterion, and an
 * undo/redo in its history. Regenerate only by running that build.
 */
const GOLDEN = fileURLToPath(
  new URL('../../../fixtures/golden/library-schema2.sqlite', import.meta.url),
);

let dir: ReturnType<typeof makeTempDir>;
let library: Library;

beforeEach(async () => {
  dir = makeTempDir();
  copyFileSync(GOLDEN, join(dir.path, 'library.sqlite'));
  library = await openLibrary(dir.path);
});
afterEach(() => {
  library.close();
  dir.remove();
});

describe('a library from the schema 2 build', () => {
  it('opens with every plan upgraded and its data intact', () => {
    const [summary] = library.plans.list({});
    expect(summary).toMatchObject({ name: 'Golden plan (schema 2)', client: 'Acme Ñandú' });
    const { doc, canUndo } = library.plans.get(summary!.id);
    expect(doc.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    // Steps recorded against schema 2 cannot be replayed on schema 3: history restarts.
    expect(canUndo).toBe(false);
    expect(doc.funnel.handoffs.find((h) => h.id === 'stage-mql-sal')?.rate).toBe(0.4);
    expect(analyzeFunnel(doc.funnel).customersNeeded).toBe(30);
    expect(doc.goals.goals[0]).toMatchObject({
      title: 'Entregar 400 MQL al mes',
      ownerIds: ['ana'],
    });
    expect(doc.raci.cells['a1']).toEqual({ r1: 'A' });
    expect(doc.handoff.framework).toEqual({
      kind: 'bant',
      checklist: [
        { id: 'c1', label: 'Presupuesto' },
        { id: 'c2', label: 'Autoridad' },
      ],
      fields: [],
    });
    expect(doc.handoff.sla).toMatchObject({
      firstResponseHours: 2,
      raciLinks: { firstResponse: 'a1' },
    });
    expect(slaMqlVolume(doc.handoff.sla, doc.funnel, analyzeFunnel(doc.funnel)).value).toBe(450);
    expect(doc.handoff.swimlane).toEqual({ positions: {} });
    expect(doc.workshop.agenda).toEqual([]);
  });

  it('stores the upgraded plan once, so a reopened library reads it as current', () => {
    const [summary] = library.plans.list({});
    library.plans.get(summary!.id);
    const stored = library.db.prepare('SELECT doc FROM plans').get() as { doc: string };
    expect(JSON.parse(stored.doc)).toMatchObject({ schemaVersion: PLAN_SCHEMA_VERSION });
    expect(library.plans.history(summary!.id)).toEqual([]);
  });

  it('takes edits and undoes them, then exports a current plan file', () => {
    const [summary] = library.plans.list({});
    const id = summary!.id;
    library.plans.apply(id, [{ type: 'plan.rename', name: 'Golden plan, edited' }]);
    expect(library.plans.undo(id).doc.name).toBe('Golden plan (schema 2)');
    const file = JSON.parse(library.plans.exportFile(id).content) as {
      plan: { schemaVersion: number };
    };
    expect(file.plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
  });
});
