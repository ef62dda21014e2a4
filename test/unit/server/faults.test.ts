import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db';
import { PlanService, systemClock } from '../../../electron/core/plan-service';
import { TeamSync } from '../../../electron/core/team/team-sync';
import { FileTokenStore, MemoryTokenStore } from '../../../electron/core/team/token-store';
import { TeamDatabase } from '../../../server/db/database';
import { createTeam } from '../../../server/teams';
import { spawnTeamServer } from '../../helpers/team-server';
import { makeTempDir } from '../../helpers/temp-dir';
import { freePort, startPostgres, type RunningPostgres } from '../../helpers/postgres';

const root = fileURLToPath(new URL('../../../', import.meta.url));
let postgres: RunningPostgres;
let db: TeamDatabase;
const servers: Array<{ kill: () => void }> = [];

/** A team server process on a fixed port, so a laptop finds it again after a restart. */
async function startServer(port: number) {
  const server = await spawnTeamServer(postgres.url, port);
  servers.push(server);
  return server;
}

beforeAll(async () => {
  postgres = await startPostgres();
  db = new TeamDatabase(postgres.url);
  await db.migrate();
}, 60_000);

afterAll(async () => {
  for (const server of servers) server.kill();
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
    const gone = new Promise((resolve) => first.child.once('exit', resolve));
    first.kill();
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

  it('a laptop killed mid-push: opened again, it pushes again, nothing lost or doubled', async () => {
    const port = await freePort();
    await startServer(port);
    const { invite } = await createTeam(db, 'Faults', 'Ana');
    const dir = makeTempDir();
    const open = () => {
      const library = openDatabase(join(dir.path, 'library.sqlite'));
      const plans = new PlanService(library, systemClock);
      const sync = new TeamSync(library, plans, new FileTokenStore(dir.path));
      return { library, plans, sync };
    };
    const laptop = open();
    await laptop.sync.connect(`http://127.0.0.1:${port}`, invite, 'Ana’s laptop');
    const { doc } = laptop.plans.create({ name: 'Plan', template: 'waterfall', language: 'es' });
    await laptop.sync.share(doc.id);
    for (let i = 1; i <= 1200; i++) {
      laptop.plans.apply(doc.id, [{ type: 'funnel.assumptions.set', patch: { topVolume: i } }]);
    }
    laptop.library.close();
    // The laptop, as its own process, starts pushing and is killed -9 in the middle.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(root, 'test/helpers/device-push.ts'), dir.path],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    await new Promise<void>((resolve) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('pushing')) setTimeout(resolve, 30);
      });
    });
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await gone;
    // Opened again, it goes on from where its library says it was.
    const again = open();
    await syncUntilDone(again.sync);
    expect(await serverRecord(doc.id)).toEqual({ changes: 1201, distinct: 1201, revision: '1201' });
    expect(again.plans.document(doc.id).funnel.assumptions.topVolume).toBe(1200);
    again.library.close();
    dir.remove();
  }, 90_000);
});
