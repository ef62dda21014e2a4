import type { Migration } from './types';

/**
 * Undo that never overwrites someone else's newer edit: each step records the parts of the
 * plan it touched (null for steps stored before: they count as touching everything), and,
 * in a shared plan, the numbers of the team mutations it went out as, so undoing it can
 * ask the team server to take back exactly those. A pending mutation can now be an undo.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'undo-paths',
  up: (db) => {
    db.exec(`
      ALTER TABLE plan_changes ADD COLUMN touched TEXT;
      ALTER TABLE plan_changes ADD COLUMN mutations TEXT NOT NULL DEFAULT '[]';
      CREATE TABLE pending_mutations_next (
        id INTEGER PRIMARY KEY,
        plan_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('share', 'command', 'undo')),
        base_revision INTEGER NOT NULL,
        body TEXT NOT NULL
      );
      INSERT INTO pending_mutations_next SELECT id, plan_id, kind, base_revision, body
        FROM pending_mutations;
      DROP TABLE pending_mutations;
      ALTER TABLE pending_mutations_next RENAME TO pending_mutations;
    `);
  },
};
