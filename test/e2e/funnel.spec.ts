import type { Page } from '@playwright/test';
import type { LibraryPage } from './support/library-page';
import { startShell } from './support/browser-shell';
import { expect, test } from './support/fixtures';
import { planApi, planIn, type StoredPlan } from './support/plan-api';
import { typeInto } from './support/typing';
import { fill } from './support/typing-plan';
import { analyzeFunnel } from '../../shared/domain/funnel-math';
import { mainPath } from '../../shared/domain/funnel-path';
import type { PlanDoc } from '../../shared/domain/plan-doc';
import { messages } from '../../shared/i18n';

const es = messages.es;

async function createPlanFromTemplate(
  page: Page,
  library: LibraryPage,
  name: string,
  template: string,
) {
  await library.open();
  await page.getByRole('button', { name: 'New plan' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New plan' });
  await dialog.getByLabel('Plan name').fill(name);
  await dialog.getByLabel('Funnel template').selectOption({ label: template });
  await dialog.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan sections' })
    .getByRole('link', { name: 'Funnel' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Funnel' })).toBeVisible();
}

test.describe('funnel', () => {
  test('required volumes from a revenue target match the hand-worked waterfall', async ({
    page,
    library,
    workspace,
  }) => {
    await createPlanFromTemplate(page, library, 'Waterfall plan', 'Demand waterfall');
    // Hand-worked: $600,000 ÷ $20,000 = 30 won; SQL 30 ÷ 25 % = 120; SAL 120 ÷ 60 % = 200;
    // MQL 200 ÷ 50 % = 400; inquiries 400 ÷ 15 % = 2,666.7 → 2,667.
    await typeInto(page.getByLabel('Revenue target per month (USD)'), '600000');
    await typeInto(page.getByLabel('Average deal size (USD)'), '20000');
    await typeInto(page.getByLabel('New at the top of the funnel per month'), '3000');
    await workspace.expectSaved();
    await expect(page.getByText('Customers needed').locator('..')).toContainText('30');

    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: /Funnel stages/ });
    const required = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => row.querySelectorAll('td.num')[1]?.textContent ?? ''),
      );
    expect(required.slice(0, 5)).toEqual(['2,667', '400', '200', '120', '30']);

    // A rate typed in the table is the same funnel the map shows.
    await typeInto(page.getByLabel('Conversion from SAL to the next stage (%)'), '50');
    await workspace.expectSaved();
    await expect(table.locator('tbody tr').nth(2).locator('td.num').nth(1)).toHaveText('240');
    await typeInto(page.getByLabel('Conversion from SAL to the next stage (%)'), '150');
    await expect(page.getByText('Enter 100 or less.')).toBeVisible();
    await page.getByRole('button', { name: 'Map' }).click();
    // 50 % against a 60 % preset is the step furthest below its preset: the bottleneck.
    await expect(page.locator('.handoff-label.is-bottleneck')).toHaveText('50%');
  });

  test('a 0 % rate says where the target becomes unreachable', async ({
    page,
    library,
    workspace,
  }) => {
    await createPlanFromTemplate(page, library, 'Blocked plan', 'Demand waterfall');
    await typeInto(page.getByLabel('Revenue target per month (USD)'), '100000');
    await typeInto(page.getByLabel('Average deal size (USD)'), '10000');
    await page.getByRole('button', { name: 'Table' }).click();
    await typeInto(page.getByLabel('Conversion from MQL to the next stage (%)'), '0');
    await workspace.expectSaved();
    await expect(
      page.getByText('The target cannot be reached: the conversion from MQL is 0 % or not set.'),
    ).toBeVisible();
    await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
  });

  test('a dragged stage keeps its place after a restart, and the drag undoes in one step', async ({
    page,
    shell,
    library,
    workspace,
  }) => {
    await createPlanFromTemplate(page, library, 'Drag plan', 'Pardot');
    const node = page.locator('.react-flow__node', { hasText: 'Prospect' });
    const before = await node.boundingBox();
    if (!before) throw new Error('stage not on screen');
    await page.mouse.move(before.x + 60, before.y + 20);
    await page.mouse.down();
    await page.mouse.move(before.x + 90, before.y + 120, { steps: 8 });
    await page.mouse.move(before.x + 120, before.y + 220, { steps: 8 });
    await page.mouse.up();
    await workspace.expectSaved();
    const moved = await node.boundingBox();
    expect(moved!.y - before.y).toBeGreaterThan(100);

    const planUrl = page.url();
    await shell.stop();
    const again = await startShell({ dataDir: shell.dataDir });
    try {
      await page.goto(
        planUrl.replace(shell.origin, again.origin).replace('/#', `/?token=${again.token}#`),
      );
      const reloaded = page.locator('.react-flow__node', { hasText: 'Prospect' });
      await expect(reloaded).toBeVisible();
      const visitor = page.locator('.react-flow__node', { hasText: 'Visitor' });
      const [prospectBox, visitorBox] = [await reloaded.boundingBox(), await visitor.boundingBox()];
      expect(prospectBox!.y - visitorBox!.y).toBeGreaterThan(50);
      await workspace.undo();
      await expect
        .poll(async () =>
          Math.abs((await reloaded.boundingBox())!.y - (await visitor.boundingBox())!.y),
        )
        .toBeLessThan(5);
    } finally {
      await again.stop();
    }
  });

  test('stages are added, connected in the panel and removed; templates replace the funnel in one undo', async ({
    page,
    library,
    workspace,
  }) => {
    await createPlanFromTemplate(page, library, 'Blank plan', 'Blank');
    await expect(page.getByRole('heading', { name: 'No stages yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Add stage', exact: true }).first().click();
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    await page.locator('.react-flow__node').click();
    await page.getByLabel('Stage name').fill('Leads');
    await page.getByLabel('Kind of stage').selectOption('sla');
    await expect(page.getByLabel('SLA time limit (hours)')).toHaveValue('48');
    await workspace.expectSaved();
    await expect(page.locator('.react-flow__node')).toContainText('SLA 48 h');
    await page.getByRole('button', { name: 'Delete stage', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'No stages yet' })).toBeVisible();

    await page.getByRole('button', { name: 'Templates…' }).first().click();
    await page.getByRole('dialog').getByText('HubSpot lifecycle').click();
    await page.getByRole('button', { name: 'Use template' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(7);
    await workspace.undo();
    await expect(page.getByRole('heading', { name: 'No stages yet' })).toBeVisible();
  });

  test('a template keeps the work on stages of the same name and lists what it drops first (es)', async ({
    page,
    shell,
  }) => {
    const api = planApi(shell);
    await api('settings.set', { language: 'es' });
    const { doc } = await api<{
      doc: { id: string; funnel: { stages: Array<{ id: string; name: string }> } };
    }>('plans.create', { name: 'Plan con trabajo', template: 'waterfall', language: 'es' });
    const stage = (name: string) => doc.funnel.stages.find((s) => s.name === name)?.id ?? '';
    await api('plans.apply', {
      id: doc.id,
      commands: [
        {
          type: 'handoff.definition.set',
          stageId: stage('MQL'),
          patch: { definition: 'Encaje ≥ 40' },
        },
        {
          type: 'handoff.definition.set',
          stageId: stage('SAL'),
          patch: { definition: 'Aceptado' },
        },
      ],
    });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${shell.url}#/plans/${doc.id}/funnel`);
    await page.getByRole('button', { name: 'Plantillas…' }).first().click();
    // On a funnel already built it offers a change, opened on the funnel's own template.
    const dialog = page.getByRole('dialog', { name: es.funnel.templates.replaceTitle });
    await expect(dialog.getByRole('radio', { name: /^Cascada de demanda/ })).toBeChecked();
    await dialog.getByText('Ciclo de vida de HubSpot').click();
    await expect(dialog.getByRole('status')).toContainText('la definición escrita de «SAL»');
    await page.screenshot({ path: 'test-results/screens/template-losses-es.png' });
    await dialog.getByRole('button', { name: 'Usar plantilla' }).click();
    await expect(dialog).toHaveCount(0);

    const after = await api<
      StoredPlan & { doc: { handoff: { definitions: Record<string, { definition: string }> } } }
    >('plans.get', { id: doc.id });
    expect(after.doc.handoff.definitions[stage('MQL')]?.definition).toBe('Encaje ≥ 40');
    expect(after.doc.handoff.definitions[stage('SAL')]).toBeUndefined();
  });

  test('a funnel is built from the table alone, without the map', async ({
    page,
    library,
    workspace,
  }) => {
    await createPlanFromTemplate(page, library, 'Table plan', 'Blank');
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('button', { name: 'Add stage', exact: true }).first().click();
    await page.getByRole('button', { name: 'Add stage', exact: true }).first().click();
    const table = page.getByRole('table', { name: /Funnel stages/ });
    await expect(table.locator('tbody tr')).toHaveCount(2);
    await typeInto(page.getByLabel('Name of stage New stage').first(), 'Lead');
    await typeInto(page.getByLabel('Name of stage New stage'), 'Customer');
    await typeInto(page.getByLabel('Conversion from Lead to the next stage (%)'), '20');
    await typeInto(page.getByLabel('New at the top of the funnel per month'), '500');
    await workspace.expectSaved();
    await expect(table.locator('tbody tr').nth(1).locator('td.num').first()).toHaveText('100');
    await page.getByRole('button', { name: 'Delete stage Customer', exact: true }).click();
    await expect(table.locator('tbody tr')).toHaveCount(1);
  });

  test('a stage added to a full funnel goes before the closing stage, and the revenue stays (es)', async ({
    page,
    shell,
  }) => {
    const { api, doc } = await planIn(shell, 'es', {
      name: 'Plan con propuesta',
      template: 'waterfall',
    });
    await api('plans.apply', {
      id: doc.id,
      commands: [
        { type: 'funnel.assumptions.set', patch: { topVolume: 2000, avgDealSize: 20_000 } },
      ],
    });
    const read = async () => (await api<{ doc: PlanDoc }>('plans.get', { id: doc.id })).doc;
    const pathNames = (plan: PlanDoc) =>
      mainPath(plan.funnel).stageIds.map((id) => plan.funnel.stages.find((s) => s.id === id)?.name);
    const before = await read();
    const closing = pathNames(before).at(-1)!;
    const revenue = analyzeFunnel(before.funnel).revenue;
    expect(revenue).toBeGreaterThan(0);

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${shell.url}#/plans/${doc.id}/funnel`);
    await page.getByRole('button', { name: es.funnel.tableView }).click();
    await page.getByRole('button', { name: es.funnel.addStage, exact: true }).first().click();
    const table = page.getByRole('table', { name: es.funnel.table.caption });
    // The main path's rows, the detours' (off the path) after them.
    const pathRows = table.locator('tbody tr:not(.off-path)');
    await expect(pathRows.nth(-2)).toContainText(es.funnel.newStageName);
    await typeInto(
      page.getByLabel(fill(es.funnel.table.nameOf, { name: es.funnel.newStageName })),
      'Propuesta',
    );
    await expect
      .poll(async () => pathNames(await read()))
      .toEqual([...pathNames(before).slice(0, -1), 'Propuesta', closing]);
    // Nothing the room agreed moved: the new step passes everyone on until its rate is typed.
    expect(analyzeFunnel((await read()).funnel).revenue).toBe(revenue);
    // A rate typed the English way is refused where it was typed; the names keep their room.
    const rate = page.getByLabel(fill(es.funnel.table.rateOf, { name: 'Propuesta' }));
    await typeInto(rate, '12.5%');
    await expect(rate).toHaveAttribute('aria-invalid', 'true');
    const clipped = await table
      .locator('tbody th input')
      .evaluateAll((inputs) =>
        inputs
          .filter((input) => input.scrollWidth > input.clientWidth)
          .map((input) => (input as HTMLInputElement).value),
      );
    expect(clipped).toEqual([]);
    await rate.press('Escape');
    await typeInto(rate, '35,5');
    await expect
      .poll(async () => analyzeFunnel((await read()).funnel).rows.at(-2)?.rateToNext)
      .toBe(0.355);
    await page.screenshot({ path: 'test-results/screens/funnel-stage-added-es.png' });

    // On the map, arranged: the main path in one straight row, the new stage in its place.
    await page.getByRole('button', { name: es.funnel.mapView }).click();
    const toolbar = page.getByRole('toolbar', { name: es.funnel.toolbar });
    await toolbar.getByRole('button', { name: es.funnel.autoLayout }).click();
    await expect
      .poll(async () => {
        const plan = await read();
        return mainPath(plan.funnel).stageIds.map(
          (id) => plan.funnel.stages.find((s) => s.id === id)?.position,
        );
      })
      .toEqual(
        pathNames(before)
          .concat('one more')
          .map((_, i) => ({ x: i * 280, y: 0 })),
      );
    // The toolbar's buttons sit in one row on the projector, in Spanish.
    const tops = await toolbar
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
    // (The view switch's own border sets its buttons a pixel lower.)
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
    await page.screenshot({ path: 'test-results/screens/funnel-arranged-es.png' });
  });

  test('on the map, a stage added from the toolbar comes into view with the closing stage (es)', async ({
    page,
    shell,
  }) => {
    const { doc } = await planIn(shell, 'es', { name: 'Plan HubSpot', template: 'hubspot' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${shell.url}#/plans/${doc.id}/funnel`);
    const node = (name: string) => page.locator('.react-flow__node').filter({ hasText: name });
    // Whole inside the map's frame, as the eye sees it (the nodes sit in a scaled layer).
    const shownWhole = async (name: string) => {
      const frame = await page.locator('.react-flow').boundingBox();
      const box = await node(name).boundingBox();
      if (!frame || !box) return false;
      return (
        box.x >= frame.x &&
        box.y >= frame.y &&
        box.x + box.width <= frame.x + frame.width &&
        box.y + box.height <= frame.y + frame.height
      );
    };
    await expect.poll(() => shownWhole('Cliente')).toBe(true);
    await page.getByRole('button', { name: es.funnel.addStage, exact: true }).first().click();
    // The closing stage moved along past the view's edge; the map follows it.
    await expect.poll(() => shownWhole(es.funnel.newStageName)).toBe(true);
    await expect.poll(() => shownWhole('Cliente')).toBe(true);
    await page.screenshot({ path: 'test-results/screens/funnel-stage-added-map-es.png' });
  });

  test('scenarios compare side by side and one becomes the plan’s', async ({
    page,
    library,
    workspace,
  }) => {
    await createPlanFromTemplate(page, library, 'Scenario plan', 'Demand waterfall');
    await typeInto(page.getByLabel('New at the top of the funnel per month'), '2000');
    await page.getByLabel('Scenario name').fill('Faster SAL');
    await page.getByRole('button', { name: 'Save current as scenario' }).click();
    const compare = page.getByRole('table', { name: 'Current plan compared with “Faster SAL”' });
    await expect(compare).toBeVisible();
    await typeInto(compare.getByLabel('Conversion from MQL in Faster SAL (%)'), '60');
    await workspace.expectSaved();
    await expect(compare.locator('tbody tr').nth(2)).toContainText('+30');
    await page.getByRole('button', { name: 'Make it the plan’s' }).click();
    await expect(page.getByText('The plan’s scenario')).toBeVisible();
    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page.getByLabel('Conversion from MQL to the next stage (%)')).toHaveValue('60');
  });
});
