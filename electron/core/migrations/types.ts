import type { Database } from 'better-sqlite3';

export interface Migration {
  /** user_version after this step; versions rise by one and are never edited once shipped. */
  version: number;
  name: string;
  up: (db: Database) => void;
}
