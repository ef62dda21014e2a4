import Database from 'better-sqlite3';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsDir } from '../../../../electron/core/backup-service';
import { LIBRARY_FILE } from '../../../../electron/core/data-dir';
import { openLibrary, type Library } from '../../../../electron/core/library';
import { MIGRATIONS } from '../../../../electron/core/migrations';
import { makeTempDir } from '../../../helpers/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
let time: number;
const now = () => new Date(time);
let library: Library;

beforeEach(async () => {
  dir = makeTempDir();
  time = Date.parse('2026-11-27T09:00:00.000Z');
  library = await openLibrary(dir.path, { now });
});
afterEach(() => {
  library.close();
  dir.remove();
});

function createPlan(name: string): string {
  return library.plans.create({ name }).plan.id;
}

function planNames(): string[] {
  return library.plans
    .list()
    .map((plan) => plan.name)
    .sort();
}

function backupFiles(): string[] {
  return readdirSync(backupsDir(dir.path)).sort();
}

describe('backups', () => {
  it('writes a checked copy with the backup API and lists it with what it holds', async () => {
    createPlan('Q1 alignment');
    createPlan('Q2 alignment');
    const backup = await library.backups.create('manual');
    expect(backup).toMatchObject({
      fileName: 'library-20261127T090000000Z-manual.sqlite',
      createdAt: '2026-11-27T09:00:00.000Z',
      reason: 'manual',
      planCount: 2,
      problem: null,
    });
    // A whole SQLite library of ours, not a torn copy: it opens and checks out.
    const copy = new Database(join(backupsDir(dir.path), backup.fileName), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) AS n FROM plans').get()).toEqual({ n: 2 });
    copy.close();
    expect(backupFiles()).toEqual([backup.fileName]);
  });

  it('removes a copy left half-written by a quit or a crash when the library opens again', async () => {
    createPlan('Before the quit');
    const finished = (await library.backups.create('manual')).fileName;
    const stray = `library-20261127-085959-000-scheduled.sqlite.partial`;
    for (const name of [stray, `${stray}-wal`, `${stray}-journal`]) {
      writeFileSync(join(backupsDir(dir.path), name), 'half a copy');
    }
    library.close();
    library = await openLibrary(dir.path, { now });
    expect(backupFiles()).toEqual([finished]);
    expect(library.backups.list().map((backup) => backup.fileName)).toEqual([finished]);
  });

  it('keeps the ten newest and removes the oldest', async () => {
    createPlan('Rotating');
    for (let minute = 0; minute < 13; minute += 1) {
      await library.backups.create('scheduled');
      time += 60_000;
    }
    const kept = library.backups.list();
    expect(kept).toHaveLength(10);
    expect(kept[0]?.createdAt).toBe('2026-11-27T09:12:00.000Z');
    expect(kept.at(-1)?.createdAt).toBe('2026-11-27T09:03:00.000Z');
  });

  it('backs up on schedule only when the library changed since the last backup', async () => {
    expect(await library.backups.runScheduled()).toBeNull();
    const id = createPlan('Scheduled');
    expect(await library.backups.runScheduled()).toMatchObject({ reason: 'scheduled' });
    time += 600_000;
    expect(await library.backups.runScheduled()).toBeNull();
    library.plans.rename(id, 'Scheduled, renamed');
    expect(await library.backups.runScheduled()).toMatchObject({ planCount: 1 });
    expect(backupFiles()).toHaveLength(2);
  });

  it('runs the schedule on a timer once the shell starts it', async () => {
    createPlan('Timed');
    library.scheduleBackups(20);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(backupFiles().filter((name) => name.endsWith('-scheduled.sqlite'))).toHaveLength(1);
  });

  it('restores a backup: the plans as they were, after backing up the library as it is', async () => {
    const kept = createPlan('Kept');
    const backup = await library.backups.create('manual');
    library.plans.rename(kept, 'Kept, renamed after the backup');
    createPlan('Made after the backup');
    time += 60_000;
    const result = await library.dispatchAll('backups.restore', { fileName: backup.fileName });
    expect(result).toMatchObject({
      ok: true,
      value: {
        restored: { fileName: backup.fileName },
        safetyBackup: { reason: 'before-restore', planCount: 2 },
      },
    });
    expect(planNames()).toEqual(['Kept']);
    // Nothing remembered from before the restore leaks through.
    expect(library.plans.get(kept).doc.name).toBe('Kept');
    expect(library.db.pragma('foreign_key_check')).toEqual([]);
    // And the library as it was is itself one restore away.
    const safety = (result as { value: { safetyBackup: { fileName: string } } }).value.safetyBackup;
    await library.dispatchAll('backups.restore', { fileName: safety.fileName });
    expect(planNames()).toEqual(['Kept, renamed after the backup', 'Made after the backup']);
  });

  it('refuses to restore a damaged, foreign or missing backup and changes nothing', async () => {
    createPlan('Untouched');
    const backup = await library.backups.create('manual');
    const path = join(backupsDir(dir.path), backup.fileName);
    const bytes = readFileSync(path);
    bytes.fill(0x5a, 100, bytes.length);
    writeFileSync(path, bytes);
    const foreign = 'library-20261127T080000000Z-manual.sqlite';
    const stranger = new Database(join(backupsDir(dir.path), foreign));
    stranger.exec('CREATE TABLE notes (text TEXT)');
    stranger.close();
    const before = JSON.stringify(library.db.prepare('SELECT * FROM plans').all());
    for (const [fileName, code] of [
      [backup.fileName, 'INVALID_INPUT'],
      [foreign, 'INVALID_INPUT'],
      ['library-20261127T070000000Z-manual.sqlite', 'NOT_FOUND'],
    ] as const) {
      const result = await library.dispatchAll('backups.restore', { fileName });
      expect(result, fileName).toMatchObject({ ok: false, error: { code } });
    }
    expect(JSON.stringify(library.db.prepare('SELECT * FROM plans').all())).toBe(before);
    expect(library.backups.list().find((b) => b.fileName === foreign)?.problem).toBe(
      'not a Smarketing Planner library',
    );
    expect(library.backups.newestGood()).toBeNull();
  });

  it('backs the library up before migrating it to a newer schema', async () => {
    createPlan('Before the migration');
    library.close();
    const addNotes = {
      version: MIGRATIONS.length + 1,
      name: 'notes',
      up: (db: Database.Database) => db.exec('CREATE TABLE notes (text TEXT NOT NULL) STRICT'),
    };
    library = await openLibrary(dir.path, { now, migrations: [...MIGRATIONS, addNotes] });
    const [backup] = library.backups.list();
    expect(backup).toMatchObject({ reason: 'before-migration', planCount: 1 });
    const copy = new Database(join(backupsDir(dir.path), backup?.fileName ?? ''), {
      readonly: true,
    });
    expect(copy.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    copy.close();
    expect(library.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1);
  });
});

describe('a damaged library at start', () => {
  async function damageLibrary(): Promise<Buffer> {
    createPlan('Workshop plan');
    await library.backups.create('scheduled');
    createPlan('Newer than the backup');
    library.close();
    const path = join(dir.path, LIBRARY_FILE);
    const bytes = readFileSync(path);
    // Past the 100-byte header: the first table pages get garbage.
    for (let offset = 8192; offset < Math.min(bytes.length, 8192 * 3); offset += 7) {
      bytes[offset] = (bytes[offset] ?? 0) ^ 0xa5;
    }
    writeFileSync(path, bytes);
    return bytes;
  }

  it('is kept aside untouched, a fresh library opens, and the newest good backup is offered', async () => {
    const damagedBytes = await damageLibrary();
    library = await openLibrary(dir.path, { now });
    const status = library.recovery.status();
    expect(status.damaged?.keptAs).toMatch(/library\.damaged-2026-11-27T09-00-00-000Z\.sqlite$/);
    expect(readFileSync(status.damaged?.keptAs ?? '').equals(damagedBytes)).toBe(true);
    expect(status.newestGoodBackup).toMatchObject({ reason: 'scheduled', planCount: 1 });
    expect(library.plans.list()).toEqual([]);

    const restored = await library.dispatchAll('backups.restore', {
      fileName: status.newestGoodBackup?.fileName,
    });
    expect(restored).toMatchObject({ ok: true, value: { safetyBackup: null } });
    expect(planNames()).toEqual(['Workshop plan']);
    expect(library.recovery.status().damaged).toBeNull();
    // The damaged file is still there, byte for byte.
    expect(readFileSync(status.damaged?.keptAs ?? '').equals(damagedBytes)).toBe(true);
  });

  it('never overwrites an earlier damaged file kept aside', async () => {
    await damageLibrary();
    library = await openLibrary(dir.path, { now });
    const first = library.recovery.status().damaged?.keptAs;
    library.close();
    writeFileSync(join(dir.path, LIBRARY_FILE), Buffer.alloc(16384, 0x41));
    library = await openLibrary(dir.path, { now });
    const second = library.recovery.status().damaged?.keptAs;
    expect(second).not.toBe(first);
    expect(readdirSync(dir.path).filter((name) => name.includes('.damaged-'))).toHaveLength(2);
  });

  it('can be set aside for the session when the leaders go on with the fresh library', async () => {
    await damageLibrary();
    library = await openLibrary(dir.path, { now });
    expect(library.dispatch('library.dismissRecovery', {})).toMatchObject({
      ok: true,
      value: { damaged: null, newestGoodBackup: { planCount: 1 } },
    });
  });

  it('is either detected or harmless, whatever bytes past the header are flipped', async () => {
    createPlan('Alpha');
    createPlan('Beta');
    library.close();
    const path = join(dir.path, LIBRARY_FILE);
    const pristine = readFileSync(path);
    let detected = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), {
          minLength: 1,
          maxLength: 64,
        }),
        async (flips) => {
          for (const name of readdirSync(dir.path)) {
            if (name.includes('.damaged-')) writeFileSync(join(dir.path, name), '');
          }
          const bytes = Buffer.from(pristine);
          for (const [at, mask] of flips) {
            const offset = 100 + (at % (bytes.length - 100));
            bytes[offset] = (bytes[offset] ?? 0) ^ mask;
          }
          writeFileSync(path, bytes);
          library = await openLibrary(dir.path, { now });
          try {
            const damaged = library.recovery.status().damaged;
            if (damaged) {
              detected += 1;
              expect(readFileSync(damaged.keptAs).equals(bytes)).toBe(true);
            } else {
              // Not detected: the flips hit unused space, or changed a letter of a text
              // (SQLite keeps no checksum of contents). Either way every plan still
              // opens as a valid plan: nothing unreadable is served.
              const plans = library.plans.list({ trash: false });
              for (const plan of plans) expect(library.plans.get(plan.id).doc.id).toBe(plan.id);
            }
          } finally {
            library.close();
          }
        },
      ),
      // A fixed seed: the same 40 damages every run, so a failure can be replayed.
      { numRuns: 40, seed: 20261127 },
    );
    expect(detected).toBeGreaterThan(0);
    library = await openLibrary(dir.path, { now });
  });
});
