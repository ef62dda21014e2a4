import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningPostgres {
  /** The owner's URL of the test database. */
  url: string;
  port: number;
  stop: () => void;
  /** Stops the server as a crash would, then starts it again on the same folder. */
  restart: () => void;
}

/** The newest PostgreSQL 15+ server binaries Debian installed, or those on the PATH. */
export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .map(Number)
      .filter((v) => v >= 15)
      .sort((a, b) => b - a);
    for (const version of versions) {
      const bin = join(root, String(version), 'bin');
      if (existsSync(join(bin, 'initdb'))) return bin;
    }
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  return found ? found.replace(/\/initdb$/, '') : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A PostgreSQL cluster of the test's own: initdb into a temporary folder, started with
 * pg_ctl on a free port of 127.0.0.1, trusted locally. As root (CI), the cluster runs as
 * the `postgres` user the Debian package creates, since PostgreSQL refuses to run as root.
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL 15+ is not installed: apt-get install -y postgresql');
  const dir = mkdtempSync(join(tmpdir(), 'smarketing-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const uid = asRoot
    ? Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    : null;
  const gid = asRoot
    ? Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    : null;
  if (uid !== null && gid !== null) {
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, tool);
    const full = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
    execFileSync(command, full, { stdio: 'pipe' });
  };
  run('initdb', [
    '-D',
    data,
    '-U',
    'smarketing_owner',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C',
  ]);
  const port = await freePort();
  const start = () =>
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`,
      '-w',
      'start',
    ]);
  start();
  const stop = (mode: 'fast' | 'immediate') =>
    run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  execFileSync(
    asRoot ? 'runuser' : join(bin, 'createdb'),
    asRoot
      ? [
          '-u',
          'postgres',
          '--',
          join(bin, 'createdb'),
          '-h',
          '127.0.0.1',
          '-p',
          String(port),
          '-U',
          'smarketing_owner',
          'smarketing',
        ]
      : ['-h', '127.0.0.1', '-p', String(port), '-U', 'smarketing_owner', 'smarketing'],
    { stdio: 'pipe' },
  );
  return {
    url: `postgres://smarketing_owner@127.0.0.1:${port}/smarketing`,
    port,
    stop: () => {
      try {
        stop('fast');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    restart: () => {
      stop('immediate');
      start();
    },
  };
}
