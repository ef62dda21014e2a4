import type { Migration } from './types';

/** Plans, their change log (undo/redo), named snapshots and settings. */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up: (db) => {
    db.exec(`
      CREATE TABLE plans (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        client      TEXT NOT NULL DEFAULT '',
        doc         TEXT NOT NULL,
        revision    INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        deleted_at  TEXT
      ) STRICT;

      CREATE TABLE plan_changes (
        plan_id     TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        seq         INTEGER NOT NULL,
        commands    TEXT NOT NULL,
        patches     TEXT NOT NULL,
        inverse     TEXT NOT NULL,
        merge_key   TEXT,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL,
        undone      INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
        PRIMARY KEY (plan_id, seq)
      ) STRICT;
      -- A plan's changes are always live steps (undone = 0) followed by undone ones
      -- (the redo stack), so every undo/redo query walks the primary key from one end.

      CREATE TABLE snapshots (
        id          TEXT PRIMARY KEY,
        plan_id     TEXT NOT NULL REFERENCES plans (id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        revision    INTEGER NOT NULL,
        doc         TEXT NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX snapshots_by_plan ON snapshots (plan_id, created_at);

      CREATE TABLE settings (
        key         TEXT PRIMARY KEY,
        value       TEXT NOT NULL
      ) STRICT;
    `);
  },
};
