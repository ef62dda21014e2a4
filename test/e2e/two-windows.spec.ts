import { expect, test } from './support/fixtures';
import { planApi, type StoredPlan } from './support/plan-api';
import { typeInto } from './support/typing';

/** Two tabs of the browser shell on one plan, as two laptops' leaders might open it. */
test.describe('two windows on one plan', () => {
  test('each sees the other’s edits within a second, and a draft being typed is kept', async ({
    page,
    context,
    shell,
  }) => {
    const api = planApi(shell);
    const { doc } = await api<{ doc: { id: string } }>('plans.create', { name: 'Two tabs' });
    const planUrl = `${shell.url}#/plans/${doc.id}`;
    const other = await context.newPage();
    await page.goto(planUrl);
    await other.goto(planUrl);
    const client = (tab: typeof page) => tab.getByLabel('Client or company', { exact: true });
    const name = (tab: typeof page) => tab.getByLabel('Plan name', { exact: true });
    await expect(client(page)).toHaveValue('');
    await expect(client(other)).toHaveValue('');

    // A's edit shows in B, without a reload.
    await typeInto(client(page), 'Acme', 'Tab');
    await expect(client(other)).toHaveValue('Acme', { timeout: 1000 });

    // B edits another field: both edits are kept, in both tabs.
    await typeInto(name(other), 'Two tabs, one plan', 'Tab');
    await expect(name(page)).toHaveValue('Two tabs, one plan', { timeout: 1000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two tabs, one plan');
    const stored = await api<StoredPlan & { doc: { name: string; client: string } }>('plans.get', {
      id: doc.id,
    });
    expect(stored.doc).toMatchObject({ name: 'Two tabs, one plan', client: 'Acme' });

    // The same field: A is typing when B's edit arrives. A's draft stays as typed; Escape
    // then shows what B stored, and nothing garbled was stored on the way.
    await client(page).click();
    await client(page).press('ControlOrMeta+a');
    await client(page).pressSequentially('Glob');
    await typeInto(client(other), 'Initech', 'Tab');
    const saved = page.getByRole('status').filter({ hasText: 'All changes saved' });
    await expect(saved).toHaveAttribute('aria-busy', 'false');
    await page.waitForTimeout(1000);
    await expect(client(page)).toHaveValue('Glob');
    await client(page).press('Escape');
    await expect(client(page)).toHaveValue('Initech');
    const after = await api<StoredPlan & { doc: { client: string } }>('plans.get', { id: doc.id });
    expect(after.doc.client).toBe('Initech');
  });

  test('undo acts on the window’s own edits, and says so when another changed the same thing', async ({
    page,
    context,
    shell,
  }) => {
    const api = planApi(shell);
    const { doc } = await api<{ doc: { id: string } }>('plans.create', { name: 'Undo plan' });
    const planUrl = `${shell.url}#/plans/${doc.id}`;
    const other = await context.newPage();
    await page.goto(planUrl);
    await other.goto(planUrl);
    const undo = (tab: typeof page) => tab.getByRole('button', { name: /^Undo(: |$)/ });
    const client = (tab: typeof page) => tab.getByLabel('Client or company', { exact: true });
    const stored = async () =>
      (
        await api<StoredPlan & { doc: { name: string; client: string } }>('plans.get', {
          id: doc.id,
        })
      ).doc;

    await typeInto(client(page), 'Acme', 'Tab'); // A's edit
    // The button names the step it would undo.
    await expect(undo(page)).toHaveAccessibleName('Undo: change the plan’s details');
    await expect(client(other)).toHaveValue('Acme', { timeout: 1000 });
    await typeInto(other.getByLabel('Plan name', { exact: true }), 'Renamed in B', 'Tab');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Renamed in B');

    // A's undo takes back A's edit from under B's, which changed something else and stands.
    await undo(page).click();
    await expect(client(other)).toHaveValue('', { timeout: 1000 });
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Renamed in B');
    expect(await stored()).toMatchObject({ name: 'Renamed in B', client: '' });

    // A sets the client again and B changes that same field after: A's undo would undo B's
    // work too, so it is refused, in words, and nothing changes.
    await typeInto(client(page), 'Acme', 'Tab');
    await expect(client(other)).toHaveValue('Acme', { timeout: 1000 });
    await typeInto(client(other), 'Acme Corp', 'Tab');
    await expect(client(page)).toHaveValue('Acme Corp', { timeout: 1000 });
    await undo(page).click();
    await expect(page.getByText(/^Not undone: someone else changed the same thing/)).toBeVisible();
    expect(await stored()).toMatchObject({ name: 'Renamed in B', client: 'Acme Corp' });

    // B undoes its own edit (not A's); both windows show it. Then A can undo its own.
    await undo(other).click();
    await expect(client(page)).toHaveValue('Acme', { timeout: 1000 });
    await undo(page).click();
    await expect(client(other)).toHaveValue('', { timeout: 1000 });
    expect(await stored()).toMatchObject({ name: 'Renamed in B', client: '' });
  });

  test('an edit that no longer fits is refused in the user’s words, and the plan shows as it is', async ({
    page,
    context,
    shell,
  }) => {
    const api = planApi(shell);
    await api('settings.set', { language: 'es' });
    const { doc } = await api<{ doc: { id: string } }>('plans.create', { name: 'Plan compartido' });
    const person = { id: 'ana', name: 'Ana Ruiz', roleTitle: 'CMO', teamId: 'team-marketing' };
    await api('plans.apply', { id: doc.id, commands: [{ type: 'person.add', person }] });
    const planUrl = `${shell.url}#/plans/${doc.id}`;
    // This window hears nothing from the host, as a laptop whose notifications are held up.
    const late = await context.newPage();
    await late.route('**/api/events', (route) => route.abort());
    await late.goto(planUrl);
    await page.goto(planUrl);
    const anaName = (tab: typeof page) => tab.getByLabel('Nombre de Ana Ruiz', { exact: true });
    await expect(anaName(late)).toHaveValue('Ana Ruiz');

    // The other window removes Ana; the late one, not knowing, renames her.
    await page.getByRole('button', { name: 'Quitar a Ana Ruiz', exact: true }).click();
    await expect(anaName(page)).toHaveCount(0);
    await typeInto(anaName(late), 'Ana María Ruiz', 'Enter');
    await expect(
      late.getByText(
        'Esa persona ya no está en el plan: puede que alguien la haya quitado en otra ventana.',
      ),
    ).toBeVisible();
    // It shows the plan as it is, says nothing is unsaved, and nothing was stored.
    await expect(anaName(late)).toHaveCount(0);
    await expect(
      late.getByRole('status').filter({ hasText: 'Todos los cambios guardados' }),
    ).toBeVisible();
    const stored = await api<StoredPlan & { doc: { people: unknown[] } }>('plans.get', {
      id: doc.id,
    });
    expect(stored.doc.people).toEqual([]);
  });
});
