import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db';
import { PlanService, systemClock } from '../../../electron/core/plan-service';
import { TeamSync } from '../../../electron/core/team/team-sync';
import { MemoryTokenStore } from '../../../electron/core/team/token-store';
import { TeamDatabase } from '../../../server/db/database';
import { createTeam } from '../../../server/teams';
import { makeTempDir } from '../../helpers/temp-dir';
import { freePort, startPostgres, type RunningPostgres } from '../../helpers/postgres';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let postgres: RunningPostgres;
let db: TeamDatabase;
const children: ChildProcess[] = [];

/** A team server process on a fixed port, so a laptop finds it again after a restart. */
function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules/tsx/dist/cli.mjs'),
      join(root, 'server/main.ts'),
      '--database',
      postgres.url,
      '--port',
      String(port),
    ],
    // Its own process group: killing the group ends the server and anything it started.
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: root, detached: true },
  );
  children.push(child);
  child.stderr?.on('data', (chunk: Buffer) =>
    process.stderr.write(`[server ${port}] ${chunk.toString()}`),
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no server: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('team server on')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
  });
}

beforeAll(async () => {
  postgres = await startPostgres();
  db = new TeamDatabase(postgres.url);
  await db.migrate();
}, 60_000);

/** kill -9 of the server, as a crash or an operator would. */
function killGroup(child: ChildProcess): void {
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

afterAll(async () => {
  for (const child of children) killGroup(child);
  await db?.close();
  postgres?.stop();
});

/** A laptop with a shared plan and `edits` edits queued, connected to the server at `url`. */
async function laptopWithEdits(url: string, edits: number) {
  const { invite } = await createTeam(db, 'Faults', 'Ana');
  const dir = makeTempDir();
  const library = openDatabase(join(dir.path, 'library.sqlite'));
  const plans = new PlanService(library, systemClock);
  const sync = new TeamSync(library, plans, new MemoryTokenStore());
  await sync.connect(url, invite, 'Ana’s laptop');
  const { doc } = plans.create({ name: 'Plan', template: 'waterfall', language: 'es' });
  await sync.share(doc.id);
  for (let i = 1; i <= edits; i++) {
    plans.apply(doc.id, [{ type: 'funnel.assumptions.set', patch: { topVolume: i } }]);
  }
  return {
    id: doc.id,
    plans,
    sync,
    close: () => {
      library.close();
      dir.remove();
    },
  };
}

/** Syncs until nothing is pending, however often the server or database is away. */
async function syncUntilDone(sync: TeamSync, deadline = Date.now() + 30_000): Promise<void> {
  while (Date.now() < deadline) {
    await sync.sync();
    if (sync.status().pending === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`still pending: ${JSON.stringify(sync.status())}`);
}

async function serverRecord(planId: string) {
  const { rows } = await db.asOwner((client) =>
    client.query<{ changes: number; distinct: number; revision: string }>(
      `SELECT count(*)::int AS changes, count(DISTINCT mutation)::int AS distinct,
         (SELECT revision FROM plans WHERE id = $1) AS revision
       FROM plan_changes WHERE plan_id = $1`,
      [planId],
    ),
  );
  return rows[0];
}

describe('faults on the way', () => {
  it('the server killed mid-push: the laptop pushes again, nothing lost or doubled', async () => {
    const port = await freePort();
    const first = await startServer(port);
    const laptop = await laptopWithEdits(`http://127.0.0.1:${port}`, 1200);
    const pushing = laptop.sync.sync();
    await new Promise((resolve) => setTimeout(resolve, 40));
    const gone = new Promise((resolve) => first.once('exit', resolve));
    killGroup(first);
    await gone;
    await pushing;
    await startServer(port);
    await syncUntilDone(laptop.sync);
    // The share and 1,200 edits, each once, and the document the laptop has.
    expect(await serverRecord(laptop.id)).toEqual({
      changes: 1201,
      distinct: 1201,
      revision: '1201',
    });
    expect(laptop.plans.document(laptop.id).funnel.assumptions.topVolume).toBe(1200);
    laptop.close();
  }, 90_000);

  it('PostgreSQL restarting mid-push: nothing acknowledged is lost, nothing doubled', async () => {
    const port = await freePort();
    await startServer(port);
    const laptop = await laptopWithEdits(`http://127.0.0.1:${port}`, 1200);
    const pushing = laptop.sync.sync();
    await new Promise((resolve) => setTimeout(resolve, 40));
    postgres.restart();
    await pushing;
    await syncUntilDone(laptop.sync);
    expect(await serverRecord(laptop.id)).toEqual({
      changes: 1201,
      distinct: 1201,
      revision: '1201',
    });
    laptop.close();
  }, 90_000);
});
