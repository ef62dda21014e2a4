import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { typeInto } from './support/typing';

/**
 * The funnel as a workshop sees it, in both languages: screenshots of the map,
 * the chart and the table kept in test-results/screens, and axe scans of each.
 */
for (const language of ['en', 'es'] as const) {
  test(`funnel map, chart and table (${language})`, async ({ page, library, workspace }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await library.open();
    await page.getByRole('button', { name: 'New plan' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New plan' });
    await dialog.getByLabel('Plan name').fill(language === 'es' ? 'Plan FY27' : 'FY27 plan');
    await dialog.getByLabel('Plan language').selectOption(language);
    await dialog.getByLabel('Funnel template').selectOption('waterfall');
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('link', { name: 'Funnel' }).click();
    await typeInto(page.getByLabel(/^Revenue target per month/), '600000');
    await typeInto(page.getByLabel(/^Average deal size/), '20000');
    await typeInto(page.getByLabel('New at the top of the funnel per month'), '2500');
    await workspace.expectSaved();
    if (language === 'es') {
      await page.getByLabel('Interface language').selectOption('es');
      await expect(page.getByRole('heading', { level: 2, name: 'Embudo' })).toBeVisible();
    }
    await expect(page.locator('.react-flow__node')).toHaveCount(7);
    await page.screenshot({
      path: `test-results/screens/funnel-map-${language}.png`,
      fullPage: true,
    });
    await expectNoViolations(page, `map (${language})`);
    await page
      .locator('.funnel-chart')
      .screenshot({ path: `test-results/screens/funnel-chart-${language}.png` });
    await page.getByRole('button', { name: language === 'es' ? 'Tabla' : 'Table' }).click();
    await page.screenshot({
      path: `test-results/screens/funnel-table-${language}.png`,
      fullPage: true,
    });
    await expectNoViolations(page, `table (${language})`);
  });
}
