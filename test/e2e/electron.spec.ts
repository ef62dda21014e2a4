import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where the Electron runtime would be, found without triggering its download. */
function electronRuntime(): { path: string } | { skip: string } {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) {
    return {
      skip: 'the Electron runtime is not downloaded on this machine (it is fetched from GitHub on first use)',
    };
  }
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { skip: `the Electron runtime is missing at ${binary}` };
  if (!existsSync(join(root, 'dist/native/electron/better_sqlite3.node'))) {
    return { skip: 'better-sqlite3 has no Electron build (npm run rebuild:electron)' };
  }
  return { path: binary };
}

const runtime = electronRuntime();

test.describe('desktop app (Electron)', () => {
  test('opens the library in a sandboxed window and keeps a plan', async () => {
    if ('skip' in runtime) {
      console.log(`Electron spec skipped: ${runtime.skip}.`);
      test.skip(true, runtime.skip);
      return;
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'smarketing-electron-'));
    const app = await electron.launch({
      executablePath: runtime.path,
      args: [root, '--data-dir', dataDir],
    });
    try {
      const appWindow = await app.firstWindow();
      await expect(appWindow.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
      expect(appWindow.url()).toMatch(/^app:\/\/smarketing\//);
      const exposed = await appWindow.evaluate(() => ({
        node: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        methods: Object.keys(window.smarketing?.api ?? {}).sort(),
      }));
      expect(exposed.node).toBe('undefined');
      expect(exposed.process).toBe('undefined');
      expect(exposed.methods).toContain('plans.apply');
      await appWindow.getByRole('button', { name: 'New plan' }).first().click();
      await appWindow.getByLabel('Plan name').fill('Desktop plan');
      await appWindow.getByRole('button', { name: 'Create plan' }).click();
      await expect(
        appWindow.getByRole('heading', { level: 1, name: 'Desktop plan' }),
      ).toBeVisible();
    } finally {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
