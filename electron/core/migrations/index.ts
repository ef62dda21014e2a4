import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-change-origin';
import { migration0003 } from './0003-team-sync';
import { migration0004 } from './0004-undo-paths';
import { migration0005 } from './0005-templates';
import { migration0006 } from './0006-images';
import type { Migration } from './types';

/**
 * Append-only. Migrations are imported, not read from a folder at run time,
 * so the bundled app carries exactly the steps it was tested with.
 */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
