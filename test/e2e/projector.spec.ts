import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { messages } from '../../shared/i18n';
import { expect, test } from './support/fixtures';
import { chooseFile } from './support/files';
import { planApi } from './support/plan-api';

const VIEWPORT = { width: 1280, height: 720 };

/**
 * Every control of an open dialog can be reached on a 1280×720 projector: scrolled into
 * view inside the dialog's own content, each one's box lies wholly on the screen.
 */
async function expectEveryControlReachable(page: Page, dialog: Locator, what: string) {
  await expect(dialog).toBeVisible();
  const controls = dialog.locator('button, input:not([type="hidden"]), select, textarea, a[href]');
  const count = await controls.count();
  expect(count, what).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const control = controls.nth(i);
    if (!(await control.isVisible())) continue;
    await control.scrollIntoViewIfNeeded();
    const box = await control.boundingBox();
    const name = (await control.getAttribute('aria-label')) ?? (await control.innerText());
    expect(box, `${what}: ${name}`).not.toBeNull();
    expect(box!.x, `${what}: ${name}`).toBeGreaterThanOrEqual(0);
    expect(box!.y, `${what}: ${name}`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${what}: ${name}`).toBeLessThanOrEqual(VIEWPORT.width);
    expect(box!.y + box!.height, `${what}: ${name}`).toBeLessThanOrEqual(VIEWPORT.height);
  }
  await page.screenshot({ path: `test-results/screens/projector-${what}.png` });
}

for (const language of ['en', 'es'] as const) {
  const m = messages[language];
  test(`every dialog fits a 1280×720 projector (${language})`, async ({ page, shell }) => {
    const api = planApi(shell);
    await api('settings.set', { language });
    // A plan as a consultant names it: a client with its legal form, a year in the name.
    const { doc } = await api<{ doc: { id: string } }>('plans.create', {
      name: language === 'es' ? 'Plan de alineación 2026' : 'Alignment plan 2026',
      client: 'Compañía Ñandú S.L.',
      template: 'waterfall',
      language,
    });
    await page.setViewportSize(VIEWPORT);
    await page.goto(`${shell.url}#/plans/${doc.id}`);
    const dialog = page.getByRole('dialog');

    // The header leaves the plan its room: compact, on one row of controls, no sideways scroll.
    const header = await page.locator('.plan-title').boundingBox();
    expect(header!.height, 'plan header height').toBeLessThanOrEqual(110);
    // The plan's name keeps one line, and the file export, its icon, keeps its name.
    const title = await page.getByRole('heading', { level: 1 }).boundingBox();
    expect(title!.height, 'plan name on one line').toBeLessThanOrEqual(45);
    await expect(
      page.getByRole('button', { name: m.menu.exportPlan, exact: true }),
    ).toHaveAttribute('title', m.menu.exportPlan);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.screenshot({ path: `test-results/screens/projector-workspace-${language}.png` });

    await page.getByRole('button', { name: m.report.export.button, exact: true }).click();
    // Its button is in view as the dialog opens: nobody has to find it by scrolling.
    await expect(dialog.getByRole('button', { name: m.report.export.submit })).toBeInViewport({
      ratio: 1,
    });
    await expectEveryControlReachable(page, dialog, `export-${language}`);
    // The preview gets the dialog's height beside the options, not a strip under them.
    await dialog.getByRole('button', { name: m.report.export.preview }).click();
    const preview = dialog.getByRole('region', { name: m.report.export.preview });
    await expect(preview.getByRole('heading', { level: 1 })).toBeVisible();
    const shown = await preview.boundingBox();
    expect(shown!.height, 'preview height').toBeGreaterThanOrEqual(480);
    expect(shown!.y + shown!.height).toBeLessThanOrEqual(VIEWPORT.height);
    await expectEveryControlReachable(page, dialog, `export-preview-${language}`);
    await page.keyboard.press('Escape');

    await page.goto(`${shell.url}#/plans/${doc.id}/funnel`);
    await page.getByRole('button', { name: m.funnel.templates.open }).first().click();
    await expectEveryControlReachable(page, dialog, `templates-${language}`);
    await page.keyboard.press('Escape');

    await page.goto(`${shell.url}#/plans/${doc.id}/review`);
    await chooseFile(page, m.review.import.open, {
      name: 'hubspot-contacts-es.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(new URL('../fixtures/crm/hubspot-contacts-es.csv', import.meta.url)),
    });
    await expect(dialog.getByRole('status')).toContainText('HubSpot');
    await expectEveryControlReachable(page, dialog, `import-actuals-${language}`);
    await page.keyboard.press('Escape');

    await page.goto(`${shell.url}#/`);
    await page.getByRole('button', { name: m.library.newPlan }).first().click();
    await expectEveryControlReachable(page, dialog, `new-plan-${language}`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: m.backups.open }).click();
    await expectEveryControlReachable(page, dialog, `backups-${language}`);
    await page.keyboard.press('Escape');
  });
}
