import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { ASSESSMENT_STATEMENTS } from '../../shared/domain/assessment';
import type { Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import type { RunningShell } from './support/browser-shell';
import { chartColours, greyTones, pdfText } from './support/pdf';
import { planApi } from './support/plan-api';

const HOSTILE_NAME = '<img src=x onerror=alert(1)> FY27';

/** A plan with something in every section, made through the API the app uses. */
async function planWithEverything(shell: RunningShell): Promise<string> {
  const api = async (method: string, input: unknown) => {
    const response = await fetch(`${shell.origin}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${shell.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    if (!response.ok) throw new Error(`${method}: ${await response.text()}`);
    return (await response.json()) as { doc: { id: string } };
  };
  const { doc } = await api('plans.create', {
    name: HOSTILE_NAME,
    client: 'Acme',
    template: 'waterfall',
  });
  await api('plans.apply', {
    id: doc.id,
    commands: [
      {
        type: 'funnel.assumptions.set',
        patch: { revenueTarget: 600000, avgDealSize: 20000, topVolume: 3000 },
      },
      {
        type: 'person.add',
        person: { id: 'ana', name: 'Ana Ruiz', roleTitle: 'CMO', teamId: 'team-marketing' },
      },
      {
        type: 'person.add',
        person: { id: 'bo', name: 'Bo Chen', roleTitle: 'VP Sales', teamId: 'team-sales' },
      },
      {
        type: 'goal.add',
        goal: {
          id: 'g1',
          title: 'Deliver 400 accepted MQLs a month',
          statement: 'Marketing delivers 400 MQLs a month that sales accepts',
          metric: null,
          baseline: 300,
          target: 400,
          start: '2026-10-01',
          deadline: '2026-12-31',
          ownerIds: ['ana', 'bo'],
          achievable: '',
          relevantTo: '',
          status: 'onTrack',
          linkedTarget: null,
          checkIns: [],
        },
      },
      {
        type: 'raci.activities.add',
        activities: [
          { id: 'a1', name: 'Define the ideal customer profile', phase: 'plan', handoff: false },
          { id: 'a2', name: 'Follow up MQLs within the SLA', phase: 'handoff', handoff: true },
        ],
      },
      {
        type: 'raci.role.add',
        role: { id: 'r1', name: 'CMO', teamId: 'team-marketing', personId: 'ana' },
      },
      {
        type: 'raci.role.add',
        role: { id: 'r2', name: 'Sales lead', teamId: 'team-sales', personId: 'bo' },
      },
      // Long role names, as Spanish teams write them: their headers wrap between words.
      ...['Dirección de marketing', 'Marketing de demanda', 'Operaciones de ingresos'].map(
        (name, index) => ({
          type: 'raci.role.add',
          role: { id: `long${index}`, name, teamId: 'team-marketing', personId: null },
        }),
      ),
      { type: 'raci.cell.set', activityId: 'a1', roleId: 'r1', letter: 'A' },
      { type: 'raci.cell.set', activityId: 'a2', roleId: 'r2', letter: 'A' },
      { type: 'raci.cell.set', activityId: 'a2', roleId: 'r1', letter: 'I' },
      {
        type: 'handoff.definition.set',
        stageId: 'stage-sal',
        patch: { definition: 'A lead sales has accepted within 48 hours' },
      },
      {
        type: 'decision.add',
        decision: {
          id: 'd1',
          text: 'An MQL needs 60 points',
          date: '2026-11-27',
          agreedBy: 'Ana, Bo',
        },
      },
      {
        type: 'action.add',
        action: {
          id: 'x1',
          text: 'Set up the score in the CRM',
          ownerId: 'ana',
          due: '2027-01-15',
          status: 'open',
        },
      },
      {
        type: 'goal.checkIn.add',
        goalId: 'g1',
        checkIn: { id: 'k1', date: '2026-12-15', value: 290, confidence: 'low', note: '' },
      },
      { type: 'parking.add', topic: { id: 'p1', text: 'Revisit lead scoring in Q2' } },
      {
        type: 'assessment.start',
        run: {
          id: 'run1',
          date: '2026-11-27',
          // Marketing thinks they meet often; sales disagrees: the widest disagreement.
          marketing: Object.fromEntries(ASSESSMENT_STATEMENTS.map((st) => [st.id, 4])),
          sales: {
            ...Object.fromEntries(ASSESSMENT_STATEMENTS.map((st) => [st.id, 3])),
            'com-1': 1,
          },
        },
      },
      { type: 'handoff.sla.link', term: 'firstResponse', activityId: 'a2' },
      {
        type: 'handoff.criterion.add',
        criterion: {
          id: 'c1',
          name: 'Director or above',
          dimension: 'fit',
          field: 'job_title',
          operator: 'contains',
          value: 'director',
          points: 20,
        },
      },
    ],
  });
  return doc.id;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('the plan as a PDF', () => {
  for (const language of ['en', 'es'] as const) {
    test(`is exported with every section, read back and looked at (${language})`, async ({
      page,
      shell,
    }) => {
      test.setTimeout(120_000);
      const id = await planWithEverything(shell);
      await page.goto(`${shell.url}#/plans/${id}`);
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export the plan' });
      await dialog.getByLabel('Language of the PDF').selectOption(language);
      await dialog.getByLabel('Paper size').selectOption(language === 'es' ? 'A4' : 'Letter');
      await dialog.getByRole('button', { name: 'Preview' }).click();
      await expect(
        dialog.getByRole('region', { name: 'Preview' }).getByRole('heading', { level: 1 }),
      ).toHaveText(HOSTILE_NAME);
      await page.screenshot({ path: `test-results/screens/export-dialog-${language}.png` });
      await expectNoViolations(page, `export dialog (${language})`);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        dialog.getByRole('button', { name: 'Export PDF' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('FY27.pdf');
      mkdirSync('test-results/screens', { recursive: true });
      const path = `test-results/report-${language}.pdf`;
      await download.saveAs(path);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        path,
        `test-results/screens/report-${language}`,
      ]);

      // The funnel chart prints in colour: its forecast bands are the screen's blue, and
      // the required bands (dark dashed outlines) are not, so the two can be told apart.
      const pages = chartColours(path);
      const chartPage = pages.reduce((best, page) => (page.blue > best.blue ? page : best));
      expect(chartPage.blue, 'forecast bands in blue').toBeGreaterThan(500);
      expect(chartPage.dark, 'required outlines and labels in dark ink').toBeGreaterThan(100);
      // Printed in black and white, the forecast's blue is a solid mid grey and the required
      // bands stay dark dashed outlines: still two different marks.
      const grey = greyTones(path);
      const greyChartPage = grey[pages.indexOf(chartPage)]!;
      const mostMidGrey = Math.max(...grey.map((page) => page.mid));
      expect(greyChartPage.mid, 'forecast bands: the most mid grey of any page').toBe(mostMidGrey);
      expect(greyChartPage.dark, 'required outlines in black').toBeGreaterThan(100);
      // The document's own title is the plan's name, not the app's.
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(info).toMatch(new RegExp(`^Title:\\s+${escapeRegExp(HOSTILE_NAME)}$`, 'm'));
      const layout = pdfText(path);
      // RACI headers wrap between words: no role name is cut inside a word.
      for (const word of ['Dirección', 'marketing', 'demanda', 'Operaciones', 'ingresos']) {
        expect(layout, word).toContain(word);
      }
      expect(layout).not.toMatch(/Direcció\s|Operacion\s|Marketin\s/);
      const text = layout.replace(/\s+/g, ' ');
      const expected =
        language === 'en'
          ? [
              'Sales and marketing alignment plan',
              'Executive summary',
              'Revenue target per month',
              // The summary's response time is in business hours, as the SLA's table says.
              'Sales responds to a qualified lead within 1 business hour.',
              // A SMART letter not met says why, as the Goals screen does.
              'Measurable: fails — No metric is chosen.',
              'Funnel',
              'Shared goals',
              'Deliver 400 accepted MQLs a month',
              'Check-ins suggest: Off track',
              'Latest check-in 290',
              'Accountability (RACI)',
              'No one is Responsible',
              'Follow up MQLs within the SLA',
              'Sales owes Marketing: Follow up MQLs within the SLA',
              'Lead handoff: definitions, qualification and scoring',
              'Director or above',
              'Service level agreement',
              'Time to first',
              'Accountable',
              'Sales lead',
              'Off the main path',
              'Decisions and action items',
              'Parking lot',
              'Alignment assessment',
              'Marketing and sales meet at least every two weeks to review the pipeline.',
              'Revisit lead scoring in Q2',
              'An MQL needs 60 points',
              'Set up the score in the CRM',
              'Sign-off',
              'Ana Ruiz',
              'Bo Chen',
              'Glossary',
              'A lead sales has accepted within 48 hours',
              'Page 1 of',
            ]
          : [
              'Plan de alineación de ventas y marketing',
              'Resumen ejecutivo',
              'Objetivo de ingresos por mes',
              'Ventas responde a un lead cualificado en menos de 1 h laborable.',
              'Medible: no cumple — No hay métrica elegida.',
              'Embudo',
              'Objetivos compartidos',
              'Deliver 400 accepted MQLs a month',
              'Responsabilidades (RACI)',
              'Traspaso de leads: definiciones, cualificación y puntuación',
              'Los seguimientos sugieren: Desviado',
              'Fuera del camino principal',
              'Aprobador (A)',
              'Aparcamiento de temas',
              'Diagnóstico de alineación',
              'Acuerdo de nivel de servicio',
              'Intentos de contacto',
              'Decisiones y acciones',
              'An MQL needs 60 points',
              'Aprobación',
              'Glosario',
              'Página 1 de',
            ];
      for (const phrase of expected) expect(text, phrase).toContain(phrase);
      expect(text).toContain(HOSTILE_NAME);
    });
  }

  test('the printed route colours the funnel chart on its own, as the hidden printer window loads it', async ({
    page,
    shell,
  }) => {
    const id = await planWithEverything(shell);
    // A fresh load of the report route alone, never the workspace first: its chart must
    // bring its own styles (an SVG rect without a fill prints black).
    await page.goto(`${shell.url}#/plans/${id}/report/A4/en/funnel`);
    await expect(page.locator('html[data-report-ready="true"]')).toBeAttached();
    const fills = await page
      .locator('.funnel-chart rect.band-forecast')
      .evaluateAll((rects) => rects.map((rect) => getComputedStyle(rect).fill));
    expect(fills.length).toBeGreaterThan(1);
    expect(new Set(fills)).toEqual(new Set(['rgb(59, 130, 246)']));
    const required = await page
      .locator('.funnel-chart rect.band-required')
      .first()
      .evaluate((rect) => getComputedStyle(rect).fill);
    expect(required).toBe('none');
  });

  test('goals and SLA terms go to CSV with the same cells, and the CRM checklist follows the plan', async ({
    page,
    shell,
  }) => {
    const id = await planWithEverything(shell);
    await page.goto(`${shell.url}#/plans/${id}`);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export the plan' });
    await dialog.getByLabel('CSV separator').selectOption(';');
    const goals = parseCsv(
      await download(page, dialog.getByRole('button', { name: 'Goals (CSV)' })),
    );
    expect(goals[0]?.slice(0, 3)).toEqual(['Goal title', 'Statement', 'Owners']);
    expect(goals[1]?.slice(0, 6)).toEqual([
      'Deliver 400 accepted MQLs a month',
      'Marketing delivers 400 MQLs a month that sales accepts',
      'Ana Ruiz, Bo Chen',
      '',
      '300',
      '400',
    ]);
    const sla = parseCsv(
      await download(page, dialog.getByRole('button', { name: 'SLA terms (CSV)' })),
    );
    // The response time is counted in the SLA's business hours, and says which.
    const response = sla.find((row) => row[0] === 'Time to first response');
    expect(response?.slice(0, 2)).toEqual(['Time to first response', 'Sales']);
    expect(response?.[2]).toMatch(/^≤ 1 business hour \(Mon–Fri, 09:00–18:00, .+\)$/);
    expect(response?.[3]).toBe('Follow up MQLs within the SLA');
    expect(sla).toContainEqual(['Qualified leads delivered', 'Marketing', '400 per month', '']);

    const crm = await download(
      page,
      dialog.getByRole('button', { name: 'CRM set-up checklist (Markdown)' }),
    );
    expect(crm).toContain('## Lifecycle stages');
    expect(crm).toContain('- [ ] Create the lifecycle stage “SAL” (owned by Shared).');
    expect(crm).toContain(
      '- [ ] Director or above (fit): job_title contains “director” → +20 points.',
    );
    expect(crm).toContain(
      '- [ ] Alert the owner and their manager when a lead has no first response after 1 h.',
    );
  });
});

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFileSync((await file.path())!, 'utf8');
}

function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
}

test('the printer keeps its page between prints, and each print is of its own plan as it is now', async ({
  shell,
}) => {
  const api = planApi(shell);
  const created = await Promise.all(
    ['Plan Norte', 'Plan Sur'].map((name) =>
      api<{ doc: { id: string } }>('plans.create', { name, language: 'es' }),
    ),
  );
  const [north, south] = created.map((plan) => plan.doc.id);
  const dir = 'test-results/warm-printer';
  mkdirSync(dir, { recursive: true });
  const printed = async (id: string | undefined, file: string) => {
    const pdf = await api<{ base64: string }>('report.pdf', {
      id,
      paper: 'A4',
      language: 'es',
      sections: ['summary'],
    });
    writeFileSync(`${dir}/${file}`, Buffer.from(pdf.base64, 'base64'));
    return pdfText(`${dir}/${file}`);
  };
  // In turn, on one page of the printer: never the previous print's plan or name.
  expect(await printed(north, 'north.pdf')).toContain('Plan Norte');
  const southText = await printed(south, 'south.pdf');
  expect(southText).toContain('Plan Sur');
  expect(southText).not.toContain('Plan Norte');
  await api('plans.apply', {
    id: north,
    commands: [{ type: 'plan.rename', name: 'Plan Norte 2027' }],
  });
  expect(await printed(north, 'north-again.pdf')).toContain('Plan Norte 2027');
});
