import { readFileSync } from 'node:fs';
import { messages } from '../../shared/i18n';
import { reviewOfNewPlan, storedOnceImported } from './support/actuals';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { chooseFile } from './support/files';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/crm/${name}`, import.meta.url));

/** Exports of other shapes: a status column that says the stage, a workbook's dates. */
test('a status column says which records reached a stage', async ({ page, shell }) => {
  const m = messages.es;
  const { api, doc } = await reviewOfNewPlan(page, shell, 'es', {
    name: 'Plan por estado',
    template: 'waterfall',
  });
  await chooseFile(page, m.review.import.open, {
    name: 'oportunidades.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Id;Estado;Alta;Cierre',
        '1;Ganado;02/03/2026;20/03/2026',
        '2;Perdido;05/03/2026;25/03/2026',
        '3;Ganado;10/03/2026;02/04/2026',
        '4;Abierto;12/03/2026;',
      ].join('\r\n'),
    ),
  });
  const dialog = page.getByRole('dialog', { name: m.review.import.title });
  await dialog.getByLabel(m.review.import.recordId).selectOption('Id');
  await dialog
    .getByLabel(m.review.import.columnFor.replace('{{stage}}', 'Consulta'))
    .selectOption('Alta');
  await dialog
    .getByLabel(m.review.import.columnFor.replace('{{stage}}', 'Ganado'))
    .selectOption('Cierre');
  await dialog.getByLabel(m.review.import.statusColumn).selectOption('Estado');
  const won = dialog.getByRole('group', {
    name: m.review.import.onlyWhen.replace('{{column}}', 'Estado').replace('{{stage}}', 'Ganado'),
  });
  await won.getByLabel(/^Ganado/).check();
  await expectNoViolations(page, 'status column mapping');
  await dialog.getByRole('button', { name: m.review.import.submit, exact: true }).click();
  await expect(dialog).toBeHidden();
  const stored = await storedOnceImported(api, doc.id);
  const ganado = doc.funnel.stages.find((s) => s.name === 'Ganado')!.id;
  // The lost deal's closing day is not a win: one won in March, one in April.
  expect(stored.doc.actuals.imports[0]?.months.filter((m) => m.stageId === ganado)).toEqual([
    { month: '2026-03', stageId: ganado, entered: 1 },
    { month: '2026-04', stageId: ganado, entered: 1 },
  ]);
});

test('a workbook’s dates are shown as dates in its first rows, not as Excel’s serial days', async ({
  page,
  shell,
}) => {
  const m = messages.en;
  await reviewOfNewPlan(page, shell, 'en', { name: 'Deals', template: 'hubspot' });
  await chooseFile(page, m.review.import.open, {
    name: 'hubspot-deals.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: fixture('hubspot-deals.xlsx'),
  });
  const dialog = page.getByRole('dialog', { name: m.review.import.title });
  const preview = dialog.getByRole('table', { name: m.review.import.firstRows });
  // The first deal closed on Excel's day 46122 and was created on day 46082.5.
  await expect(preview.getByRole('row').nth(1)).toContainText('2026-04-10');
  await expect(preview.getByRole('row').nth(1)).toContainText('2026-03-01 12:00');
  await expect(preview).not.toContainText('46122');
});
