import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { chooseFile } from './support/files';

test.describe('plan files', () => {
  test('a plan exported from the library comes back as a new plan with the same content', async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Travelling plan', 'Globex');
    await page.getByRole('link', { name: 'Lead handoff' }).click();
    await page.getByRole('tab', { name: 'Qualification' }).click();
    await page.getByLabel('Framework for an SQL').selectOption('gpct');
    await workspace.expectSaved();
    await page.getByRole('link', { name: 'All plans' }).click();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      library.actionOn('Travelling plan', 'Export plan file…'),
    ]);
    expect(download.suggestedFilename()).toBe('Travelling plan.smarketing.json');
    const content = readFileSync((await download.path())!, 'utf8');

    await chooseFile(page, 'Import plan file…', {
      name: 'Travelling plan.smarketing.json',
      mimeType: 'application/json',
      buffer: Buffer.from(content, 'utf8'),
    });
    // The library has a plan of that name already: the new one is numbered, not a twin.
    await expect(page.getByText('Imported “Travelling plan (2)” as a new plan')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Travelling plan (2)' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Lead handoff' }).click();
    await page.getByRole('tab', { name: 'Qualification' }).click();
    await expect(page.getByLabel('Framework for an SQL')).toHaveValue('gpct');
    await page.getByRole('link', { name: 'All plans' }).click();
    await expect(library.row('Travelling plan')).toHaveCount(1);
    await expect(library.row('Travelling plan (2)')).toHaveCount(1);
  });

  test('a hostile file is refused with what is wrong and where, and nothing is created', async ({
    page,
    library,
  }) => {
    await library.open();
    await library.createPlan('Only plan');
    await page.getByRole('link', { name: 'All plans' }).click();
    await chooseFile(page, 'Import plan file…', {
      name: 'poisoned.smarketing.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"smarketing-plan","plan":{"__proto__":{"admin":true}}}'),
    });
    await expect(
      page.getByText(
        'poisoned.smarketing.json was not imported: This is not a Smarketing Planner plan file.',
      ),
    ).toBeVisible();
    // The same checks, said in Spanish to a Spanish screen: no English reason inside.
    await page.getByLabel('Interface language').selectOption('es');
    await chooseFile(page, 'Importar archivo de plan…', {
      name: 'broken.smarketing.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"format":"smarketing-plan","plan":{"schemaVersion":3,"name":"<img src=x onerror=alert(1)>"}}',
      ),
    });
    await expect(
      page.getByText(
        /^No se ha importado broken\.smarketing\.json: El plan de este archivo está dañado: «plan\.\w+» no es un valor que un plan pueda tener\.$/,
      ),
    ).toBeVisible();
    await expect(page.getByRole('row')).toHaveCount(2);
    await expect(library.row('Only plan')).toHaveCount(1);
    await page.getByLabel('Idioma de la interfaz').selectOption('en');
  });

  test('markup in an imported plan is shown as text, never run', async ({ page, library }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await library.open();
    await library.createPlan('Source plan');
    await page.getByRole('link', { name: 'All plans' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      library.actionOn('Source plan', 'Export plan file…'),
    ]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    file.plan.name = '<img src=x onerror=alert(1)>';
    file.plan.client = '<script>alert(2)</script>';
    await chooseFile(page, 'Import plan file…', {
      name: 'markup.smarketing.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(
      page.getByRole('heading', { level: 1, name: '<img src=x onerror=alert(1)>' }),
    ).toBeVisible();
    await expect(page.getByText('<script>alert(2)</script>').first()).toBeVisible();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});
