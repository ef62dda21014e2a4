import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TeamDatabase } from '../../server/db/database';
import { startTeamServer } from '../../server/http';
import { joinLimiter } from '../../server/join-limiter';
import { ChangeNotices } from '../../server/notices';
import { startPostgres, type RunningPostgres } from './postgres';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A PostgreSQL of the test's own, migrated, with a team server in this process on it. */
export interface TeamServerForTests {
  postgres: RunningPostgres;
  db: TeamDatabase;
  url: string;
  stop: () => Promise<void>;
}

export async function startTeamServerForTests(): Promise<TeamServerForTests> {
  const postgres = await startPostgres();
  const db = new TeamDatabase(postgres.url);
  await db.migrate();
  const notices = new ChangeNotices(postgres.url);
  await notices.start();
  const server = await startTeamServer({
    db,
    notices,
    joinLimiter: await joinLimiter(db),
    host: '127.0.0.1',
    port: 0,
  });
  return {
    postgres,
    db,
    url: server.url,
    stop: async () => {
      await server.close();
      await notices.close();
      await db.close();
      postgres.stop();
    },
  };
}

/**
 * A team server process, as `npm run team-server` starts it, in its own process group (so
 * kill -9 of the group ends the server itself); resolves once it listens, with its address.
 */
export function spawnTeamServer(
  databaseUrl: string,
  port: number,
): Promise<{ child: ChildProcess; url: string; kill: () => void }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'server/main.ts'),
      '--database',
      databaseUrl,
      '--port',
      String(port),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], cwd: root, detached: true },
  );
  const kill = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no team server: ${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /team server on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], kill });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
  });
}
