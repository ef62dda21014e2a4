import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  describeElectronExit,
  DESKTOP_TOOLING_NODE,
  electronPathFromProbe,
  nodeAtLeast,
} from './launch-outcome';

/**
 * What `npm start` runs. The desktop app needs the Electron runtime (fetched
 * on first use) and an Electron build of better-sqlite3; where either cannot
 * be had, it says why in one line and runs the browser shell instead.
 */
const args = process.argv.slice(2);
const forceWeb = args.includes('--web');
const passThrough = args.filter((arg) => arg !== '--web');
const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));

function electronBinary(): { path: string } | { reason: string } {
  try {
    require.resolve('electron');
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  // Resolving `electron` downloads the runtime on first use. It runs in a child whose
  // errors reach the user's terminal as they are; its output ends with the runtime's path.
  const probe = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write(String(require('electron')) + '\\n')"],
    { cwd: root, encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const path = electronPathFromProbe(probe.stdout ?? '');
  if (probe.status === 0 && path && existsSync(path)) return { path };
  const oldNode = nodeAtLeast(process.version, DESKTOP_TOOLING_NODE)
    ? ''
    : `; its download tool needs Node.js ${DESKTOP_TOOLING_NODE} or newer (this is ${process.version})`;
  return { reason: `its runtime is not downloaded and could not be fetched${oldNode}` };
}

function startWeb(): void {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./web/cli.cjs', import.meta.url)), ...passThrough],
    { stdio: 'inherit' },
  );
  child.on('exit', (code, signal) => process.exit(describeElectronExit(code, signal).exitCode));
}

function startElectron(binary: string): void {
  const child = spawn(binary, [root, ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    const outcome = describeElectronExit(code, signal);
    if (outcome.message) process.stderr.write(`${outcome.message}\n`);
    process.exit(outcome.exitCode);
  });
}

if (forceWeb) {
  startWeb();
} else {
  const electron = electronBinary();
  const binding = fileURLToPath(new URL('./native/electron/better_sqlite3.node', import.meta.url));
  if ('reason' in electron) {
    process.stdout.write(
      `Desktop app unavailable: ${electron.reason}. Starting the browser shell instead.\n`,
    );
    startWeb();
  } else if (!existsSync(binding) && !process.env.SMARKETING_SQLITE_BINDING) {
    process.stdout.write(
      'Desktop app unavailable: better-sqlite3 has no Electron build yet (run npm run rebuild:electron). Starting the browser shell instead.\n',
    );
    startWeb();
  } else {
    startElectron(electron.path);
  }
}
