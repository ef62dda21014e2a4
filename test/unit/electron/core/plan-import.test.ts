import fc from 'fast-check';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../../electron/core/db';
import { buildPlanFile } from '../../../../electron/core/plan-file';
import { MAX_PLAN_FILE_BYTES, readPlanFile } from '../../../../electron/core/plan-import';
import { PlanService } from '../../../../electron/core/plan-service';
import type { Refusal } from '../../../../shared/domain/errors';
import { PLAN_SCHEMA_VERSION } from '../../../../shared/domain/plan-doc';
import { fixedClock } from '../../../helpers/fixed-clock';
import { planArbitrary } from '../../../helpers/plan-arbitrary';
import { samplePlan } from '../../../helpers/plans';
import { makeTempDir } from '../../../helpers/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let db: Db;
let service: PlanService;

beforeEach(() => {
  dir = makeTempDir();
  db = openDatabase(join(dir.path, 'library.sqlite'));
  service = new PlanService(db, fixedClock());
});
afterEach(() => {
  db.close();
  dir.remove();
});

/** Everything the library holds, to show a refused file changed nothing. */
function librarySnapshot(): string {
  return JSON.stringify(
    ['plans', 'plan_changes', 'snapshots', 'settings'].map((table) =>
      db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
    ),
  );
}

const fileOf = (plan: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'smarketing-plan', exportedAt: '2026-11-27', plan, ...extra });

const valid = JSON.parse(JSON.stringify(samplePlan())) as Record<string, unknown>;
const funnel = buildPlanFileFunnel();

function buildPlanFileFunnel() {
  const plan = JSON.parse(buildPlanFile(samplePlan(), 'now').content).plan;
  plan.funnel.stages = [
    {
      id: 's1',
      name: 'Lead',
      team: 'marketing',
      kind: 'inventory',
      slaHours: null,
      avgDays: null,
      position: { x: 0, y: 0 },
    },
  ];
  plan.funnel.handoffs = [
    { id: 'h1', source: 's1', target: 'ghost', kind: 'main', rate: 0.5, presetRate: null },
  ];
  return plan;
}

/** Files built to hurt: each must be refused with a message that says what and where. */
const HOSTILE: Array<{ name: string; content: string; message: RegExp; refusal?: Refusal }> = [
  {
    name: 'larger than 5 MB',
    content: fileOf({ ...valid, client: 'x'.repeat(MAX_PLAN_FILE_BYTES) }),
    message: /the file is 5.1 MB; a plan file is at most 5 MB/,
    refusal: { code: 'import.tooLarge', values: { size: '5.1', limit: '5' } },
  },
  {
    name: 'nested 100,000 levels deep',
    content: `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    message: /nests 100000 levels deep; a plan file nests at most 64/,
    refusal: { code: 'import.notPlanFile' },
  },
  {
    name: 'poisoning the prototype with __proto__',
    content: `{"format":"smarketing-plan","plan":{"__proto__":{"isAdmin":true}}}`,
    message: /not valid JSON: .*forbidden prototype property/,
  },
  {
    name: 'poisoning through constructor.prototype',
    content: `{"format":"smarketing-plan","plan":{"constructor":{"prototype":{"x":1}}}}`,
    message: /not valid JSON: .*forbidden prototype property/,
  },
  {
    name: 'broken JSON',
    content: '{\n  "format": "smarketing-plan",\n  "plan": {\n    "name": "x",\n  }\n}',
    message: /not valid JSON: .* at line 5, column 3/,
    refusal: { code: 'import.notJson', values: { line: 5, column: 3 } },
  },
  {
    name: 'an array',
    content: '[1, 2, 3]',
    message: /not a plan file: expected an object/,
    refusal: { code: 'import.notPlanFile' },
  },
  {
    name: 'another app’s JSON',
    content: JSON.stringify({ format: 'trello', plan: valid }),
    message: /"format" must be "smarketing-plan"/,
    refusal: { code: 'import.notPlanFile' },
  },
  {
    name: 'an unknown field next to the plan',
    content: fileOf(valid, { script: 'alert(1)' }),
    message: /unknown field "script" at the top level/,
    refusal: { code: 'import.unknownField', values: { field: 'script' } },
  },
  {
    name: 'an unknown field inside the plan',
    content: fileOf({ ...valid, isAdmin: true }),
    message: /plan: .*Unrecognized key.*isAdmin/,
    refusal: { code: 'import.invalidPlan', values: { field: 'plan.isAdmin' } },
  },
  {
    name: 'an edge to a missing stage',
    content: fileOf(funnel),
    message: /plan\.funnel\.handoffs\.0\.target: .*ghost/,
    refusal: { code: 'import.invalidPlan', values: { field: 'plan.funnel.handoffs.0.target' } },
  },
  {
    name: 'a plan from a newer build',
    content: fileOf({ ...valid, schemaVersion: PLAN_SCHEMA_VERSION + 1 }),
    message: /saved by a newer Smarketing Planner/,
    refusal: {
      code: 'import.newerVersion',
      values: { version: PLAN_SCHEMA_VERSION + 1, supported: PLAN_SCHEMA_VERSION },
    },
  },
  {
    name: 'a number where a name goes',
    content: fileOf({ ...valid, name: 42 }),
    message: /plan\.name: /,
    refusal: { code: 'import.invalidPlan', values: { field: 'plan.name' } },
  },
];

describe('plan file import', () => {
  it.each(HOSTILE)('refuses a file $name, naming the problem, and writes nothing', (file) => {
    service.create({ name: 'Existing plan' });
    const before = librarySnapshot();
    expect(() => service.importFile(file.content)).toThrow(file.message);
    // The screen's sentence: a catalogue code and values, whatever the English message says.
    if (file.refusal) {
      expect(() => service.importFile(file.content)).toThrow(
        expect.objectContaining({ refusal: file.refusal }),
      );
    }
    expect(librarySnapshot()).toBe(before);
  });

  it('creates a new plan, never overwriting one, and keeps markup as plain text', () => {
    const existing = service.create({ name: 'Q1 plan' });
    const hostileName = '<img src=x onerror=alert(1)>';
    const file = buildPlanFile({ ...existing.doc, name: hostileName }, 'now').content;
    const first = service.importFile(file);
    const second = service.importFile(file);
    expect(new Set([existing.doc.id, first.doc.id, second.doc.id]).size).toBe(3);
    expect(first.doc.name).toBe(hostileName);
    expect(second.doc.name).toBe(`${hostileName} (2)`);
    expect(service.get(existing.doc.id).doc.name).toBe('Q1 plan');
  });

  it('numbers a name the library already has, so two imports can be told apart', () => {
    const existing = service.create({ name: 'Q1 plan' });
    const file = buildPlanFile(existing.doc, 'now').content;
    expect(service.importFile(file).doc.name).toBe('Q1 plan (2)');
    expect(service.importFile(file).doc.name).toBe('Q1 plan (3)');
    const longName = 'x'.repeat(120);
    const long = service.create({ name: longName });
    const longCopy = service.importFile(buildPlanFile(long.doc, 'now').content).doc.name;
    expect(longCopy).toBe(`${'x'.repeat(116)} (2)`);
  });

  it('upgrades a plan file written by an older build', () => {
    const v1 = { ...valid, schemaVersion: 1, funnel: {}, goals: {}, raci: {}, handoff: {} };
    const imported = service.importFile(fileOf(v1));
    expect(imported.doc.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(imported.doc.name).toBe('FY27 plan');
  });

  it('gives back an equal plan after export and import, for 1,000 generated plans', () => {
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const imported = service.importFile(buildPlanFile(plan, 'now').content);
        const exported = readPlanFile(service.exportFile(imported.doc.id).content);
        // The same name again in the library is numbered; everything else is equal.
        expect(exported).toEqual({ ...plan, id: imported.doc.id, name: imported.doc.name });
        expect(imported.doc.name === plan.name || / \(\d+\)$/.test(imported.doc.name)).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // ~4 s alone; the crash and hostile-input suites share the two cores with it.
  }, 60_000);
});
