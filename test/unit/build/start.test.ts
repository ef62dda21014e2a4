import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../helpers/temp-dir';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * `npm start` on a machine where no tool can be found by name, as on Windows, where
 * npm, npx and every .bin shim are .cmd files that spawn() cannot start: a checkout with
 * nothing built must still build itself and reach the launcher.
 */
describe('npm start with no command on the PATH', () => {
  const dir = makeTempDir('smarketing-start-');
  afterAll(() => dir.remove());

  it('builds what is missing with its own Node and starts the shell', () => {
    for (const folder of ['build', 'electron', 'shared', 'renderer']) {
      cpSync(join(root, folder), join(dir.path, folder), { recursive: true });
    }
    cpSync(join(root, 'package.json'), join(dir.path, 'package.json'));
    symlinkSync(join(root, 'node_modules'), join(dir.path, 'node_modules'), 'dir');

    // --web with an option the shell refuses: it starts, says no in one line and exits.
    const run = spawnSync(process.execPath, ['build/start.mjs', '--web', '--no-such-option'], {
      cwd: dir.path,
      encoding: 'utf8',
      env: { ...process.env, PATH: '' },
      timeout: 120_000,
    });
    expect(run.stdout).toContain('Building Smarketing Planner');
    for (const built of ['dist/renderer/index.html', 'dist/launch.cjs', 'dist/web/cli.cjs']) {
      expect(existsSync(join(dir.path, built)), built).toBe(true);
    }
    expect(run.stderr).toMatch(/smarketing: .*no-such-option/);
    expect(run.status).toBe(1);
  }, 150_000);
});
