import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../shared/api/contract';
import { BACKUP_FILE_PATTERN } from '../../shared/api/contract';
import { DomainError } from '../../shared/domain/errors';
import { openDatabase, type Db } from './db';
import { inspectLibrary } from './library-health';

export const BACKUPS_FOLDER = 'backups';
/** Ten backups: at one every ten minutes of editing, most of a workshop day. */
export const BACKUPS_KEPT = 10;

/** A backup still being written, or its journal: `library-….sqlite.partial[-wal|-shm|-journal]`. */
const UNFINISHED_BACKUP = /\.partial(-wal|-shm|-journal)?$/;

/** Tables copied on restore, parents before children (foreign keys stay satisfied). */
const TABLES = ['plans', 'plan_changes', 'snapshots', 'settings'] as const;

/**
 * Rotating copies of the library made with SQLite's online backup API, which
 * copies a consistent state page by page while the app keeps working (a file
 * copy of a live WAL database can tear). Each copy is written under a temporary
 * name and renamed once complete and checked, so a listed backup is whole.
 */
export class BackupService {
  private changesAtLastBackup = -1;
  /**
   * A backup never changes once renamed into place, so its check is kept by
   * name, size and time: listing again (the recovery check at every return to
   * the library) costs a stat per file, not a read of every plan.
   */
  private readonly checked = new Map<string, { stamp: string; info: BackupInfo }>();

  constructor(
    private readonly db: Db,
    private readonly dir: string,
    private readonly now: () => Date,
    private readonly options: { nativeBinding?: string | undefined; keep?: number } = {},
  ) {}

  /** Newest first; each checked, so a damaged copy is shown as such and never offered. */
  list(): BackupInfo[] {
    return this.fileNames()
      .map((fileName) => this.describe(fileName))
      .sort(
        (a, b) => b.createdAt.localeCompare(a.createdAt) || b.fileName.localeCompare(a.fileName),
      );
  }

  /**
   * Removes copies left half-written: a backup is written as `….partial` and renamed when
   * checked, and a quit or a crash in the middle leaves the partial file (and its journal)
   * behind. Run when the library opens, before any backup of this run starts.
   */
  removeUnfinished(): string[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    const unfinished = names.filter((name) => UNFINISHED_BACKUP.test(name));
    for (const name of unfinished) rmSync(join(this.dir, name), { force: true });
    return unfinished;
  }

  newestGood(): BackupInfo | null {
    return this.list().find((backup) => backup.problem === null) ?? null;
  }

  async create(reason: BackupReason): Promise<BackupInfo> {
    mkdirSync(this.dir, { recursive: true });
    const fileName = this.nextFileName(reason);
    const partial = join(this.dir, `${fileName}.partial`);
    try {
      await this.db.backup(partial);
      settleAsSingleFile(partial, this.binding());
      const health = inspectLibrary(partial, { ...this.binding(), readonly: true });
      if (health.kind !== 'healthy') {
        throw new DomainError('IO', `the backup did not check out (${describeHealth(health)})`, {
          code: 'backup.checkFailed',
        });
      }
      renameSync(partial, join(this.dir, fileName));
    } finally {
      rmSync(partial, { force: true });
    }
    this.changesAtLastBackup = this.totalChanges();
    this.rotate();
    return this.describe(fileName);
  }

  /** The schedule's tick: backs up only when the library changed since the last backup. */
  async runScheduled(): Promise<BackupInfo | null> {
    if (this.totalChanges() === this.changesAtLastBackup) return null;
    if (this.changesAtLastBackup === -1 && this.totalChanges() === 0) return null;
    return this.create('scheduled');
  }

  /**
   * Replaces the library's contents with a backup's. The backup is checked
   * first (SQLite integrity, application id, schema version, every plan), then
   * copied with the backup API to a scratch file and brought to the current
   * schema there; only then, in one transaction, do its rows replace the
   * library's. The library as it was is backed up first when it holds a plan.
   */
  async restore(
    fileName: string,
    afterReplacing: () => void,
  ): Promise<{ restored: BackupInfo; safetyBackup: BackupInfo | null }> {
    const restored = this.describe(fileName);
    if (restored.problem !== null) {
      throw new DomainError(
        'INVALID_INPUT',
        `${fileName} cannot be restored: ${restored.problem}`,
        {
          code: 'backup.damaged',
          values: { file: fileName },
        },
      );
    }
    const source = new Database(join(this.dir, fileName), {
      readonly: true,
      fileMustExist: true,
      ...this.binding(),
    });
    const scratch = join(this.dir, `${fileName}.restoring`);
    try {
      await source.backup(scratch);
    } finally {
      source.close();
    }
    try {
      const migrated = openDatabase(scratch, this.binding());
      migrated.close();
      const planCount = (this.db.prepare('SELECT count(*) AS n FROM plans').get() as { n: number })
        .n;
      const safetyBackup = planCount > 0 ? await this.create('before-restore') : null;
      this.replaceContents(scratch);
      afterReplacing();
      return { restored, safetyBackup };
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(scratch + suffix, { force: true });
    }
  }

  private replaceContents(scratch: string): void {
    this.db.prepare('ATTACH DATABASE ? AS restored').run(scratch);
    try {
      this.db.transaction(() => {
        for (const table of [...TABLES].reverse())
          this.db.prepare(`DELETE FROM main.${table}`).run();
        for (const table of TABLES) {
          this.db.prepare(`INSERT INTO main.${table} SELECT * FROM restored.${table}`).run();
        }
      })();
    } finally {
      this.db.prepare('DETACH DATABASE restored').run();
    }
  }

  private describe(fileName: string): BackupInfo {
    const match = BACKUP_FILE_PATTERN.exec(fileName);
    if (!match) {
      throw new DomainError('NOT_FOUND', `${fileName} is not a backup of this library`, {
        code: 'backup.unknown',
        values: { file: fileName },
      });
    }
    const path = join(this.dir, fileName);
    let sizeBytes: number;
    let stamp: string;
    try {
      const stats = statSync(path);
      sizeBytes = stats.size;
      stamp = `${stats.size}:${stats.mtimeMs}`;
    } catch {
      throw new DomainError('NOT_FOUND', `there is no backup ${fileName}`, {
        code: 'backup.unknown',
        values: { file: fileName },
      });
    }
    const known = this.checked.get(fileName);
    if (known?.stamp === stamp) return known.info;
    const health = inspectLibrary(path, { ...this.binding(), readonly: true });
    const info: BackupInfo = {
      fileName,
      createdAt: fromStamp(match[1] ?? ''),
      reason: match[2] as BackupReason,
      sizeBytes,
      planCount: health.kind === 'healthy' ? health.planCount : null,
      problem: health.kind === 'healthy' ? null : describeHealth(health),
    };
    this.checked.set(fileName, { stamp, info });
    return info;
  }

  private fileNames(): string[] {
    try {
      return readdirSync(this.dir).filter((name) => BACKUP_FILE_PATTERN.test(name));
    } catch {
      return [];
    }
  }

  private nextFileName(reason: BackupReason): string {
    const stamp = toStamp(this.now());
    const taken = new Set(this.fileNames());
    let fileName = `library-${stamp}-${reason}.sqlite`;
    // Two backups in one millisecond (a restore right after a manual backup) get the next one.
    for (let ms = 1; taken.has(fileName); ms += 1) {
      fileName = `library-${toStamp(new Date(this.now().getTime() + ms))}-${reason}.sqlite`;
    }
    return fileName;
  }

  /** Keeps the newest few; the oldest go first. */
  private rotate(): void {
    const keep = this.options.keep ?? BACKUPS_KEPT;
    const byAge = this.fileNames().sort().reverse();
    for (const old of byAge.slice(keep)) rmSync(join(this.dir, old), { force: true });
  }

  private totalChanges(): number {
    return (this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  }

  private binding(): { nativeBinding?: string } {
    return this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {};
  }
}

/**
 * The copy inherits WAL mode from the library. A backup is one file at rest:
 * back to a rollback journal, so opening it to check or list it (read-only)
 * never leaves -wal and -shm files beside it.
 */
function settleAsSingleFile(path: string, binding: { nativeBinding?: string }): void {
  const copy = new Database(path, binding);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, BACKUPS_FOLDER);
}

function describeHealth(health: ReturnType<typeof inspectLibrary>): string {
  if (health.kind === 'damaged' || health.kind === 'refused') return health.problem;
  if (health.kind === 'missing') return 'the file is empty';
  return 'ok';
}

/** 2026-11-27T14:05:09.123Z ⇄ 20261127T140509123Z: sortable, and legal in every file system. */
function toStamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

function fromStamp(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : stamp;
}
