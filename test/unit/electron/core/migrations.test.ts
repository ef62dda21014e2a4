import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase, schemaVersion } from '../../../../electron/core/db';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../../electron/core/migrations';
import { makeTempDir } from '../../../helpers/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = join(dir.path, 'library.sqlite');
});
afterEach(() => dir.remove());

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

describe('openDatabase', () => {
  it('creates a new library at the latest version with our application id and safe pragmas', () => {
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('page_size', { simple: true })).toBe(8192);
    db.close();
  });

  it('numbers migrations 1, 2, 3… with no gap', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('refuses a library from a newer build and leaves the file byte for byte as it was', () => {
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/newer Smarketing Planner.*left untouched/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a SQLite file that belongs to another program', () => {
    const raw = new Database(file);
    raw.exec('CREATE TABLE contacts (id INTEGER)');
    raw.close();
    expect(() => openDatabase(file)).toThrow(/not a Smarketing Planner library/);
    const check = new Database(file);
    expect(tables(check)).toEqual(['contacts']);
    check.close();
  });
});

describe('migration 0001-initial', () => {
  it('creates the plan, change, snapshot and settings tables, with cascading deletes', () => {
    const db = openDatabase(file, { targetVersion: 1 });
    expect(tables(db)).toEqual(['plan_changes', 'plans', 'settings', 'snapshots']);
    const now = '2026-11-27T00:00:00Z';
    db.prepare(
      "INSERT INTO plans (id, name, doc, created_at, updated_at) VALUES ('a', 'A', '{}', ?, ?)",
    ).run(now, now);
    db.prepare(
      "INSERT INTO plan_changes (plan_id, seq, commands, patches, inverse, created_at, updated_at) VALUES ('a', 1, '[]', '[]', '[]', ?, ?)",
    ).run(now, now);
    expect(() =>
      db
        .prepare(
          "INSERT INTO plan_changes (plan_id, seq, commands, patches, inverse, created_at, updated_at) VALUES ('ghost', 1, '[]', '[]', '[]', ?, ?)",
        )
        .run(now, now),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM plans WHERE id = 'a'").run();
    expect(db.prepare('SELECT count(*) AS n FROM plan_changes').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('migration 0002-change-origin', () => {
  it('keeps every stored change, with no origin, and records the window of new ones', async () => {
    const v1 = openDatabase(file, { targetVersion: 1 });
    const now = '2026-11-27T00:00:00Z';
    v1.prepare(
      "INSERT INTO plans (id, name, doc, created_at, updated_at) VALUES ('a', 'A', '{}', ?, ?)",
    ).run(now, now);
    v1.prepare(
      "INSERT INTO plan_changes (plan_id, seq, commands, patches, inverse, created_at, updated_at) VALUES ('a', 1, '[\"c\"]', '[]', '[]', ?, ?)",
    ).run(now, now);
    v1.close();

    const v2 = openDatabase(file, { targetVersion: 2 });
    expect(schemaVersion(v2)).toBe(2);
    expect(v2.prepare('SELECT seq, commands, origin FROM plan_changes').all()).toEqual([
      { seq: 1, commands: '["c"]', origin: null },
    ]);
    v2.prepare(
      "INSERT INTO plan_changes (plan_id, seq, commands, patches, inverse, origin, created_at, updated_at) VALUES ('a', 2, '[]', '[]', '[]', 'window-1', ?, ?)",
    ).run(now, now);
    expect(v2.prepare('SELECT origin FROM plan_changes WHERE seq = 2').get()).toEqual({
      origin: 'window-1',
    });
    v2.close();
  });
});

describe('migration 0003-team-sync', () => {
  it('adds the team tables to a library with plans, and a shared plan goes with its plan', () => {
    const v2 = openDatabase(file, { targetVersion: 2 });
    const now = '2026-11-30T00:00:00Z';
    v2.prepare(
      "INSERT INTO plans (id, name, doc, created_at, updated_at) VALUES ('a', 'A', '{}', ?, ?)",
    ).run(now, now);
    v2.close();
    const v3 = openDatabase(file, { targetVersion: 3 });
    expect(tables(v3)).toEqual([
      'pending_mutations',
      'plan_changes',
      'plans',
      'refused_mutations',
      'settings',
      'shared_plans',
      'snapshots',
      'team_connection',
    ]);
    v3.prepare("INSERT INTO shared_plans (plan_id, server_revision) VALUES ('a', 1)").run();
    v3.prepare("DELETE FROM plans WHERE id = 'a'").run();
    expect(v3.prepare('SELECT count(*) AS n FROM shared_plans').get()).toEqual({ n: 0 });
    expect(() =>
      v3
        .prepare(
          "INSERT INTO team_connection (id, server, device_id, team_id, team_name, member_id, member_name, role, connected_at) VALUES (2, 's', 'd', 't', 'T', 'm', 'M', 'editor', ?)",
        )
        .run(now),
    ).toThrow(/CHECK/);
    v3.close();
  });
});

describe('migration 0004-undo-paths', () => {
  it('keeps pending edits and old steps, which count as touching everything, and takes undo mutations', () => {
    const v3 = openDatabase(file, { targetVersion: 3 });
    const now = '2026-11-30T00:00:00Z';
    v3.prepare(
      "INSERT INTO plans (id, name, doc, created_at, updated_at) VALUES ('a', 'A', '{}', ?, ?)",
    ).run(now, now);
    v3.prepare(
      "INSERT INTO plan_changes (plan_id, seq, commands, patches, inverse, created_at, updated_at) VALUES ('a', 1, '[]', '[]', '[]', ?, ?)",
    ).run(now, now);
    v3.prepare(
      "INSERT INTO pending_mutations (id, plan_id, kind, base_revision, body) VALUES (7, 'a', 'command', 3, '{}')",
    ).run();
    v3.close();
    const v4 = openDatabase(file, { targetVersion: 4 });
    expect(v4.prepare('SELECT touched, mutations FROM plan_changes').get()).toEqual({
      touched: null,
      mutations: '[]',
    });
    expect(v4.prepare('SELECT id, kind, base_revision FROM pending_mutations').all()).toEqual([
      { id: 7, kind: 'command', base_revision: 3 },
    ]);
    v4.prepare(
      "INSERT INTO pending_mutations (id, plan_id, kind, base_revision, body) VALUES (8, 'a', 'undo', 3, '{}')",
    ).run();
    expect(() =>
      v4
        .prepare(
          "INSERT INTO pending_mutations (id, plan_id, kind, base_revision, body) VALUES (9, 'a', 'merge', 3, '{}')",
        )
        .run(),
    ).toThrow(/CHECK/);
    v4.close();
  });
});
