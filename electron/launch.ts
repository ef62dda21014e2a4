import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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
  // Resolving `electron` downloads the runtime on first use: do it in a child
  // so its progress output and failure stack stay out of the user's way.
  const probe = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write(String(require('electron')))"],
    { cwd: root, encoding: 'utf8', timeout: 180_000 },
  );
  const path = probe.stdout.trim();
  if (probe.status === 0 && path && existsSync(path)) return { path };
  try {
    require.resolve('electron');
  } catch {
    return { reason: 'the electron package is not installed' };
  }
  return { reason: 'its runtime is not downloaded and cannot be fetched (offline?)' };
}

function startWeb(): void {
  const child = spawn(
    process.execPath,
    [fileURLToPath(new URL('./web/cli.cjs', import.meta.url)), ...passThrough],
    {
      stdio: 'inherit',
    },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
}

function startElectron(binary: string): void {
  const child = spawn(binary, [root, ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
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
