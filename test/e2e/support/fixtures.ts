import { test as base, expect } from '@playwright/test';
import { removeDataDir, startShell, type RunningShell } from './browser-shell';
import { LibraryPage } from './library-page';
import { WorkspacePage } from './workspace-page';

interface Fixtures {
  shell: RunningShell;
  library: LibraryPage;
  workspace: WorkspacePage;
}

/** Every test gets its own browser shell and data folder: the real renderer, API, service and SQLite. */
export const test = base.extend<Fixtures>({
  shell: async ({}, use) => {
    const shell = await startShell();
    await use(shell);
    await shell.stop();
    removeDataDir(shell.dataDir);
  },
  library: async ({ page, shell }, use) => {
    await use(new LibraryPage(page, shell));
  },
  workspace: async ({ page }, use) => {
    await use(new WorkspacePage(page));
  },
});

export { expect };
