import type { Migration } from './types';

/**
 * Logos kept in the library, not referenced by a path that may move: each under the
 * SHA-256 of its bytes, so the same logo chosen twice is kept once.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'images',
  up: (db) => {
    db.exec(`
      CREATE TABLE images (
        id          TEXT PRIMARY KEY,
        type        TEXT NOT NULL CHECK (type IN ('image/png', 'image/svg+xml')),
        bytes       BLOB NOT NULL,
        created_at  TEXT NOT NULL
      ) STRICT;
    `);
  },
};
