import { startShell } from './support/browser-shell';
import { LibraryPage } from './support/library-page';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { planApi, planIn } from './support/plan-api';
import { typeInto } from './support/typing';

test.describe('plan workspace', () => {
  test('typing a name is one undo step; undo and redo by button and keyboard', async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Draft');
    const client = workspace.field('Client or company');
    await client.pressSequentially('Acme', { delay: 30 });
    // Typed, not yet stored: nothing half-typed reaches the plan (or its undo history).
    await expect(page.getByRole('button', { name: /^Undo(: |$)/ })).toBeDisabled();
    await client.press('Tab');
    await workspace.expectSaved();
    await expect(page.getByRole('heading', { level: 1, name: 'Draft' })).toBeVisible();

    await workspace.undo();
    await expect(client).toHaveValue('');
    await workspace.redo();
    await expect(client).toHaveValue('Acme');

    await page.keyboard.press('Control+z');
    await expect(client).toHaveValue('');
    await page.keyboard.press('Control+Shift+z');
    await expect(client).toHaveValue('Acme');

    // A reload is still the same window: it can undo what it did before.
    await page.reload();
    await expect(client).toHaveValue('Acme');
    await workspace.undo();
    await expect(client).toHaveValue('');
  });

  test('undo names its step, and says where when it changes another screen', async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Where plan');
    const client = workspace.field('Client or company');
    await client.pressSequentially('Acme');
    await client.press('Tab');
    await workspace.expectSaved();
    await page.getByRole('link', { name: 'Funnel' }).click();
    const undo = page.getByRole('button', { name: 'Undo: change the plan’s details' });
    await expect(undo).toHaveAttribute('title', 'Undo: change the plan’s details (Ctrl+Z)');
    await page.keyboard.press('Control+z');
    const notice = page.getByText('Undone: change the plan’s details (in the plan and people)');
    await expect(notice).toBeVisible();
    await page.getByRole('button', { name: 'Show it' }).click();
    await expect(page).toHaveURL(/#\/plans\/[^/]+\/overview$/);
    await expect(client).toHaveValue('');
  });

  test('undo names the step itself, in Spanish, and the screen it changes', async ({
    page,
    shell,
  }) => {
    const { api, doc } = await planIn(shell, 'es', {
      name: 'Plan con etapas',
      template: 'waterfall',
    });
    await page.goto(`${shell.url}#/plans/${doc.id}/funnel`);
    await page
      .locator('.react-flow__node')
      .filter({ has: page.getByText('MQL', { exact: true }) })
      .click();
    await typeInto(page.getByLabel('Nombre de la etapa', { exact: true }), 'Lead cualificado');
    const undo = page.getByRole('button', {
      name: 'Deshacer: renombrar la etapa «MQL» como «Lead cualificado»',
    });
    await expect(undo).toBeVisible();
    await page.getByRole('link', { name: 'Objetivos' }).click();
    await undo.click();
    await expect(
      page.getByText('Deshecho: renombrar la etapa «MQL» como «Lead cualificado» (en el embudo)'),
    ).toBeVisible();
    const after = await api<{ doc: { funnel: { stages: Array<{ name: string }> } } }>('plans.get', {
      id: doc.id,
    });
    expect(after.doc.funnel.stages.map((s) => s.name)).toContain('MQL');
    await expect(
      page.getByRole('button', {
        name: 'Rehacer: renombrar la etapa «MQL» como «Lead cualificado»',
      }),
    ).toBeVisible();
  });

  test('an empty plan name is refused with a message and not saved', async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Keep me');
    const name = workspace.field('Plan name');
    await name.fill('');
    await expect(
      page.getByRole('alert').filter({ hasText: 'This field is required' }),
    ).toBeVisible();
    await expect(workspace.title()).toHaveText('Keep me');
    // Leaving the field keeps what was typed and its message: nothing vanishes silently.
    await name.blur();
    await expect(name).toHaveValue('');
    await expect(
      page.getByRole('alert').filter({ hasText: 'This field is required' }),
    ).toBeVisible();
    // Escape abandons the draft and shows the stored name again.
    await name.press('Escape');
    await expect(name).toHaveValue('Keep me');
    await page.reload();
    await expect(workspace.title()).toHaveText('Keep me');
  });

  test('the save indicator stays still for a quick save and says "Saving…" for a slow one', async ({
    page,
    library,
    workspace,
    shell,
  }) => {
    await library.open();
    await library.createPlan('Indicator');
    const status = page.getByRole('status').filter({ hasText: /saved|Saving/ });
    // Every word the indicator says, and when it turns busy and idle again, from here on.
    await status.evaluate((element) => {
      const heard: Array<{ at: number; text: string; busy: boolean }> = [];
      (window as unknown as { heard: typeof heard }).heard = heard;
      new MutationObserver(() =>
        heard.push({
          at: performance.now(),
          text: element.textContent ?? '',
          busy: element.getAttribute('aria-busy') === 'true',
        }),
      ).observe(element, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    const client = workspace.field('Client or company');
    await typeInto(client, 'Acme', 'Tab');
    await workspace.expectSaved();
    // "Saving…" is said for a save still on its way after 400 ms, and only then: each time
    // the indicator was busy, it said so if (and only if) it stayed busy that long. A save
    // here takes milliseconds, but a loaded machine may take longer, and is then right to
    // say so. (Timers fire a little late, never early: 380–420 ms is not judged.)
    const heard = await page.evaluate(
      () =>
        (window as unknown as { heard: Array<{ at: number; text: string; busy: boolean }> }).heard,
    );
    let busySince: number | null = null;
    let saidSaving = false;
    for (const { at, text, busy } of heard) {
      if (busy && busySince === null) [busySince, saidSaving] = [at, false];
      if (busySince !== null && text.includes('Saving…')) {
        expect(at - busySince).toBeGreaterThanOrEqual(380);
        saidSaving = true;
      }
      if (!busy && busySince !== null) {
        const lasted = at - busySince;
        if (lasted < 380) expect(saidSaving).toBe(false);
        if (lasted > 420) expect(saidSaving).toBe(true);
        busySince = null;
      }
    }
    expect(heard.some((entry) => entry.busy)).toBe(true);
    expect(busySince).toBeNull();

    // A save the host takes over a second to answer: the indicator says so, then that it
    // landed; and what was typed is stored.
    await page.route('**/api/plans.apply', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1200));
      await route.continue();
    });
    await typeInto(client, 'Acme Corp', 'Tab');
    await expect(status).toHaveText('Saving…');
    await expect(status).toHaveAttribute('aria-busy', 'true');
    await workspace.expectSaved();
    const id = new URL(page.url()).hash.split('/')[2] ?? '';
    const stored = await planApi(shell)<{ doc: { client: string } }>('plans.get', { id });
    expect(stored.doc.client).toBe('Acme Corp');
  });

  test('teams and people are edited in place', async ({ page, library, workspace }) => {
    await library.open();
    await library.createPlan('People plan');
    await workspace.addPerson('Ana Ruiz', 'CMO', 'Marketing');
    await page.getByLabel('New team name').fill('RevOps');
    await page.getByRole('button', { name: 'Add team', exact: true }).click();
    await page.getByLabel('Team of Ana Ruiz').selectOption({ label: 'RevOps' });
    await expect(
      page.getByRole('button', { name: 'Remove team RevOps', exact: true }),
    ).toBeDisabled();
    await page.getByRole('button', { name: 'Remove Ana Ruiz', exact: true }).click();
    await expect(page.getByText('No people yet')).toBeVisible();
    await page.getByRole('button', { name: 'Remove team RevOps', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Remove team RevOps', exact: true })).toHaveCount(
      0,
    );
    await workspace.expectSaved();

    // Scrolled down the people, another section opens at its top.
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Funnel' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Funnel' })).toBeVisible();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('a tab left open across a restart of the shell says so, in the interface language', async ({
    page,
    shell,
    library,
  }) => {
    await library.open();
    await page.getByLabel('Interface language').selectOption('es');
    await page.getByRole('button', { name: 'Nuevo plan' }).first().click();
    await page.getByRole('dialog').getByLabel('Nombre del plan').fill('Plan del taller');
    await page.getByRole('button', { name: 'Crear plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plan del taller' })).toBeVisible();
    await shell.stop();
    // Restarted on the same port, as `npm run web` does: a new token, which this tab lacks.
    const again = await startShell({
      dataDir: shell.dataDir,
      port: Number(new URL(shell.origin).port),
    });
    try {
      // The tab hears of the restart from its next write or, sooner, from its change feed
      // (which then replaces the plan with the notice, field and all): a write is tried
      // while the field is there, and the notice must show either way.
      const client = page.getByLabel('Cliente o empresa');
      await client
        .pressSequentially('Acme', { timeout: 10_000 })
        .then(() => client.press('Enter', { timeout: 10_000 }))
        .catch(() => undefined);
      const notice = page.getByRole('alert');
      await expect(
        notice.getByRole('heading', { name: 'Smarketing Planner se ha reiniciado' }),
      ).toBeVisible();
      await expect(notice).toContainText('Abre la nueva dirección');
      await expectNoViolations(page, 'restarted shell notice (es)');
      // A reload keeps the old session: the same notice, not "Opening plan…" for ever.
      await page.reload();
      await expect(
        page.getByRole('heading', { name: /Smarketing Planner (se ha reiniciado|was restarted)/ }),
      ).toBeVisible();
    } finally {
      await again.stop();
    }
  });

  test('the plan and its undo history survive a restart of the shell', async ({
    page,
    shell,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Restart plan', 'Initech');
    await workspace.addPerson('Luis Gómez', 'VP Sales', 'Sales');
    await workspace.expectSaved();
    const planUrl = page.url().replace(/\?token=[^#]*/, '');
    await shell.stop();

    const again = await startShell({ dataDir: shell.dataDir });
    try {
      const reopened = new LibraryPage(page, again);
      await reopened.open();
      await expect(reopened.row('Restart plan')).toContainText('Initech');
      await page.goto(
        planUrl.replace(shell.origin, again.origin).replace('/#', `/?token=${again.token}#`),
      );
      await expect(page.getByLabel('Name of Luis Gómez')).toHaveValue('Luis Gómez');
      await workspace.undo();
      await expect(page.getByText('No people yet')).toBeVisible();
      await workspace.redo();
      await expect(page.getByLabel('Name of Luis Gómez')).toBeVisible();
    } finally {
      await again.stop();
    }
  });

  test('an unknown plan says so and leads back to the library', async ({ page, shell }) => {
    await page.goto(`${shell.url}#/plans/does-not-exist`);
    await expect(page.getByText('This plan no longer exists')).toBeVisible();
    await page.getByRole('link', { name: 'All plans' }).last().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plans' })).toBeVisible();
  });

  test('the token leaves the address bar once the app has it', async ({ page, library }) => {
    await library.open();
    await expect(page).not.toHaveURL(/token=/);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'No plans yet' })).toBeVisible();
  });
});
