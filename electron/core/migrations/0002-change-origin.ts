import type { Migration } from './types';

/**
 * Which window (or tab) made each change, so undo and redo act on a window's own edits when
 * several are open on one plan. Changes stored before have none, and stay undoable from any
 * window, as they were.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'change-origin',
  up: (db) => {
    db.exec('ALTER TABLE plan_changes ADD COLUMN origin TEXT');
  },
};
