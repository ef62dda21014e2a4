import Database from 'better-sqlite3';
import { DomainError } from '../../shared/domain/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

/** "SMKT" — marks a file as a Smarketing Planner library so we never migrate a stranger's database. */
export const APPLICATION_ID = 0x534d4b54;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running ABI (Electron's differs from Node's). */
  nativeBinding?: string;
  /** Stop at this schema version: migration tests seed data at N−1. */
  targetVersion?: number;
  migrations?: readonly Migration[];
}

/**
 * Opens (creating if needed) the library database, checks it is ours and not
 * from a newer build, then applies pending migrations in one transaction.
 * A refused database is closed untouched.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const db = new Database(
    path,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  );
  try {
    const migrations = options.migrations ?? MIGRATIONS;
    const target = options.targetVersion ?? migrations.length;
    checkOwnership(db, migrations.length);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, migrations, target);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * 8 KiB pages hold a typical plan document (a few KiB of JSON) in one page
 * instead of a chain of overflow pages, so each edit writes fewer pages.
 * Only takes effect on a new, empty database.
 */
const PAGE_SIZE = 8192;

function checkOwnership(db: Db, latest: number): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const isEmpty =
    (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0;
  if (appId === 0 && version === 0 && isEmpty) {
    db.pragma(`page_size = ${PAGE_SIZE}`);
    return;
  }
  if (appId !== APPLICATION_ID) {
    throw new DomainError('IO', `${db.name} is not a Smarketing Planner library`, {
      code: 'library.notALibrary',
      values: { file: db.name },
    });
  }
  if (version > latest) {
    throw new DomainError(
      'IO',
      `${db.name} was written by a newer Smarketing Planner (schema ${version}; this build knows up to ${latest}). Update the app; the file was left untouched.`,
      { code: 'library.newerLibrary', values: { file: db.name } },
    );
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, migrations: readonly Migration[], target: number): void {
  const current = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return;
  db.transaction(() => {
    db.pragma(`application_id = ${APPLICATION_ID}`);
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  })();
}

export { LATEST_SCHEMA_VERSION };
