import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoViolations } from './support/axe';
import { startShell, type RunningShell } from './support/browser-shell';
import { expect, test } from './support/fixtures';

async function api(shell: RunningShell, method: string, input: unknown = {}): Promise<unknown> {
  const response = await fetch(`${shell.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${shell.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as unknown;
  if (!response.ok) throw new Error(`${method}: ${JSON.stringify(body)}`);
  return body;
}

test('backs up by hand and restores the library as it was, in both languages', async ({
  page,
  library,
}) => {
  await library.open();
  await library.createPlan('Kept in the backup');
  await page.getByRole('link', { name: 'All plans' }).click();
  await page.getByRole('button', { name: 'Backups…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  await expect(dialog.getByText(/No backups yet/)).toBeVisible();
  await expectNoViolations(page, 'backups, none yet');
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('row')).toHaveCount(2);
  await expect(dialog.getByRole('row').nth(1)).toContainText('By hand');
  await expect(dialog.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('1');
  await expectNoViolations(page, 'backups, one made');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await library.createPlan('Made after the backup');
  await page.getByRole('link', { name: 'All plans' }).click();
  await expect(library.row('Made after the backup')).toBeVisible();
  await page.getByRole('button', { name: 'Backups…' }).click();
  await dialog.getByRole('button', { name: /^Restore the backup of/ }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('replaced by the 1 plan in this backup');
  await expectNoViolations(page, 'restore confirmation');
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  const restored = page
    .getByRole('listitem')
    .filter({ hasText: /Restored the library as it was on/ });
  await expect(restored).toBeVisible();
  await restored.getByRole('button', { name: 'Close toast' }).click();
  await expect(library.row('Kept in the backup')).toBeVisible();
  await expect(library.row('Made after the backup')).toHaveCount(0);

  // The library as it was just before the restore is one of the backups now.
  await page.getByLabel('Interface language').selectOption('es');
  await page.getByRole('button', { name: 'Copias de seguridad…' }).click();
  const dialogEs = page.getByRole('dialog', { name: 'Copias de seguridad' });
  await expect(dialogEs.getByRole('row').filter({ hasText: 'Antes de restaurar' })).toContainText(
    '2',
  );
  await expectNoViolations(page, 'backups (es)');
  await page.screenshot({ path: test.info().outputPath('backups-es.png') });
});

test('a damaged library is kept aside and the newest good backup is offered and restored', async ({
  page,
  shell,
}) => {
  await api(shell, 'plans.create', { name: 'Q1 workshop' });
  await api(shell, 'plans.create', { name: 'Q2 workshop' });
  await api(shell, 'backups.create');
  await shell.stop();
  const path = join(shell.dataDir, 'library.sqlite');
  const bytes = readFileSync(path);
  for (let offset = 8192; offset < Math.min(bytes.length, 8192 * 3); offset += 5) {
    bytes[offset] = (bytes[offset] ?? 0) ^ 0xff;
  }
  writeFileSync(path, bytes);

  const restarted = await startShell({ dataDir: shell.dataDir });
  try {
    await page.goto(restarted.url);
    const alert = page.getByRole('alertdialog', { name: 'The plan library was damaged' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('library.damaged-');
    await expect(alert).toContainText('with 2 plans');
    await expectNoViolations(page, 'damaged library at start');
    await page.screenshot({ path: test.info().outputPath('recovery.png') });
    await alert.getByRole('button', { name: 'Restore that backup…' }).click();
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Restore', exact: true })
      .click();
    await expect(page.getByRole('rowheader', { name: 'Q1 workshop' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Q2 workshop' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('rowheader', { name: 'Q2 workshop' })).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  } finally {
    await restarted.stop();
  }
});
