import { expect, test } from './support/fixtures';

/**
 * Screenshots of each screen, in both languages and at projector size, kept in
 * test-results/screens for people to look at. Each also checks the screen is
 * the one it claims to be, so a blank capture fails.
 */
for (const viewport of [
  { name: 'laptop', width: 1366, height: 860 },
  { name: 'projector', width: 1280, height: 720 },
]) {
  test(`library and workspace at ${viewport.name} size`, async ({ page, library, workspace }) => {
    await page.setViewportSize(viewport);
    await library.open();
    await page.screenshot({ path: `test-results/screens/${viewport.name}-library-empty.png` });
    await library.createPlan('FY27 smarketing plan', 'Acme Iberia');
    await workspace.addPerson('Ana Ruiz', 'CMO', 'Marketing');
    await workspace.addPerson('Luis Gómez', 'VP Sales', 'Sales');
    await workspace.expectSaved();
    await page.screenshot({
      path: `test-results/screens/${viewport.name}-workspace.png`,
      fullPage: true,
    });
    await workspace.backToLibrary();
    await library.createPlan('EMEA pipeline plan', 'Globex');
    await workspace.backToLibrary();
    await expect(library.row('EMEA pipeline plan')).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${viewport.name}-library.png` });
    await page.getByLabel('Interface language').selectOption('es');
    await expect(page.getByRole('heading', { level: 1, name: 'Planes' })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${viewport.name}-library-es.png` });
  });
}
