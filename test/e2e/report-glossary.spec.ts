import { messages } from '../../shared/i18n';
import { expect, test } from './support/fixtures';
import { planIn } from './support/plan-api';

/** The printed glossary, read from the report's own route as the printer loads it. */
test('the glossary explains the words the plan uses, not a SAL it does not have (es)', async ({
  page,
  shell,
}) => {
  const { doc } = await planIn(shell, 'es', { name: 'Plan sin SAL', template: 'pardot' });
  const glossary = page.locator('.report-glossary');
  await page.goto(`${shell.url}#/plans/${doc.id}/report/A4/es/glossary`);
  await expect(page.locator('html[data-report-ready="true"]')).toBeAttached();
  const terms = await glossary.locator('dt').allTextContents();
  const es = messages.es.report.glossary.term;
  // Pardot's funnel has no SAL stage, and no lead is scored yet.
  expect(terms).toEqual([es.mql, es.sql, es.sla, es.raci, es.smart]);
  expect(await glossary.textContent()).toContain('Temporal');
});
