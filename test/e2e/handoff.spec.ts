import type { Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { typeInto } from './support/typing';
import { chooseFile } from './support/files';

/** The hand-worked model of the unit tests, built through the screen. */
const CRITERIA = [
  {
    dimension: 'fit',
    name: 'Director or above',
    field: 'job_title',
    test: 'contains',
    value: 'director',
    points: '20',
  },
  {
    dimension: 'fit',
    name: '200+ employees',
    field: 'employees',
    test: 'atLeast',
    value: '200',
    points: '15',
  },
  {
    dimension: 'fit',
    name: 'Student',
    field: 'job_title',
    test: 'contains',
    value: 'student',
    points: '-30',
  },
  {
    dimension: 'engagement',
    name: 'Asked for a demo',
    field: 'demo_request',
    test: 'equals',
    value: 'yes',
    points: '30',
  },
  {
    dimension: 'engagement',
    name: 'Attended a webinar',
    field: 'webinar',
    test: 'present',
    value: '',
    points: '10',
  },
] as const;

/*
 * Worked by hand, MQL at 60 points, engagement −5 a month inactive:
 * Ana 20 + 15 + 30 + 10 = 75 → MQL; Bo 20 + 30 − 10 = 40; Cy −30 + 30 + 10 = 10;
 * Di 15 + 30 + 10 + 20 − 5 = 70 → MQL. Two MQLs out of four.
 */
const SAMPLE_CSV = [
  'name;job_title;employees;demo_request;webinar;months_inactive;owner',
  'Ana;Marketing Director;500;yes;2026-10-02;;Eva',
  'Bo;Director of IT;50;YES;;2;Eva',
  'Cy;Student;;yes;x;0;Leo',
  'Di;Sales Director;1000;yes;x;1;Leo',
].join('\r\n');

async function buildModel(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Lead scoring' }).click();
  const count = { fit: 0, engagement: 0 };
  for (const c of CRITERIA) {
    const n = ++count[c.dimension];
    await page
      .getByRole('button', {
        name: `Add ${c.dimension === 'fit' ? 'a fit' : 'an engagement'} criterion`,
      })
      .click();
    const cell = (what: string) =>
      page.getByLabel(`${what} of ${c.dimension} criterion ${n}`, { exact: true });
    await cell('Name').fill(c.name);
    await cell('Column').fill(c.field);
    await cell('Test').selectOption(c.test);
    if (c.test !== 'present') await cell('Value').fill(c.value);
    await cell('Points').fill(c.points);
  }
  await typeInto(page.getByLabel('Engagement lost per month without activity (points)'), '5');
  await typeInto(page.getByLabel('MQL threshold (points)'), '60');
}

async function loadCsv(page: Page, name: string, content: string | Buffer): Promise<void> {
  await chooseFile(page, 'Load leads from CSV…', {
    name,
    mimeType: 'text/csv',
    buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  });
}

test.describe('lead handoff', () => {
  test('BANT generates the SQL checklist, and the SLA volume follows a funnel rate', async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Handoff plan');
    await page.getByRole('link', { name: 'Funnel' }).click();
    await typeInto(page.getByLabel('Revenue target per month (USD)'), '600000');
    await typeInto(page.getByLabel('Average deal size (USD)'), '20000');
    await workspace.expectSaved();
    await page.getByRole('link', { name: 'Lead handoff' }).click();

    await page.getByRole('tab', { name: 'Qualification' }).click();
    await page.getByLabel('Framework for an SQL').selectOption('bant');
    const checklist = page.getByRole('list', { name: 'SQL checklist' });
    await expect(checklist.getByRole('listitem')).toHaveCount(4);
    await expect(page.getByLabel('Checklist item 1', { exact: true })).toHaveValue(
      'Budget: the prospect has budget for the purchase',
    );
    // A long question wraps to be read whole on a projector; Enter stores it as one line.
    await page.setViewportSize({ width: 1280, height: 720 });
    const item = page.getByLabel('Checklist item 1', { exact: true });
    const question =
      'Budget: the prospect has set money aside for this purchase in the current fiscal year';
    await typeInto(item, question);
    await workspace.expectSaved();
    await expect(item).toHaveValue(question);
    const box = await item.evaluate((field) => ({
      hidden: field.scrollHeight - field.clientHeight,
      lines: Math.round(field.clientHeight / parseFloat(getComputedStyle(field).lineHeight)),
    }));
    expect(box.hidden).toBeLessThanOrEqual(1);
    expect(box.lines).toBeGreaterThan(1);
    // A short one stays one line high, as the field it replaces was.
    const short = page.getByLabel('Checklist item 3', { exact: true });
    await typeInto(short, 'Need: confirmed');
    await expect(short).toHaveValue('Need: confirmed');
    await workspace.expectSaved();
    expect(await short.evaluate((field) => field.getBoundingClientRect().height)).toBeLessThan(45);
    await page.reload();
    await page.getByRole('tab', { name: 'Qualification' }).click();
    await expect(page.getByLabel('Checklist item 1', { exact: true })).toHaveValue(question);
    await expect(page.getByLabel('Handoff fields (marketing fills them in)')).toHaveValue(
      'Budget range, Decision maker, Stated need, Purchase timeframe',
    );

    // The waterfall hands MQLs to sales: $600k ÷ $20k = 30 won → 120 SQL → 200 SAL → 400 MQL.
    await page.getByRole('tab', { name: 'Agreement' }).click();
    const volume = page.locator('.sla-volume');
    await expect(volume).toContainText('400 qualified leads (MQL) per month');
    await page.getByRole('link', { name: 'Funnel' }).click();
    await page.getByRole('button', { name: 'Table' }).click();
    await typeInto(page.getByLabel('Conversion from MQL to the next stage (%)'), '40');
    await workspace.expectSaved();
    await page.getByRole('link', { name: 'Lead handoff' }).click();
    await expect(volume).toContainText('500 qualified leads (MQL) per month');
    const terms = page.getByRole('table', { name: 'Terms, owners and who answers for them' });
    await expect(terms.getByRole('row', { name: /Qualified leads delivered/ })).toContainText(
      '500 per month',
    );

    await typeInto(page.getByLabel('First response within (hours)'), '0');
    await expect(page.getByText('Enter 0.01 or more.')).toBeVisible();
    await page.getByRole('tab', { name: 'Qualification' }).click();
    await typeInto(
      page.getByLabel('What “SAL” means'),
      'A lead sales has accepted within 48 hours',
      'Tab',
    );
    await workspace.expectSaved();
    await page.reload();
    await page.getByRole('tab', { name: 'Qualification' }).click();
    await expect(page.getByLabel('What “SAL” means')).toHaveValue(
      'A lead sales has accepted within 48 hours',
    );
    await page.getByRole('tab', { name: 'Agreement' }).click();
    await expect(page.getByLabel('First response within (hours)')).toHaveValue('1');
  });

  test('a scoring model is built, sample leads are loaded from CSV, and the MQL count matches the hand-worked one', async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Scoring plan');
    await page.getByRole('link', { name: 'Lead handoff' }).click();
    await buildModel(page);
    await workspace.expectSaved();

    // A bad file is reported by row and column, and nothing is loaded.
    await loadCsv(
      page,
      'bad.csv',
      'name,job_title,employees,demo_request,webinar,months_inactive\nAna,CEO,many,yes,,0\nBo,CTO,10\n',
    );
    const report = page.getByRole('alert').filter({ hasText: 'Nothing was loaded from bad.csv' });
    await expect(report).toContainText('Row 2, column employees: “many” is not a number.');
    await expect(report).toContainText('Row 3: 3 cells where the header has 6.');
    // What Excel set to Spanish saves: Windows-1252, semicolons, Spanish headers, 1.500.
    await loadCsv(
      page,
      'excel-es.csv',
      Buffer.from(
        'nombre;job_title;employees;demo_request;webinar;meses_inactivo\r\nJos\xe9 N\xfa\xf1ez;CEO;1.500;yes;;0\r\n',
        'latin1',
      ),
    );
    await expect(
      page.getByText(/excel-es\.csv is not UTF-8.*Check the accents: José Núñez\./),
    ).toBeVisible();
    const read = page.getByRole('table', { name: 'Sample leads and their scores' });
    await expect(read.getByLabel('name of José Núñez')).toHaveValue('José Núñez');
    await expect(read.getByLabel('employees of José Núñez')).toHaveValue('1500');

    await loadCsv(page, 'sample-leads.csv', SAMPLE_CSV);
    const summary = page.locator('.paper-summary');
    await expect(summary).toContainText('2 of 4 sample leads would become MQLs (50%)');
    await expect(page.getByText('Columns no criterion reads, left out: owner')).toBeVisible();
    const table = page.getByRole('table', { name: 'Sample leads and their scores' });
    const bo = table.getByRole('row').filter({ has: page.getByLabel('name of Bo') });
    await expect(bo.getByRole('listitem')).toHaveText([
      'Director or above +20',
      'Asked for a demo +30',
      'Inactivity −10',
    ]);
    await expect(bo.getByRole('cell', { name: 'No', exact: true })).toBeVisible();

    // Scored live: Bo active again makes 50, then a 50-point threshold makes him an MQL.
    await page.getByLabel('months_inactive of Bo').fill('0');
    await expect(summary).toContainText('2 of 4');
    await typeInto(page.getByLabel('MQL threshold (points)'), '50');
    await expect(summary).toContainText('3 of 4 sample leads would become MQLs (75%)');
    const notANumber = page.getByText('Write the number with digits only, like 20,000.');
    await page.getByLabel('employees of Bo').fill('lots');
    await expect(notANumber).toHaveCount(1);
    await typeInto(page.getByLabel('Points of fit criterion 1'), 'ten');
    await expect(notANumber).toHaveCount(2);
    await expect(summary).toContainText('3 of 4');
    await typeInto(page.getByLabel('Points of fit criterion 1'), '20');

    await page.getByRole('button', { name: 'Add a lead', exact: true }).click();
    await page.getByLabel('name of lead 5').fill('Eve');
    await page.getByLabel('job_title of Eve').fill('Sales director');
    await page.getByLabel('demo_request of Eve').fill('yes');
    await expect(summary).toContainText('4 of 5 sample leads would become MQLs (80%)');
  });

  test('the swimlane draws the funnel’s recycle path and keeps a dragged step', async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Swimlane plan');
    await page.getByRole('link', { name: 'Lead handoff' }).click();
    await page.getByRole('tab', { name: 'Swimlane' }).click();
    const canvas = page.locator('.swimlane-canvas');
    await expect(canvas.getByText('Recycled: SAL → Recycled / nurture')).toBeVisible();
    await expect(canvas.getByText('Disqualified: MQL → Disqualified')).toBeVisible();
    await page.getByText('Read the swimlane as a list').click();
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Accept or reject? → Nurture: Recycled: SAL' }),
    ).toBeVisible();

    const route = canvas.locator('.react-flow__node[data-id="route"]');
    const before = await route.boundingBox();
    await route.hover();
    await page.mouse.down();
    await page.mouse.move((before?.x ?? 0) + 60, (before?.y ?? 0) + 120, { steps: 8 });
    await page.mouse.up();
    await workspace.expectSaved();
    await page.reload();
    await page.getByRole('tab', { name: 'Swimlane' }).click();
    await expect(page.getByRole('button', { name: 'Reset layout' })).toBeEnabled();
    await page.getByRole('button', { name: 'Reset layout' }).click();
    await expect(page.getByRole('button', { name: 'Reset layout' })).toBeDisabled();
  });

  for (const language of ['en', 'es'] as const) {
    test(`passes axe on every part and is captured (${language})`, async ({
      page,
      library,
      workspace,
    }) => {
      // An axe scan of every part of the handoff: 46–48 s on two cores.
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1280, height: 720 });
      await library.open();
      await library.createPlan('Handoff plan');
      await page.getByRole('link', { name: 'Lead handoff' }).click();
      await page.getByRole('tab', { name: 'Qualification' }).click();
      await page.getByLabel('Framework for an SQL').selectOption('meddic');
      await buildModel(page);
      await loadCsv(page, 'sample-leads.csv', SAMPLE_CSV);
      await expect(page.locator('.paper-summary')).toContainText('2 of 4');
      await workspace.expectSaved();
      if (language === 'es') {
        await page.getByLabel('Interface language').selectOption('es');
        await expect(
          page.getByRole('heading', { level: 2, name: 'Traspaso de leads' }),
        ).toBeVisible();
      }
      const tabs =
        language === 'es'
          ? ['Acuerdo', 'Cualificación', 'Puntuación de leads', 'Carriles']
          : ['Agreement', 'Qualification', 'Lead scoring', 'Swimlane'];
      for (const [index, tab] of tabs.entries()) {
        await page.getByRole('tab', { name: tab }).click();
        await page.screenshot({
          path: `test-results/screens/handoff-${index + 1}-${language}.png`,
          fullPage: true,
        });
        await expectNoViolations(page, tab);
      }
      // The paper test's own columns are headed in the interface's language, as its
      // template is: 'nombre' in Spanish, and each cell is named by it.
      await page.getByRole('tab', { name: tabs[2]! }).click();
      const leads = page.getByRole('table', {
        name:
          language === 'es'
            ? 'Leads de prueba y sus puntuaciones'
            : 'Sample leads and their scores',
      });
      const name = language === 'es' ? 'nombre' : 'name';
      await expect(leads.getByRole('columnheader', { name, exact: true })).toBeVisible();
      await expect(leads.getByLabel(`${name} ${language === 'es' ? 'de' : 'of'} Bo`)).toHaveValue(
        'Bo',
      );
    });
  }
});
