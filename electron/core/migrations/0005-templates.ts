import type { Migration } from './types';

/**
 * A consultant's own templates, kept in the library beside the plans: the template as its
 * file holds it (`body`), with what the list shows in columns of their own.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'templates',
  up: (db) => {
    db.exec(`
      CREATE TABLE templates (
        id          TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        language    TEXT NOT NULL CHECK (language IN ('en', 'es')),
        parts       TEXT NOT NULL,
        body        TEXT NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX templates_by_name ON templates (name);
    `);
  },
};
