import { expect, test } from './support/fixtures';

test.describe('plan library', () => {
  test('a first-time user sees what a plan is and creates one', async ({ page, library }) => {
    await library.open();
    await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
    await library.createPlan('FY27 smarketing plan', 'Acme Iberia');
    await expect(page).toHaveURL(/#\/plans\//);
    await expect(page.getByText('Acme Iberia').first()).toBeVisible();
    await page.getByRole('link', { name: 'All plans' }).click();
    await expect(library.row('FY27 smarketing plan')).toContainText('Acme Iberia');
    await expect(library.row('FY27 smarketing plan')).toContainText(/ago/);
  });

  test('the create dialog refuses an empty name and creates nothing', async ({ page, library }) => {
    await library.open();
    await page.getByRole('button', { name: 'New plan' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New plan' });
    await dialog.getByLabel('Plan name').fill('   ');
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('This field is required');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  });

  test('rename, duplicate, delete with undo, trash and restore', async ({ page, library }) => {
    await library.open();
    await library.createPlan('Q1 plan');
    await page.getByRole('link', { name: 'All plans' }).click();

    await library.actionOn('Q1 plan', 'Rename…');
    const rename = page.getByRole('dialog', { name: 'Rename plan' });
    await rename.getByLabel('Plan name').fill('Q1 alignment plan');
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(library.row('Q1 alignment plan')).toBeVisible();

    await library.actionOn('Q1 alignment plan', 'Duplicate');
    await expect(library.row('Q1 alignment plan (copy)')).toBeVisible();

    await library.actionOn('Q1 alignment plan (copy)', 'Move to trash');
    await expect(library.row('Q1 alignment plan (copy)')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(library.row('Q1 alignment plan (copy)')).toBeVisible();

    await library.actionOn('Q1 alignment plan (copy)', 'Move to trash');
    await library.showTrash();
    await expect(library.row('Q1 alignment plan (copy)')).toBeVisible();
    await page.getByRole('button', { name: 'Restore Q1 alignment plan (copy)' }).click();
    await expect(library.row('Q1 alignment plan (copy)')).toHaveCount(0);
    await library.showPlans();
    await expect(library.row('Q1 alignment plan (copy)')).toBeVisible();

    await library.actionOn('Q1 alignment plan (copy)', 'Move to trash');
    await library.showTrash();
    await page
      .getByRole('button', { name: 'Delete Q1 alignment plan (copy) for good', exact: true })
      .click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('cannot be undone');
    await confirm.getByRole('button', { name: 'Delete for good', exact: true }).click();
    await expect(page.getByText('The trash is empty')).toBeVisible();
  });

  test('search finds plans by name or client, ignoring accents', async ({ page, library }) => {
    await library.open();
    await library.createPlan('Plan Norte', 'Cervecería Sur');
    await page.getByRole('link', { name: 'All plans' }).click();
    await library.createPlan('Plan Este', 'Globex');
    await page.getByRole('link', { name: 'All plans' }).click();
    await page.getByRole('searchbox', { name: 'Search plans' }).fill('cerveceria');
    await expect(library.row('Plan Norte')).toBeVisible();
    await expect(library.row('Plan Este')).toHaveCount(0);
    await page.getByRole('searchbox', { name: 'Search plans' }).fill('zzz');
    await expect(page.getByText('No plan matches “zzz”.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear search' }).click();
    await expect(library.row('Plan Este')).toBeVisible();
  });

  test('the interface switches to Spanish and stays so after a reload', async ({
    page,
    library,
  }) => {
    await library.open();
    await page.getByLabel('Interface language').selectOption('es');
    await expect(page.getByRole('heading', { level: 1, name: 'Planes' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Todavía no hay planes' })).toBeVisible();
  });

  test('a first start speaks the system’s language until another is chosen', async ({
    browser,
    shell,
  }) => {
    const context = await browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    await page.goto(shell.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Planes' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    // English chosen on a Spanish system stays English.
    await page.getByLabel('Idioma de la interfaz').selectOption('en');
    await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
    await context.close();
  });
});
