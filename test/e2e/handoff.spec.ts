import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('lead handoff', () => {
  test('BANT generates the SQL checklist, and the SLA volume follows a funnel rate', async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Handoff plan');
    await page.getByRole('link', { name: 'Funnel' }).click();
    await page.getByLabel('Revenue target per month (USD)').fill('600000');
    await page.getByLabel('Average deal size (USD)').fill('20000');
    await workspace.expectSaved();
    await page.getByRole('link', { name: 'Lead handoff' }).click();

    await page.getByLabel('Framework for an SQL').selectOption('bant');
    const checklist = page.getByRole('list', { name: 'SQL checklist' });
    await expect(checklist.getByRole('listitem')).toHaveCount(4);
    await expect(page.getByLabel('Checklist item 1', { exact: true })).toHaveValue(
      'Budget: the prospect has budget for the purchase',
    );

    // The waterfall hands MQLs to sales: $600k ÷ $20k = 30 won → 120 SQL → 200 SAL → 400 MQL.
    const volume = page.locator('.sla-volume');
    await expect(volume).toContainText('400 qualified leads (MQL) per month');
    await page.getByRole('link', { name: 'Funnel' }).click();
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByLabel('Conversion from MQL to the next stage (%)').fill('40');
    await workspace.expectSaved();
    await page.getByRole('link', { name: 'Lead handoff' }).click();
    await expect(volume).toContainText('500 qualified leads (MQL) per month');

    await page.getByLabel('First response within (hours)').fill('0');
    await expect(page.getByText('Enter a number above 0')).toBeVisible();
    await page.getByLabel('What “SAL” means').fill('A lead sales has accepted within 48 hours');
    await workspace.expectSaved();
    await page.reload();
    await expect(page.getByLabel('What “SAL” means')).toHaveValue(
      'A lead sales has accepted within 48 hours',
    );
    await expect(page.getByLabel('First response within (hours)')).toHaveValue('1');
  });

  for (const language of ['en', 'es'] as const) {
    test(`passes axe and is captured (${language})`, async ({ page, library }) => {
      await page.setViewportSize({ width: 1440, height: 1000 });
      await library.open();
      await library.createPlan('Handoff plan');
      await page.getByRole('link', { name: 'Lead handoff' }).click();
      await page.getByLabel('Framework for an SQL').selectOption('meddic');
      if (language === 'es') {
        await page.getByLabel('Interface language').selectOption('es');
        await expect(
          page.getByRole('heading', { level: 2, name: 'Traspaso de leads' }),
        ).toBeVisible();
      }
      await page.screenshot({
        path: `test-results/screens/handoff-${language}.png`,
        fullPage: true,
      });
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
});
