import type Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { LIBRARY_FILE } from '../../electron/core/data-dir';
import { openDatabase } from '../../electron/core/db';
import { PlanDocSchema } from '../../shared/domain/plan-doc';

/** What the writer acknowledged, accumulated over every trial on one library. */
export interface Acknowledged {
  /** Highest revision acknowledged per plan. */
  revisions: Map<string, number>;
  trashed: Set<string>;
  purged: Set<string>;
  /** Asked to purge: gone or not, either is right if the answer never came. */
  purgeAsked: Set<string>;
  calls: number;
}

export interface TrialResult {
  killedAfterMs: number;
  acknowledgedCalls: number;
  problems: string[];
}

/**
 * Bundles the writer once into a plain ESM file, so each trial starts in ~0.1 s
 * instead of under tsx. It is written inside node_modules/.cache so that Node
 * finds better-sqlite3 (left external: it is native) from there.
 */
export async function bundleWriter(): Promise<string> {
  const outfile = fileURLToPath(
    new URL('../../node_modules/.cache/smarketing/crash-writer.mjs', import.meta.url),
  );
  await build({
    entryPoints: [fileURLToPath(new URL('./writer.ts', import.meta.url))],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
  return outfile;
}

export function emptyAcknowledged(): Acknowledged {
  return {
    revisions: new Map(),
    trashed: new Set(),
    purged: new Set(),
    purgeAsked: new Set(),
    calls: 0,
  };
}

/**
 * One trial: start the writer, kill it with SIGKILL at a random moment (a
 * fifth of the time during start-up and migration, otherwise while it edits),
 * then reopen the library as the app would and check everything it promised.
 */
export async function runTrial(
  writerPath: string,
  dataDir: string,
  acknowledged: Acknowledged,
  maxEditMs = 150,
): Promise<TrialResult> {
  const killedAfterMs = await killAtRandom(writerPath, dataDir, acknowledged, maxEditMs);
  return {
    killedAfterMs,
    acknowledgedCalls: acknowledged.calls,
    problems: checkLibrary(dataDir, acknowledged),
  };
}

function killAtRandom(
  writerPath: string,
  dataDir: string,
  acknowledged: Acknowledged,
  maxEditMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [writerPath, dataDir], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    const duringStartUp = Math.random() < 0.2;
    if (duringStartUp) timer = setTimeout(kill, Math.random() * 150);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') {
          if (!duringStartUp) timer = setTimeout(kill, Math.random() * maxEditMs);
          continue;
        }
        record(line, acknowledged);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`the writer stopped by itself (code ${code}): ${stderr}`));
        return;
      }
      resolve(Date.now() - started);
    });
  });
}

function record(line: string, acknowledged: Acknowledged): void {
  const [kind, id, revision] = line.split(' ');
  if (!id) return;
  if (kind === 'purging') {
    acknowledged.purgeAsked.add(id);
    return;
  }
  if (kind === 'trashing') return;
  acknowledged.calls += 1;
  if (kind === 'rev') {
    const value = Number(revision);
    acknowledged.revisions.set(id, Math.max(value, acknowledged.revisions.get(id) ?? 0));
  } else if (kind === 'trash') acknowledged.trashed.add(id);
  else if (kind === 'purge') acknowledged.purged.add(id);
}

/** Reopens the library (running recovery and migrations like the app) and lists every broken promise. */
export function checkLibrary(dataDir: string, acknowledged: Acknowledged): string[] {
  const problems: string[] = [];
  const path = join(dataDir, LIBRARY_FILE);
  // Killed before the library was first created: nothing was promised yet.
  if (!existsSync(path) && acknowledged.calls === 0) return [];
  let db: Database.Database;
  try {
    db = openDatabase(path);
  } catch (error) {
    return [`the library does not open: ${String(error)}`];
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) problems.push(`${orphans.length} foreign-key violations`);
    const rows = db
      .prepare('SELECT id, revision, deleted_at AS deletedAt, doc FROM plans')
      .all() as Array<{ id: string; revision: number; deletedAt: string | null; doc: string }>;
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const row of rows) {
      const parsed = PlanDocSchema.safeParse(JSON.parse(row.doc));
      if (!parsed.success) problems.push(`plan ${row.id}: the stored document is not a valid plan`);
    }
    for (const [id, revision] of acknowledged.revisions) {
      if (acknowledged.purgeAsked.has(id)) continue;
      const row = byId.get(id);
      if (!row) problems.push(`plan ${id}: acknowledged at revision ${revision}, now missing`);
      else if (row.revision < revision) {
        problems.push(`plan ${id}: acknowledged revision ${revision}, found ${row.revision}`);
      }
    }
    for (const id of acknowledged.trashed) {
      if (byId.get(id)?.deletedAt === null) {
        problems.push(`plan ${id}: moved to the trash, found live`);
      }
    }
    for (const id of acknowledged.purged) {
      if (byId.has(id)) problems.push(`plan ${id}: deleted for good, found again`);
    }
  } finally {
    db.close();
  }
  return problems;
}
