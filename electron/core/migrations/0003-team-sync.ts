import type { Migration } from './types';

/**
 * What a device keeps to sync plans through a team server: the connection (never the
 * token, which lives in the host's secret store), each shared plan's document as the
 * server last gave it, the edits not yet acknowledged, and the edits the server refused.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'team-sync',
  up: (db) => {
    db.exec(`
      CREATE TABLE team_connection (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        server TEXT NOT NULL,
        device_id TEXT NOT NULL,
        team_id TEXT NOT NULL,
        team_name TEXT NOT NULL,
        member_id TEXT NOT NULL,
        member_name TEXT NOT NULL,
        role TEXT NOT NULL,
        next_mutation INTEGER NOT NULL DEFAULT 1,
        last_acknowledged INTEGER NOT NULL DEFAULT 0,
        connected_at TEXT NOT NULL
      );
      CREATE TABLE shared_plans (
        plan_id TEXT PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
        server_revision INTEGER NOT NULL,
        server_doc TEXT,
        updated_by TEXT,
        updated_at TEXT
      );
      CREATE TABLE pending_mutations (
        id INTEGER PRIMARY KEY,
        plan_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('share', 'command')),
        base_revision INTEGER NOT NULL,
        body TEXT NOT NULL
      );
      CREATE TABLE refused_mutations (
        id INTEGER PRIMARY KEY,
        plan_id TEXT NOT NULL,
        command TEXT NOT NULL,
        reason TEXT NOT NULL,
        -- The plan as this laptop had it when told: what the edit meant, in names.
        plan_doc TEXT,
        refused_at TEXT NOT NULL,
        dismissed INTEGER NOT NULL DEFAULT 0
      );
    `);
  },
};
