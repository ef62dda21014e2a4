import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary, type Library } from '../../../../electron/core/library';
import { buildPlanFile, safeFileName } from '../../../../electron/core/plan-file';
import { METHOD_NAMES } from '../../../../shared/api/contract';
import { HTTP_STATUS_BY_CODE } from '../../../../shared/api/envelope';
import { planArbitrary } from '../../../helpers/plan-arbitrary';
import { makeTempDir } from '../../../helpers/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let library: Library;
let planId = '';
const ERROR_CODES = Object.keys(HTTP_STATUS_BY_CODE);

beforeAll(async () => {
  dir = makeTempDir();
  library = await openLibrary(dir.path);
  planId = library.plans.create({ name: 'Target of random calls' }).plan.id;
});
afterAll(() => {
  library.close();
  dir.remove();
});

/**
 * What the library holds, in brief, and how many rows this connection ever
 * wrote: a refusal must leave both as they were — not even a write rolled back.
 */
function librarySnapshot(): string {
  return JSON.stringify(
    library.db
      .prepare(
        `SELECT total_changes() AS writes,
          (SELECT count(*) FROM plans) AS plans,
          (SELECT total(revision) FROM plans) AS revisions,
          (SELECT count(*) FROM plan_changes) AS changes,
          (SELECT count(*) FROM snapshots) AS snapshots,
          (SELECT group_concat(key || '=' || value) FROM settings) AS settings`,
      )
      .get(),
  );
}

type Json = unknown;
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** One change to a parsed plan file: a value replaced, a key dropped or added, a list emptied. */
const structuralMutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('replace', 'drop', 'add', 'empty'),
  value: fc.jsonValue({ maxDepth: 2 }),
  key: fc.constantFrom('__proto__', 'constructor', 'id', 'name', 'rate', 'x', ''),
});

/** One change to the file's text: bytes flipped, the end cut off, text spliced in. */
const textMutation = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('flip', 'truncate', 'splice'),
  text: fc.string({ maxLength: 8 }),
});

function containers(value: Json, found: Array<Record<string, Json> | Json[]> = []) {
  if (value && typeof value === 'object') {
    found.push(value as Record<string, Json> | Json[]);
    for (const child of Object.values(value)) containers(child, found);
  }
  return found;
}

function mutateStructure(content: string, mutation: ValueOf<typeof structuralMutation>) {
  const parsed = JSON.parse(content) as Json;
  const targets = containers(parsed);
  const target = targets[mutation.at % targets.length];
  if (!target) return content;
  const keys = Object.keys(target);
  const key = keys[mutation.at % Math.max(keys.length, 1)];
  const record = target as Record<string, Json>;
  if (mutation.kind === 'replace' && key !== undefined) record[key] = mutation.value;
  else if (mutation.kind === 'drop' && key !== undefined) {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else Reflect.deleteProperty(record, key);
  } else if (mutation.kind === 'add') {
    Object.defineProperty(record, mutation.key, {
      value: mutation.value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  } else if (mutation.kind === 'empty' && key !== undefined) record[key] = [];
  return JSON.stringify(parsed);
}

function mutateText(content: string, mutation: ValueOf<typeof textMutation>) {
  const at = mutation.at % Math.max(content.length, 1);
  if (mutation.kind === 'truncate') return content.slice(0, at);
  if (mutation.kind === 'splice') return content.slice(0, at) + mutation.text + content.slice(at);
  const code = content.charCodeAt(at) ^ (1 + (mutation.text.length % 7));
  return content.slice(0, at) + String.fromCharCode(code) + content.slice(at + 1);
}

const mutatedPlanFile = fc
  .tuple(
    planArbitrary,
    fc.array(
      fc.oneof(
        structuralMutation.map((m) => ({ ...m, on: 'structure' as const })),
        textMutation.map((m) => ({ ...m, on: 'text' as const })),
      ),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  )
  .map(([plan, mutations]) => {
    let content = buildPlanFile(plan, '2026-11-27T09:00:00.000Z').content;
    for (const mutation of mutations) {
      try {
        content =
          mutation.on === 'structure'
            ? mutateStructure(content, mutation)
            : mutateText(content, mutation);
      } catch {
        // A text mutation already broke the JSON: later structural ones have nothing to parse.
      }
    }
    return content;
  });

describe('hostile input', () => {
  it('answers 1,000 mutated plan files with a plan or a typed refusal, never a partial write', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(mutatedPlanFile, async (content) => {
        const before = librarySnapshot();
        const plansBefore = library.plans.list().length;
        const result = await library.dispatchAll('plans.import', { content });
        if (result.ok) {
          expect(library.plans.list()).toHaveLength(plansBefore + 1);
        } else {
          refused += 1;
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code).not.toBe('IO');
          expect(librarySnapshot()).toBe(before);
        }
      }),
      { numRuns: 1000 },
    );
    // Most mutations must break the file, or this proves little about refusals.
    expect(refused).toBeGreaterThan(500);
  }, 120_000);

  it('answers random input to every method with a typed envelope and changes nothing when refusing', async () => {
    const input = fc.oneof(
      fc.anything({ maxDepth: 3 }),
      fc.dictionary(
        fc.constantFrom('id', 'name', 'commands', 'content', 'fileName', 'trash'),
        fc.anything({ maxDepth: 2 }),
      ),
      fc.record({
        id: fc.constant(planId),
        commands: fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 3 }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...METHOD_NAMES.filter((m) => m !== 'report.pdf')),
        input,
        async (method, raw) => {
          const before = librarySnapshot();
          const result = await library.dispatchAll(method, raw);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(ERROR_CODES).toContain(result.error.code);
            expect(result.error.code).not.toBe('IO');
            expect(librarySnapshot()).toBe(before);
          }
        },
      ),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe('file names made from plan names', () => {
  it('drop markup and what a file system refuses, and keep every language’s letters', () => {
    expect(safeFileName('<b>Acme</b>')).toBe('Acme');
    expect(safeFileName('<img src=x onerror=alert(1)> FY27')).toBe('FY27');
    expect(safeFileName('Plan: Q1/Q2 "España" ñandú')).toBe('Plan Q1 Q2 España ñandú');
    expect(safeFileName('a < b > c')).toBe('a b c');
    expect(safeFileName('<>')).toBe('plan');
  });
});
