import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { chooseFile } from './support/files';

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

for (const language of ['en', 'es'] as const) {
  test(`the printable report, the rename dialog with an error and a refused import have no WCAG A/AA violations (${language})`, async ({
    page,
    library,
    shell,
  }) => {
    await library.open();
    await library.createPlan('Report for axe', 'Acme');
    const id = /#\/plans\/([^/]+)/.exec(page.url())?.[1] ?? '';
    await page.goto(
      `${shell.url}#/plans/${id}/report/A4/${language}/summary,funnel,goals,raci,handoff,sla,decisions,signoff,glossary`,
    );
    await expect(page.locator('html[data-report-ready="true"]')).toBeAttached();
    await expectNoViolations(page, `printable report (${language})`);

    await page.goto(shell.url);
    if (language === 'es') await page.getByLabel('Interface language').selectOption('es');
    await page.getByRole('button', { name: /Actions for|Acciones para/ }).click();
    await page.getByRole('menuitem', { name: /Rename|Cambiar nombre/ }).click();
    const rename = page.getByRole('dialog');
    await rename.getByRole('textbox').fill('   ');
    await rename.getByRole('button', { name: /^(Rename|Cambiar nombre)$/ }).click();
    await expect(rename.getByRole('alert')).toBeVisible();
    await expectNoViolations(page, `rename dialog with an error (${language})`);
    await page.keyboard.press('Escape');

    await chooseFile(page, /Import plan file|Importar archivo de plan/, {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{'),
    });
    await expect(page.getByText(/broken\.json/)).toBeVisible();
    await expectNoViolations(page, `refused import (${language})`);
  });
}
