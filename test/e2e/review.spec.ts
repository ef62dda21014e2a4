import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { proposeCheckIns } from '../../shared/actuals/check-in-proposals';
import { newGoal } from '../../shared/domain/goals';
import type { PlanDoc } from '../../shared/domain/plan-doc';
import { messages } from '../../shared/i18n';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { chooseFile } from './support/files';
import { pdfText } from './support/pdf';
import { planIn } from './support/plan-api';
import { reviewOfNewPlan, storedOnceImported, type StoredActuals } from './support/actuals';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/crm/${name}`, import.meta.url));
/** The plans' period: the exports' months (January to April 2026) are in it. */
const FIRST_HALF = { start: '2026-01-01', end: '2026-06-30' };

/**
 * A month's CRM export into the plan, as a Spanish RevOps lead does it: the file Excel
 * re-saved (semicolons, Windows-1252, days first), recognised as HubSpot, its stages
 * matched to the plan's, imported in one step, and the plan read against it.
 */
for (const language of ['es', 'en'] as const) {
  const m = messages[language];
  const es = language === 'es';
  test(`a CRM export becomes plan against actual (${language})`, async ({ page, shell }) => {
    // Two exports read, mapped and counted, then the review screens: 45–48 s on two cores.
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const { api, doc } = await planIn(shell, language, {
      name: language === 'es' ? 'Plan vivo' : 'Living plan',
      template: 'waterfall',
    });
    const mql = doc.funnel.stages.find((s) => s.name === 'MQL')!;
    const mqlOnward = doc.funnel.handoffs.find((h) => h.source === mql.id && h.rate !== null)!;
    await api('plans.apply', {
      id: doc.id,
      commands: [
        // The plan for the first half of 2026, reviewed with its first months' exports.
        { type: 'plan.setMeta', patch: { period: FIRST_HALF } },
        { type: 'funnel.assumptions.set', patch: { topVolume: 3 } },
        {
          type: 'goal.add',
          goal: {
            id: 'goal-mql',
            title: language === 'es' ? 'MQL del trimestre' : 'MQLs this quarter',
            statement: '',
            metric: { kind: 'stageVolume', stageId: mql.id },
            baseline: 0,
            target: 10,
            start: '2026-01-01',
            deadline: '2026-12-31',
            ownerIds: [],
            achievable: '',
            relevantTo: '',
            status: 'onTrack',
            linkedTarget: null,
            checkIns: [],
          },
        },
        {
          type: 'goal.add',
          goal: {
            ...newGoal('goal-rate', language === 'es' ? 'Conversión MQL → SQL' : 'MQL → SQL rate'),
            metric: { kind: 'conversion', handoffId: mqlOnward.id },
            start: '2026-01-01',
            deadline: '2026-12-31',
          },
        },
      ],
    });
    await page.goto(`${shell.url}#/plans/${doc.id}/review`);
    await expect(page.getByRole('heading', { level: 2, name: m.review.title })).toBeVisible();
    await expect(page.getByText(m.review.compare.empty)).toBeVisible();

    await chooseFile(page, m.review.import.open, {
      name: 'hubspot-contacts-es.csv',
      mimeType: 'text/csv',
      buffer: fixture('hubspot-contacts-es.csv'),
    });
    const dialog = page.getByRole('dialog', { name: m.review.import.title });
    await expect(dialog.getByText(m.review.import.checkAccents)).toBeVisible();
    // The accents came out right: the first rows show them as written.
    await expect(
      dialog.getByRole('region', { name: m.review.import.firstRows }).getByText('Núñez').first(),
    ).toBeVisible();
    await expect(dialog.getByRole('status')).toContainText('HubSpot');
    await expect(dialog.getByRole('status')).toContainText(
      language === 'es' ? '6 registros' : '6 records',
    );
    // Matched by meaning: HubSpot's Lead is the plan's first stage, Customer its last.
    const inquiry = language === 'es' ? 'Consulta' : 'Inquiry';
    await expect(
      dialog.getByLabel(m.review.import.stageFor.replace('{{stage}}', 'Lead')),
    ).toHaveValue(doc.funnel.stages.find((s) => s.name === inquiry)!.id);
    await expect(
      dialog.getByLabel(m.review.import.stageFor.replace('{{stage}}', 'Opportunity')),
    ).toHaveValue('');
    await expectNoViolations(page, `import dialog (${language})`);
    await page.screenshot({ path: `test-results/screens/review-import-${language}.png` });
    await dialog.getByRole('button', { name: m.review.import.submit, exact: true }).click();
    await expect(dialog).toBeHidden();

    // Stored: counts per plan stage and month, and the mapping by column names; no person.
    const stored = await storedOnceImported(api, doc.id);
    const [entry] = stored.doc.actuals.imports;
    expect(entry).toMatchObject({
      fileName: 'hubspot-contacts-es.csv',
      firstMonth: '2026-01',
      lastMonth: '2026-04',
      records: 6,
    });
    const won = doc.funnel.stages.find(
      (s) => s.name === (language === 'es' ? 'Ganado' : 'Closed/Won'),
    )!;
    expect(entry!.months).toContainEqual({ month: '2026-04', stageId: won.id, entered: 1 });
    const text = JSON.stringify(stored);
    for (const personal of ['Núñez', 'Peña', 'ana@example.com'])
      expect(text).not.toContain(personal);

    // Plan against actual, in words: three a month planned at the top, two entered.
    const table = page.getByRole('table', { name: m.review.compare.caption });
    const firstStage = table.getByRole('row', { name: new RegExp(`^${inquiry}`) });
    await expect(firstStage).toContainText(
      language === 'es' ? '2 de 3 previstos' : '2 of 3 planned',
    );
    await expect(firstStage).toContainText(
      language === 'es' ? '1 por debajo del plan (−33 %)' : '1 below plan (−33%)',
    );
    // The export ends on 10 April: April is judged against a third of a month's plan.
    await expect(
      table.getByRole('columnheader', {
        name: language === 'es' ? /hasta el 10 abr 2026/ : /up to Apr 10, 2026/,
      }),
    ).toBeVisible();
    await expect(firstStage).toContainText(
      language === 'es' ? '0 de 1 previstos' : '0 of 1 planned',
    );
    // By quarter: January to March summed, nine planned at the top, six entered.
    await page.getByLabel(m.review.compare.by, { exact: true }).selectOption('quarter');
    const quarters = page.getByRole('table', { name: m.review.compare.captionQuarter });
    await expect(
      quarters.getByRole('columnheader', { name: es ? 'T1 2026' : 'Q1 2026' }),
    ).toBeVisible();
    // The second quarter holds April alone (to the 10th), and its heading says so.
    await expect(
      quarters.getByRole('columnheader', {
        name: es ? /^T2 2026\s*solo abr\s*hasta el 10/ : /^Q2 2026\s*Apr only\s*up to Apr 10/,
      }),
    ).toBeVisible();
    await expect(quarters.getByRole('row', { name: new RegExp(`^${inquiry}`) })).toContainText(
      es ? '6 de 9 previstos3 por debajo del plan (−33 %)' : '6 of 9 planned3 below plan (−33%)',
    );
    await page.getByLabel(m.review.compare.by, { exact: true }).selectOption('month');

    // How the funnel ran: the leads old enough to judge at 30 days (four, more than the two
    // old enough at 60) all became MQLs; four are said to be too few to judge by.
    const asRun = page.getByRole('table', { name: m.review.asRun.caption });
    await expect(asRun.getByRole('row', { name: new RegExp(`^${inquiry} → MQL`) })).toContainText(
      language === 'es'
        ? '100 % en 30 días (de solo 4 registros: pocos para juzgar)'
        : '100% within 30 days (of only 4 records: too few to judge by)',
    );
    // Its month-by-month trend is drawn and said: 1 MQL of 2 leads in January, 2 of 2 after.
    await expect(
      asRun.getByRole('img', {
        name: language === 'es' ? 'De 50 % a 100 % en 3 meses' : 'From 50% to 100% over 3 months',
      }),
    ).toBeVisible();
    // A check-in for the goal on MQLs, proposed from the actuals and added with one click:
    // five MQLs from January to April (pass-through counts contact 102 too).
    const goalTitle = language === 'es' ? 'MQL del trimestre' : 'MQLs this quarter';
    // A rate goal's proposal is a rate, with its unit.
    const whole = await api<{ doc: PlanDoc }>('plans.get', { id: doc.id });
    const rate = proposeCheckIns(whole.doc.goals.goals, whole.doc.actuals, whole.doc.funnel).find(
      (p) => p.goalId === 'goal-rate',
    );
    expect(rate).toBeDefined();
    const percent = new Intl.NumberFormat(es ? 'es-ES' : 'en-US', {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: new RegExp(`^${whole.doc.goals.goals[1]!.title}: `) }),
    ).toContainText(`: ${percent.format(rate!.value / 100)} (`);
    await page
      .getByRole('button', { name: m.review.proposals.accept.replace('{{goal}}', goalTitle) })
      .click();
    await expect
      .poll(
        async () =>
          (
            await api<{ doc: { goals: { goals: Array<{ checkIns: unknown[] }> } } }>('plans.get', {
              id: doc.id,
            })
          ).doc.goals.goals[0]?.checkIns,
      )
      .toMatchObject([{ date: '2026-04-30', value: 5 }]);
    await expect(
      page.getByRole('button', { name: m.review.proposals.accept.replace('{{goal}}', goalTitle) }),
    ).toHaveCount(0);
    await expectNoViolations(page, `review (${language})`);
    await page.screenshot({ path: `test-results/screens/review-${language}.png`, fullPage: true });

    // The PDF carries the same comparison, read back from its text and looked at.
    await page.getByRole('button', { name: m.report.export.button, exact: true }).click();
    const exportDialog = page.getByRole('dialog', { name: m.report.export.title });
    await expect(exportDialog.getByLabel(m.report.sections.actuals)).toBeChecked();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      exportDialog.getByRole('button', { name: m.report.export.submit }).click(),
    ]);
    const pdf = test.info().outputPath(`review-${language}.pdf`);
    await download.saveAs(pdf);
    const printed = pdfText(pdf);
    expect(printed).toContain(m.report.sections.actuals);
    expect(printed).toContain(language === 'es' ? '2 de 3 previstos' : '2 of 3 planned');
    // Cells wrap on paper: the words of the difference and its share are both there.
    expect(printed).toContain(language === 'es' ? '1 por debajo del' : '1 below plan');
    expect(printed).toContain(language === 'es' ? '(−33 %)' : '(−33%)');
    mkdirSync('test-results/screens', { recursive: true });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      pdf,
      `test-results/screens/review-pdf-${language}`,
    ]);

    // The same months again: the dialog says it replaces the first import.
    await chooseFile(page, m.review.import.open, {
      name: 'hubspot-contacts.csv',
      mimeType: 'text/csv',
      buffer: fixture('hubspot-contacts.csv'),
    });
    await expect(
      dialog.getByText(
        language === 'es'
          ? 'hubspot-contacts-es.csv (ene 2026 – abr 2026)'
          : 'hubspot-contacts-es.csv (Jan 2026 – Apr 2026)',
        { exact: false },
      ),
    ).toBeVisible();
    await dialog.getByRole('button', { name: m.review.import.submit, exact: true }).click();
    await expect
      .poll(async () =>
        (await api<StoredActuals>('plans.get', { id: doc.id })).doc.actuals.imports.map(
          (i) => i.fileName,
        ),
      )
      .toEqual(['hubspot-contacts.csv']);
  });
}

test('an export of no known shape is mapped column by column, and bad files are refused', async ({
  page,
  shell,
}) => {
  const m = messages.es;
  const { api, doc } = await reviewOfNewPlan(page, shell, 'es', {
    name: 'Plan propio',
    template: 'waterfall',
  });

  await chooseFile(page, m.review.import.open, {
    name: 'informe.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Id;Nombre;Alta;Cualificado\r\n1;Ana;02/03/2026;05/03/2026\r\n2;Luis;15/03/2026;\r\n',
      'utf8',
    ),
  });
  const dialog = page.getByRole('dialog', { name: m.review.import.title });
  await expect(dialog.getByText(m.review.import.unknown)).toBeVisible();
  // The column named like an id is taken for one; no column names a stage, so none is.
  await expect(dialog.getByLabel(m.review.import.recordId)).toHaveValue('Id');
  await expect(
    dialog.getByLabel(m.review.import.columnFor.replace('{{stage}}', 'MQL')),
  ).toHaveValue('');
  await dialog.getByLabel(m.review.import.recordId).selectOption('Id');
  await dialog
    .getByLabel(m.review.import.columnFor.replace('{{stage}}', 'Consulta'))
    .selectOption('Alta');
  await dialog
    .getByLabel(m.review.import.columnFor.replace('{{stage}}', 'MQL'))
    .selectOption('Cualificado');
  await expect(dialog.getByRole('status')).toContainText('2 registros');
  await dialog.getByRole('button', { name: m.review.import.submit, exact: true }).click();
  await expect(dialog).toBeHidden();
  const stored = await storedOnceImported(api, doc.id);
  const consulta = doc.funnel.stages.find((s) => s.name === 'Consulta')!.id;
  expect(stored.doc.actuals.imports[0]?.months).toContainEqual({
    month: '2026-03',
    stageId: consulta,
    entered: 2,
  });
  expect(stored.doc.actuals.profiles[0]?.headers).toEqual(['Id', 'Nombre', 'Alta', 'Cualificado']);

  // A binary file under a .csv name: refused in words, nothing stored.
  await chooseFile(page, m.review.import.open, {
    name: 'foto.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
  });
  await expect(dialog.getByRole('alert')).toHaveText(m.actuals.problems.binary);
  await expect(
    dialog.getByRole('button', { name: m.review.import.submit, exact: true }),
  ).toBeDisabled();
  await dialog.getByRole('button', { name: m.common.cancel }).click();
  // A date that does not parse: named by row and column.
  await chooseFile(page, m.review.import.open, {
    name: 'hubspot.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Record ID,Date entered "Lead (Lifecycle Stage Pipeline)"\r\n1,2026-01-05\r\n2,la semana que viene\r\n',
    ),
  });
  const badDate =
    'Fila 3, columna «Date entered "Lead (Lifecycle Stage Pipeline)"»: «la semana que viene» no es una fecha.';
  await expect(dialog.getByRole('alert')).toContainText(badDate);
  // Said under the file's summary, above the mappings, with what to do next; the Import
  // button, off, is described by it.
  await expect(dialog.getByRole('alert')).toContainText(m.review.import.problemsNext);
  const [alertBox, countingBox] = [
    await dialog.getByRole('alert').boundingBox(),
    await dialog.getByLabel(m.review.import.counting).boundingBox(),
  ];
  expect(alertBox!.y).toBeLessThan(countingBox!.y);
  const importButton = dialog.getByRole('button', { name: m.review.import.submit, exact: true });
  await expect(importButton).toBeDisabled();
  await expect(importButton).toHaveAccessibleDescription(new RegExp(badDate.slice(0, 20)));
  expect((await api<StoredActuals>('plans.get', { id: doc.id })).doc.actuals.imports).toHaveLength(
    1,
  );
});

test('a signed plan is reviewed against the version signed, not a later edit', async ({
  page,
  shell,
}) => {
  const m = messages.es;
  await page.setViewportSize({ width: 1280, height: 720 });
  const { api, doc } = await planIn(shell, 'es', { name: 'Plan firmado', template: 'waterfall' });
  await api('plans.apply', {
    id: doc.id,
    commands: [
      { type: 'plan.setMeta', patch: { period: FIRST_HALF } },
      { type: 'funnel.assumptions.set', patch: { topVolume: 3 } },
      {
        type: 'approver.add',
        approver: { id: 'a1', name: 'Ana Ruiz', role: 'CMO', teamId: 'team-marketing' },
      },
      {
        type: 'approver.add',
        approver: { id: 'a2', name: 'Bo Chen', role: 'VP', teamId: 'team-sales' },
      },
    ],
  });
  await api('plans.signOff', { id: doc.id });
  // After signing, someone raises the top of the funnel to 6 a month.
  await api('plans.apply', {
    id: doc.id,
    commands: [{ type: 'funnel.assumptions.set', patch: { topVolume: 6 } }],
  });
  await page.goto(`${shell.url}#/plans/${doc.id}/review`);
  await chooseFile(page, m.review.import.open, {
    name: 'hubspot-contacts-es.csv',
    mimeType: 'text/csv',
    buffer: fixture('hubspot-contacts-es.csv'),
  });
  const dialog = page.getByRole('dialog', { name: m.review.import.title });
  await dialog.getByRole('button', { name: m.review.import.submit, exact: true }).click();
  await expect(
    page.getByText(/^Comparado con el plan aprobado: versión 1, acordada el/),
  ).toBeVisible();
  const table = page.getByRole('table', { name: m.review.compare.caption });
  await expect(table.getByRole('row', { name: /^Consulta/ })).toContainText('2 de 3 previstos');

  // On paper too: the PDF's plan against actual is the version signed, and says so.
  const pdf = await api<{ base64: string }>('report.pdf', {
    id: doc.id,
    paper: 'A4',
    language: 'es',
    sections: ['actuals'],
  });
  const file = test.info().outputPath('signed-review.pdf');
  writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
  const printed = pdfText(file).replace(/\s+/g, ' ');
  expect(printed).toMatch(/Comparado con el plan aprobado: versión 1, acordada el/);
  expect(printed).toContain('2 de 3 previstos');
  expect(printed).not.toContain('2 de 6 previstos');
});
