// `npm test`: typecheck, lint, build, Electron audit, unit tests, then end-to-end tests in Chromium.
// Finds its browser and PostgreSQL by itself; as root on Debian it installs Chromium and
// PostgreSQL when they are missing, and says so.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';
import { buildSteps, packageBin } from './node-tools.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs a step; each is a list of [script, args] run with this Node (see node-tools.mjs). */
function run(label, steps, env = {}) {
  process.stdout.write(`\n▶ ${label}\n`);
  const started = Date.now();
  let result = { status: 0 };
  for (const [script, args] of steps) {
    result = spawnSync(process.execPath, [script, ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    if (result.status !== 0) break;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(`✖ ${label} failed after ${seconds}s\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`✔ ${label} (${seconds}s)\n`);
}

function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    process.stdout.write(
      'No Chromium found: installing Debian chromium (apt-get install -y chromium).\n',
    );
    const install = spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'],
      { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
    );
    if (install.status !== 0) process.exit(install.status ?? 1);
    const installed = findChromium();
    if (installed) return installed;
  }
  process.stderr.write(
    'No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.\n',
  );
  process.exit(1);
}

/** PostgreSQL 15+ server binaries (initdb, pg_ctl) for the team server's tests. */
function findPostgres() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .map(Number)
    .filter((version) => version >= 15)
    .sort((a, b) => b - a);
  for (const version of versions) {
    const bin = join(root, String(version), 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

function ensurePostgres() {
  const found = findPostgres();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    process.stdout.write(
      'No PostgreSQL found: installing Debian postgresql (apt-get install -y postgresql).\n',
    );
    const install = spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && apt-get install -y -qq postgresql'],
      { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } },
    );
    if (install.status !== 0) process.exit(install.status ?? 1);
    const installed = findPostgres();
    if (installed) return installed;
  }
  process.stderr.write(
    'No PostgreSQL 15+ found for the team server tests: install it (Debian/Ubuntu: sudo apt-get install postgresql).\n',
  );
  process.exit(1);
}

const chromium = ensureChromium();
process.stdout.write(`Browser for end-to-end tests: ${chromium}\n`);
process.stdout.write(`PostgreSQL for the team server's tests: ${ensurePostgres()}\n`);

run('typecheck', [[packageBin('typescript', 'tsc'), ['-b']]]);
run('lint', [
  [packageBin('eslint'), ['--config', 'build/eslint.config.mjs', '.']],
  [packageBin('prettier'), ['--check', '.']],
]);
run('build', buildSteps(root));
run('Electron security audit', [[join(root, 'build/audit-electron.mjs'), []]]);
run('unit tests', [[packageBin('vitest'), ['run', '--config', 'test/vitest.config.ts']]]);
run(
  'end-to-end tests',
  [
    [
      packageBin('@playwright/test', 'playwright'),
      ['test', '--config', 'test/e2e/playwright.config.ts'],
    ],
  ],
  { CHROMIUM_PATH: chromium },
);
