import { readFileSync } from 'node:fs';
import { analyzeFunnel } from '../../shared/domain/funnel-math';
import { newGoal } from '../../shared/domain/goals';
import type { PlanDoc } from '../../shared/domain/plan-doc';
import { openBeforeSigning } from '../../shared/domain/sign-off-review';
import type { FunnelSection } from '../../shared/domain/funnel';
import { messages } from '../../shared/i18n';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { planIn } from './support/plan-api';
import { fill } from './support/typing-plan';
import { typeInto } from './support/typing';

const es = messages.es;
const grouped = (n: number) => new Intl.NumberFormat('es-ES', { useGrouping: 'always' }).format(n);

/** What the plan checks for the room, in Spanish, at the projector's size. */
test.describe('the plan checks itself', () => {
  test('an SLA below what the revenue target needs is flagged with both numbers', async ({
    page,
    shell,
  }) => {
    const { api, doc } = await planIn(shell, 'es', {
      name: 'Plan con SLA',
      template: 'waterfall',
      currency: 'EUR',
    });
    await api('plans.apply', {
      id: doc.id,
      commands: [
        { type: 'funnel.assumptions.set', patch: { period: 'year' } },
        {
          type: 'funnel.assumptions.set',
          patch: { topVolume: 5000, avgDealSize: 20_000, revenueTarget: 1_800_000 },
        },
      ],
    });
    const stored = await api<{ doc: { funnel: FunnelSection } }>('plans.get', { id: doc.id });
    const mql = stored.doc.funnel.stages.find((s) => s.name === 'MQL');
    const required = analyzeFunnel(stored.doc.funnel).rows.find(
      (r) => r.stageId === mql?.id,
    )?.required;
    expect(required).toBeGreaterThan(500);

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${shell.url}#/plans/${doc.id}/handoff`);
    await typeInto(
      page.getByLabel(fill(es.handoff.sla.override, { period: 'año' }), { exact: true }),
      '500',
    );
    const warning = fill(es.handoff.sla.check.belowRequired, {
      agreed: '500',
      required: grouped(required ?? 0),
      stage: 'MQL',
      period: 'año',
    });
    const checks = page.getByRole('list', { name: es.handoff.sla.checks });
    await expect(checks.getByText(warning)).toBeVisible();
    await checks.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/sla-checks-es.png' });
    await expectNoViolations(page, 'SLA with its checks (es)');

    // Agreed at what the target needs: that warning goes.
    await typeInto(
      page.getByLabel(fill(es.handoff.sla.override, { period: 'año' }), { exact: true }),
      grouped(required ?? 0),
    );
    await expect(page.getByText(warning)).toHaveCount(0);
  });

  test('a signed plan changed and changed back reads as agreed again, as the comparison says', async ({
    page,
    shell,
  }) => {
    const { api, doc } = await planIn(shell, 'es', { name: 'Plan firmado', template: 'waterfall' });
    const handoff = doc.funnel.handoffs.find((h) => h.rate !== null);
    await api('plans.apply', {
      id: doc.id,
      commands: [
        {
          type: 'approver.add',
          approver: { id: 'a1', name: 'Ana', role: 'CMO', teamId: 'team-marketing' },
        },
        {
          type: 'approver.add',
          approver: { id: 'a2', name: 'Luis', role: 'VP Ventas', teamId: 'team-sales' },
        },
      ],
    });
    await api('plans.signOff', { id: doc.id });
    const setRate = (rate: number | null | undefined) =>
      api('plans.apply', {
        id: doc.id,
        commands: [{ type: 'funnel.handoff.update', handoffId: handoff?.id, patch: { rate } }],
      });

    await page.goto(`${shell.url}#/plans/${doc.id}/workshop`);
    await page.getByRole('tab', { name: es.workshop.tabs.signoff }).click();
    const status = page.locator('.plan-status');
    await expect(status).toHaveText(fill(es.workshop.signoff.agreed, { version: '1' }));
    await setRate(0.33);
    await expect(status).toHaveText(fill(es.workshop.signoff.changedSince, { version: '1' }), {
      timeout: 2000,
    });
    await setRate(handoff?.rate);
    await expect(status).toHaveText(fill(es.workshop.signoff.agreed, { version: '1' }), {
      timeout: 2000,
    });
  });

  test('signing names what is still open: the goal and its letters, the RACI rows, the SLA', async ({
    page,
    shell,
  }) => {
    const { api, doc } = await planIn(shell, 'es', {
      name: 'Plan por firmar',
      template: 'waterfall',
    });
    const activities = [
      'Definir el MQL',
      'Puntuar los leads',
      'Llamar en 24 h',
      'Revisar rechazos',
      'Informe mensual',
      'Reunión de revisión',
      'Cerrar el trimestre',
    ].map((name, index) => ({ id: `act${index}`, name, phase: 'review', handoff: false }));
    await api('plans.apply', {
      id: doc.id,
      commands: [
        { type: 'goal.add', goal: newGoal('g1', 'Mejorar la calidad de los leads') },
        {
          type: 'raci.role.add',
          role: { id: 'cmo', name: 'CMO', teamId: 'team-marketing', personId: null },
        },
        { type: 'raci.activities.add', activities },
        // The first activity has its A, and only lacks an R.
        { type: 'raci.cell.set', activityId: 'act0', roleId: 'cmo', letter: 'A' },
        {
          type: 'approver.add',
          approver: { id: 'a1', name: 'Ana', role: 'CMO', teamId: 'team-marketing' },
        },
        {
          type: 'approver.add',
          approver: { id: 'a2', name: 'Luis', role: 'VP Ventas', teamId: 'team-sales' },
        },
      ],
    });
    const stored = await api<{ doc: PlanDoc }>('plans.get', { id: doc.id });
    const [slaCheck] = openBeforeSigning(stored.doc).slaWarnings;
    expect(slaCheck?.kind).toBe('acceptanceAboveFunnel');

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${shell.url}#/plans/${doc.id}/workshop`);
    await page.getByRole('tab', { name: es.workshop.tabs.signoff }).click();
    await page.getByRole('button', { name: es.workshop.signoff.sign }).click();
    const dialog = page.getByRole('dialog', {
      name: fill(es.workshop.signoff.confirmTitle, { version: '1' }),
    });
    const open = dialog.getByRole('note');
    await expect(open).toContainText(
      fill(es.workshop.signoff.goalsFailingSmart_one, { count: '1' }),
    );
    await expect(open.getByText(/^Mejorar la calidad de los leads: no cumple /)).toContainText(
      `T (${es.smart.letter.T})`,
    );
    await expect(open).toContainText(fill(es.workshop.signoff.raciErrors_other, { count: '7' }));
    await expect(
      open.getByText(
        fill(es.workshop.signoff.activityProblems, {
          name: 'Definir el MQL',
          problems: es.raci.problems.noResponsible,
        }),
        { exact: true },
      ),
    ).toBeVisible();
    await expect(
      open.getByText(
        fill(es.workshop.signoff.activityProblems, {
          name: 'Puntuar los leads',
          problems: `${es.raci.problems.noAccountable} · ${es.raci.problems.noResponsible}`,
        }),
        { exact: true },
      ),
    ).toBeVisible();
    // Five rows are named; the other two are counted.
    await expect(open.getByText('Informe mensual: ')).toBeVisible();
    await expect(open.getByText('Reunión de revisión')).toHaveCount(0);
    await expect(
      open.getByText(fill(es.workshop.signoff.andMore_other, { count: '2' }), { exact: true }),
    ).toBeVisible();
    // The SLA's warning reads as the handoff screen says it, with the plan's Spanish percentages.
    const percent = new Intl.NumberFormat('es-ES', { style: 'percent', maximumFractionDigits: 1 });
    const stageName = (id: string) => stored.doc.funnel.stages.find((s) => s.id === id)?.name;
    if (slaCheck?.kind !== 'acceptanceAboveFunnel') throw new Error('no SLA warning to read');
    await expect(open).toContainText(
      fill(es.handoff.sla.check.acceptanceAboveFunnel, {
        acceptance: percent.format(slaCheck.acceptance),
        rate: percent.format(slaCheck.funnelRate),
        stage: stageName(slaCheck.stageId) ?? '',
        next: stageName(slaCheck.nextStageId) ?? '',
      }),
    );
    // The whole dialog, its buttons included, can be read and reached on the projector.
    await dialog
      .getByRole('button', { name: es.workshop.signoff.confirm })
      .scrollIntoViewIfNeeded();
    await expect(
      dialog.getByRole('button', { name: es.workshop.signoff.confirm }),
    ).toBeInViewport();
    await page.screenshot({ path: 'test-results/screens/sign-off-open-points-es.png' });
    await expectNoViolations(page, 'sign-off with open points (es)');

    // Escape half way: nothing is signed.
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    const { snapshots } = await api<{ snapshots: unknown[] }>('snapshots.list', { id: doc.id });
    expect(snapshots).toEqual([]);
  });

  test('the paper test’s CSV template is headed in Spanish and separated for Spanish Excel', async ({
    page,
    shell,
  }) => {
    const { api, doc } = await planIn(shell, 'es', { name: 'Plan con puntuación' });
    await api('plans.apply', {
      id: doc.id,
      commands: [
        {
          type: 'handoff.criterion.add',
          criterion: {
            id: 'c1',
            name: 'Empleados',
            dimension: 'fit',
            field: 'empleados',
            operator: 'atLeast',
            value: '100',
            points: 10,
          },
        },
        { type: 'handoff.scoring.set', patch: { decayPerMonth: 5 } },
      ],
    });
    await page.goto(`${shell.url}#/plans/${doc.id}/handoff`);
    await page.getByRole('tab', { name: es.handoff.tabs.scoring }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: es.handoff.paper.template }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(es.handoff.paper.templateFile);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toBe('\uFEFFnombre;empleados;meses_inactivo\r\n');
  });

  test('approvers are picked from the plan’s people, and an overdue action says so', async ({
    page,
    shell,
  }) => {
    const { api, doc } = await planIn(shell, 'es', { name: 'Plan con personas' });
    await api('plans.apply', {
      id: doc.id,
      commands: [
        {
          type: 'person.add',
          person: { id: 'ana', name: 'Ana Ruiz', roleTitle: 'CMO', teamId: 'team-marketing' },
        },
        {
          type: 'action.add',
          action: {
            id: 'x1',
            text: 'Configurar el CRM',
            ownerId: 'ana',
            due: '2020-01-31',
            status: 'open',
          },
        },
      ],
    });
    await page.goto(`${shell.url}#/plans/${doc.id}/workshop`);
    await page.getByRole('tab', { name: es.workshop.tabs.signoff }).click();
    await page
      .getByLabel(es.workshop.signoff.fromPeople, { exact: true })
      .selectOption({ label: 'Ana Ruiz · CMO · Marketing' });
    await expect(page.locator('.decision-list').getByText('Ana Ruiz')).toBeVisible();
    // The screen shows the edit as it is applied; the library has it a moment later.
    await expect
      .poll(
        async () =>
          (
            await api<{ doc: { workshop: { approvers: unknown[] } } }>('plans.get', {
              id: doc.id,
            })
          ).doc.workshop.approvers,
      )
      .toMatchObject([{ name: 'Ana Ruiz', role: 'CMO', teamId: 'team-marketing' }]);
    // Once she signs, she is no longer offered.
    await expect(page.getByLabel(es.workshop.signoff.fromPeople, { exact: true })).toHaveCount(0);

    await page.setViewportSize({ width: 1280, height: 720 });
    await page.getByRole('tab', { name: es.workshop.tabs.decisions }).click();
    await expect(page.getByText(es.workshop.actions.overdue, { exact: true })).toBeVisible();
    // The action's row fits its card on the projector: status and delete included.
    const card = page.locator('section.card').filter({ has: page.getByText('Configurar el CRM') });
    const cardBox = await card.boundingBox();
    for (const control of [
      page.getByLabel(fill(es.workshop.actions.statusOf, { text: 'Configurar el CRM' })),
      page.getByRole('button', { name: /Configurar el CRM/ }),
    ]) {
      const box = await control.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x + box!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
      expect(box!.x + box!.width).toBeLessThanOrEqual(1280);
    }
    await page.screenshot({ path: 'test-results/screens/actions-es.png' });
  });
});

test('a detour is drawn from the keyboard alone, from the stage’s panel (es)', async ({
  page,
  shell,
}) => {
  const { api, doc } = await planIn(shell, 'es', {
    name: 'Plan con desvíos',
    template: 'waterfall',
  });
  const sql = doc.funnel.stages.find((s) => s.name === 'SQL');
  const out = doc.funnel.stages.find((s) => /Descalificad/.test(s.name));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${shell.url}#/plans/${doc.id}/funnel`);
  // The stage takes focus on the map and Enter selects it.
  await page.getByRole('group', { name: 'SQL, Ventas', exact: true }).focus();
  await page.keyboard.press('Enter');
  const to = page.getByLabel(fill(es.funnel.connect.to, { stage: 'SQL' }), { exact: true });
  await to.focus();
  await to.selectOption({ label: out?.name ?? '' });
  await page.getByLabel(es.funnel.connect.kind, { exact: true }).selectOption('disqualified');
  await page.getByRole('button', { name: es.funnel.connect.button, exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => {
      const stored = await api<{
        doc: { funnel: { handoffs: Array<{ source: string; target: string; kind: string }> } };
      }>('plans.get', { id: doc.id });
      return stored.doc.funnel.handoffs.find((h) => h.source === sql?.id && h.target === out?.id);
    })
    .toMatchObject({ kind: 'disqualified' });
  await expectNoViolations(page, 'stage panel with its connect form (es)');
  // By pointer too: the panel beside the map is narrow at 1280 × 720, and the button stays
  // inside it, where a click reaches it.
  const connect = page.getByRole('button', { name: es.funnel.connect.button, exact: true });
  const panel = page.locator('.connect-stage');
  const [buttonBox, panelBox] = [await connect.boundingBox(), await panel.boundingBox()];
  expect(buttonBox!.x + buttonBox!.width).toBeLessThanOrEqual(panelBox!.x + panelBox!.width);
  await page.getByLabel(es.funnel.connect.kind, { exact: true }).selectOption('recycle');
  await connect.click();
  await expect
    .poll(async () => {
      const stored = await api<{
        doc: { funnel: { handoffs: Array<{ source: string; kind: string }> } };
      }>('plans.get', { id: doc.id });
      return stored.doc.funnel.handoffs.filter((h) => h.source === sql?.id).map((h) => h.kind);
    })
    .toContain('recycle');

  // A stage focused from the keyboard shows a ring of its own; selected with Enter and
  // deleted, it leaves the focus
  // on the map instead of dropping it to the page.
  const won = page.getByRole('group', { name: /^Ganado, / });
  await won.focus();
  const ring = await won
    .locator('.stage-node')
    .evaluate((node) => getComputedStyle(node).outlineStyle);
  expect(ring).toBe('dashed');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(won).toHaveCount(0);
  await expect
    .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('.funnel-canvas'))))
    .toBe(true);
});
