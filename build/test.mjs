// `npm test`: typecheck, lint, build, Electron audit, unit tests, then end-to-end tests in Chromium.
// Finds its browser by itself; as root on Debian it installs Chromium when none exists.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(label, command, args, env = {}) {
  process.stdout.write(`\n▶ ${label}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
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
    run('install chromium', 'sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'], {
      DEBIAN_FRONTEND: 'noninteractive',
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  process.stderr.write(
    'No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.\n',
  );
  process.exit(1);
}

const chromium = ensureChromium();
process.stdout.write(`Browser for end-to-end tests: ${chromium}\n`);

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
run('typecheck', npx, ['tsc', '-b']);
run('lint', npm, ['run', '--silent', 'lint']);
run('build', npm, ['run', '--silent', 'build']);
run('Electron security audit', npm, ['run', '--silent', 'audit:electron']);
run('unit tests', npx, ['vitest', 'run', '--config', 'test/vitest.config.ts']);
run('end-to-end tests', npx, ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts'], {
  CHROMIUM_PATH: chromium,
});
