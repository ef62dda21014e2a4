import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkspacePage } from './support/workspace-page';

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

/**
 * The desktop app as a user first meets it: the development runtime (not fused, so
 * Playwright can drive it), the built bundles, a fresh data folder.
 */
test.describe('desktop app (Electron)', () => {
  let app: ElectronApplication;
  let dataDir: string;

  test.beforeEach(async () => {
    if ('skip' in runtime) {
      console.log(`Electron spec skipped: ${runtime.skip}.`);
      test.skip(true, runtime.skip);
      return;
    }
    dataDir = mkdtempSync(join(tmpdir(), 'smarketing-electron-'));
    app = await electron.launch({
      executablePath: runtime.path,
      args: [root, '--data-dir', dataDir],
    });
  });

  test.afterEach(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('launches sandboxed, keeps an edit, undoes it and prints the plan as a PDF', async () => {
    test.setTimeout(120_000);
    const appWindow = await app.firstWindow();
    await expect(appWindow.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
    expect(appWindow.url()).toMatch(/^app:\/\/smarketing\//);

    // The preload ran in the sandbox: the page has the contract's methods and nothing of Node.
    const exposed = await appWindow.evaluate(() => ({
      node: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      methods: Object.keys(window.smarketing?.api ?? {}).sort(),
    }));
    expect(exposed.node).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    expect(exposed.methods).toContain('plans.apply');

    await appWindow.getByRole('button', { name: 'New plan' }).first().click();
    await appWindow.getByLabel('Plan name').pressSequentially('Desktop plan');
    await appWindow.getByRole('button', { name: 'Create plan' }).click();
    const workspace = new WorkspacePage(appWindow);
    await expect(workspace.title()).toHaveText('Desktop plan');

    // One edit, stored through IPC; then undone.
    await workspace.addPerson('Ana Ruiz', 'CMO', 'Marketing');
    await workspace.expectSaved();
    const planId = /#\/plans\/([^/]+)/.exec(appWindow.url())?.[1] ?? '';
    const people = () =>
      appWindow.evaluate(async (id) => {
        const envelope = (await window.smarketing?.api['plans.get']({ id })) as {
          ok: boolean;
          value: { doc: { people: Array<{ name: string }> } };
        };
        return envelope.value.doc.people.map((person) => person.name);
      }, planId);
    expect(await people()).toContain('Ana Ruiz');
    await workspace.undo();
    expect(await people()).not.toContain('Ana Ruiz');

    // The PDF is printed by Electron's hidden window through the same preload.
    const pdf = await appWindow.evaluate(async (id) => {
      const envelope = (await window.smarketing?.api['report.pdf']({
        id,
        paper: 'A4',
        language: 'es',
        sections: ['summary'],
      })) as { ok: boolean; value?: { fileName: string; base64: string } };
      return envelope;
    }, planId);
    expect(pdf.ok).toBe(true);
    expect(pdf.value?.fileName).toBe('Desktop plan.pdf');
    expect(
      Buffer.from(pdf.value?.base64 ?? '', 'base64')
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});
