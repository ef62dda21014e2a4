import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';

for (const language of ['en', 'es'] as const) {
  test(`library and workspace have no WCAG A/AA violations (${language})`, async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    if (language === 'es') {
      await page.getByLabel('Interface language').selectOption('es');
      await expect(page.getByRole('heading', { level: 1, name: 'Planes' })).toBeVisible();
      await expectNoViolations(page, 'empty library (es)');
      await page.getByLabel('Idioma de la interfaz').selectOption('en');
    }
    await expectNoViolations(page, 'empty library');

    await page.getByRole('button', { name: 'New plan' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Create plan' }).click();
    await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
    await expectNoViolations(page, 'create dialog with an error');
    await page.getByRole('dialog').getByLabel('Plan name').fill('Accessible plan');
    await page.getByRole('dialog').getByRole('button', { name: 'Create plan' }).click();

    await workspace.addPerson('Ana Ruiz', 'CMO', 'Marketing');
    await workspace.expectSaved();
    if (language === 'es') await page.getByLabel('Interface language').selectOption('es');
    await expectNoViolations(page, 'workspace');

    await page.getByRole('link', { name: /All plans|Todos los planes/ }).click();
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoViolations(page, 'library with a plan');
    await page.getByRole('button', { name: /Actions for|Acciones para/ }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectNoViolations(page, 'plan actions menu');
    await page.getByRole('menuitem', { name: /Move to trash|Mover a la papelera/ }).click();
    await page.getByRole('tab', { name: /Trash|Papelera/ }).click();
    await page.getByRole('button', { name: /for good|definitivamente/ }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoViolations(page, 'delete for good confirmation');
  });
}
