import Database from 'better-sqlite3';
import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { upgradePlanDoc } from '../../shared/domain/plan-upgrade';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION } from './db';
import { MIGRATIONS } from './migrations';

/** What a library (or a backup of one) turned out to be when looked at closely. */
export type LibraryHealth =
  | { kind: 'missing' }
  | { kind: 'healthy'; schemaVersion: number; planCount: number }
  /** Whole, but not ours to open: another app's database or a newer build's library. */
  | { kind: 'refused'; problem: string }
  | { kind: 'damaged'; problem: string };

/**
 * Looks at a library file without changing it: SQLite's own structure check
 * (integrity_check), the marks that make it ours (application id, a schema this
 * build knows), then every plan document, which must parse and be a valid plan
 * of its version. SQLite keeps no checksum of row contents, so bytes flipped
 * inside a document are caught here, by the document itself, or not at all.
 */
export function inspectLibrary(
  path: string,
  options: { nativeBinding?: string | undefined; readonly?: boolean; latestVersion?: number } = {},
): LibraryHealth {
  if (!existsSync(path)) return { kind: 'missing' };
  let db: Database.Database | null = null;
  try {
    db = new Database(path, {
      fileMustExist: true,
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    // integrity_check, not quick_check: it also finds an index that no longer matches its
    // table, which would list a plan that then cannot be found by its id.
    const check = db.pragma('integrity_check(1)', { simple: true });
    if (check !== 'ok') return { kind: 'damaged', problem: `SQLite reports: ${String(check)}` };
    const appId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const isEmpty =
      (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0;
    if (isEmpty && appId === 0 && version === 0) return { kind: 'missing' };
    if (appId !== APPLICATION_ID) {
      return { kind: 'refused', problem: 'not a Smarketing Planner library' };
    }
    if (version < 1 || version > (options.latestVersion ?? LATEST_SCHEMA_VERSION)) {
      return { kind: 'refused', problem: `written by another build (schema ${version})` };
    }
    // The tables' definitions are text in the file, unchecked by SQLite: a flipped byte can
    // rename a column ("id" to "hd") and leave a file that passes every check above.
    const drift = schemaDrift(db, version, options.nativeBinding);
    if (drift) return { kind: 'damaged', problem: drift };
    let planCount = 0;
    for (const row of db.prepare('SELECT id, doc FROM plans').iterate() as Iterable<{
      id: string;
      doc: string;
    }>) {
      try {
        if (upgradePlanDoc(JSON.parse(row.doc)).id !== row.id) throw new Error('id differs');
      } catch {
        return { kind: 'damaged', problem: `the stored plan ${row.id} is unreadable` };
      }
      planCount += 1;
    }
    return { kind: 'healthy', schemaVersion: version, planCount };
  } catch (error) {
    // SQLITE_NOTADB, SQLITE_CORRUPT and friends: the file cannot even be read.
    return { kind: 'damaged', problem: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

/**
 * Moves a damaged library (and its -wal/-shm companions) aside under a name
 * that is new, so the damaged file is kept for whoever wants to rescue it and
 * nothing ever overwrites it. Returns where it now is.
 */
export function keepDamagedAside(path: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = basename(path, '.sqlite');
  let target = join(dirname(path), `${base}.damaged-${stamp}.sqlite`);
  for (let n = 2; existsSync(target); n += 1) {
    target = join(dirname(path), `${base}.damaged-${stamp}-${n}.sqlite`);
  }
  // The WAL may hold the newest pages: it travels with the file, under the matching name.
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, target + suffix);
  }
  renameSync(path, target);
  return target;
}

type SchemaRow = { type: string; name: string; sql: string | null };
const expectedSchemas = new Map<number, string[]>();

/**
 * Where the file's tables and indexes differ from what the migrations make at its version,
 * the first difference; null when they are the same, to the letter.
 */
function schemaDrift(
  db: Database.Database,
  version: number,
  nativeBinding: string | undefined,
): string | null {
  let expected = expectedSchemas.get(version);
  if (!expected) {
    const fresh = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
    try {
      for (const migration of MIGRATIONS.slice(0, version)) migration.up(fresh);
      expected = schemaOf(fresh);
    } finally {
      fresh.close();
    }
    expectedSchemas.set(version, expected);
  }
  const actual = new Set(schemaOf(db));
  const missing = expected.find((entry) => !actual.has(entry));
  return missing ? `the library's structure differs from its version: ${missing}` : null;
}

function schemaOf(db: Database.Database): string[] {
  return (
    db
      .prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")
      .all() as SchemaRow[]
  ).map((row) => `${row.type} ${row.name}: ${row.sql ?? ''}`);
}
