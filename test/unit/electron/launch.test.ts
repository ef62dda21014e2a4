import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_BUNDLES } from '../../../build/host-bundles.mjs';
import {
  describeElectronExit,
  electronPathFromProbe,
  nodeAtLeast,
} from '../../../electron/launch-outcome';
import { makeTempDir } from '../../helpers/temp-dir';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('reading the electron package’s answer', () => {
  it('takes the path from the last line, after the first run’s download messages', () => {
    const firstRun = [
      'Downloading Electron binary...',
      'Downloading electron-v45.5.0-linux-x64.zip: [====] 100%',
      '/home/ana/app/node_modules/electron/dist/electron',
      '',
    ].join('\n');
    expect(electronPathFromProbe(firstRun)).toBe(
      '/home/ana/app/node_modules/electron/dist/electron',
    );
    expect(electronPathFromProbe('C:\\app\\node_modules\\electron\\dist\\electron.exe\r\n')).toBe(
      'C:\\app\\node_modules\\electron\\dist\\electron.exe',
    );
    expect(electronPathFromProbe('')).toBeNull();
  });

  it('compares Node versions as numbers', () => {
    expect(nodeAtLeast('v20.20.2', '22.12.0')).toBe(false);
    expect(nodeAtLeast('v22.12.0', '22.12.0')).toBe(true);
    expect(nodeAtLeast('v22.9.1', '22.12.0')).toBe(false);
    expect(nodeAtLeast('v24.0.0', '22.12.0')).toBe(true);
  });
});

describe('how the desktop app ended', () => {
  it('passes a clean exit’s code through, silently', () => {
    expect(describeElectronExit(0, null, 'linux')).toEqual({ exitCode: 0, message: null });
    expect(describeElectronExit(3, null, 'win32')).toEqual({ exitCode: 3, message: null });
  });

  it('tells a sandbox abort from a clean exit, with the Linux guidance', () => {
    const outcome = describeElectronExit(null, 'SIGTRAP', 'linux');
    expect(outcome.exitCode).toBe(133);
    expect(outcome.message).toMatch(/SIGTRAP/);
    expect(outcome.message).toMatch(/AppArmor/);
    expect(outcome.message).toMatch(/npm run web/);
    expect(describeElectronExit(null, 'SIGABRT', 'darwin').message).not.toMatch(/AppArmor/);
  });

  it('says nothing when a person stopped it', () => {
    expect(describeElectronExit(null, 'SIGINT', 'linux')).toEqual({ exitCode: 130, message: null });
  });
});

/**
 * The built launcher against a stand-in for the electron package (the runtime cannot be
 * downloaded here): a package that "downloads" on first use as electron 45 does, and a
 * runtime that records its arguments and then ends as told.
 */
describe.skipIf(process.platform === 'win32')('the built launcher', () => {
  const dir = makeTempDir('smarketing-launch-');
  const launcher = join(dir.path, 'dist/launch.cjs');
  const runtime = join(dir.path, 'node_modules/electron/dist/electron');

  beforeAll(async () => {
    await build({ ...HOST_BUNDLES.launcher, absWorkingDir: root, outfile: launcher });
    mkdirSync(join(dir.path, 'node_modules/electron/dist'), { recursive: true });
    writeFileSync(
      join(dir.path, 'node_modules/electron/index.js'),
      `console.log('Downloading Electron binary...');\nmodule.exports = ${JSON.stringify(runtime)};\n`,
    );
    writeFileSync(
      runtime,
      '#!/bin/sh\necho "runtime started with: $*"\n[ -n "$END_WITH_SIGNAL" ] && kill -s "$END_WITH_SIGNAL" $$\nexit 0\n',
    );
    chmodSync(runtime, 0o755);
    mkdirSync(join(dir.path, 'dist/native/electron'), { recursive: true });
    writeFileSync(join(dir.path, 'dist/native/electron/better_sqlite3.node'), '');
  }, 30_000);
  afterAll(() => dir.remove());

  const launch = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [launcher, '--data-dir', '/tmp/plans'], {
      cwd: dir.path,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('starts the runtime even when the package printed its download first', () => {
    const run = launch();
    expect(run.stdout).toContain(`runtime started with: ${dir.path}/ --data-dir /tmp/plans`);
    expect(run.stdout).not.toContain('browser shell');
    expect(run.status).toBe(0);
  });

  it('explains a sandbox abort instead of exiting 0', () => {
    const run = launch({ END_WITH_SIGNAL: 'TRAP' });
    expect(run.status).toBe(133);
    expect(run.stderr).toMatch(/stopped abnormally \(SIGTRAP\)/);
  });
});
