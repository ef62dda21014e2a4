import { messages } from '../../shared/i18n';
import { expect, test } from './support/fixtures';
import { fill, seedPlan, stored, typeAndRefuse, typeAndStore } from './support/typing-plan';
import { typeInto } from './support/typing';

/**
 * What a typist gets wrong, typed key by key: refused beside its field in the user's
 * language with the reason and nothing stored; a paste over a field's limit refused whole;
 * a figure at 0 typed over, not after the zero.
 */
test('a Spanish consultant’s mistakes are refused in Spanish, with the reason, storing nothing', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const id = await seedPlan(shell, 'es');
  const m = messages.es;
  const label = (text: string) => page.getByLabel(text, { exact: true });

  await page.goto(`${shell.url}#/plans/${id}/funnel`);
  const revenue = label(
    fill(m.funnel.assumptions.revenueTarget, { period: 'mes', currency: 'EUR' }),
  );
  await typeAndRefuse(page, shell, id, revenue, '1e15', 'Escribe el número solo con cifras');
  await typeAndRefuse(page, shell, id, revenue, '1.5', 'En español, los decimales van con coma');
  await typeAndRefuse(page, shell, id, revenue, '-20', 'Escribe 0 o más.');
  // Eight thousand typed the English way would be eight: asked about, not guessed.
  await typeAndRefuse(
    page,
    shell,
    id,
    revenue,
    '8,000',
    '¿8 o 8.000? En español la coma marca los decimales y el punto los miles',
  );
  // A draft with its message, at projector size.
  await typeInto(revenue, '99.999.999.999.999', null);
  await page.screenshot({ path: 'test-results/screens/typing-error-es.png' });
  await revenue.press('Escape');

  await page.goto(`${shell.url}#/plans/${id}/handoff`);
  await typeAndRefuse(
    page,
    shell,
    id,
    label(m.handoff.sla.acceptance),
    '150',
    'Escribe 100 o menos.',
  );
  await typeAndRefuse(
    page,
    shell,
    id,
    label(m.handoff.sla.attempts),
    '6,5',
    'Escribe un número entero.',
  );
  await typeAndRefuse(page, shell, id, label(m.handoff.sla.attempts), '1,000', '¿1 o 1.000?');

  await page.goto(`${shell.url}#/plans/${id}/goals`);
  await page.getByRole('button', { name: /MQL/ }).first().click();
  const editor = page.getByRole('region', { name: 'MQL' });
  const start = editor.getByLabel(m.goals.fields.start, { exact: true });
  const deadline = editor.getByLabel(m.goals.fields.deadline, { exact: true });
  await typeAndRefuse(page, shell, id, deadline, '31/02/2026', 'Ese día no existe');
  await typeAndRefuse(page, shell, id, deadline, '2026', 'Escribe la fecha como dd/mm/aaaa.');
  await typeAndRefuse(
    page,
    shell,
    id,
    deadline,
    '31/12/2027',
    'Elige una fecha dentro del periodo del plan',
  );
  await typeAndStore(shell, id, start, '01/12/2026');
  await typeAndRefuse(
    page,
    shell,
    id,
    deadline,
    '30/11/2026',
    'La fecha límite debe ser el 01/12/2026 o después.',
  );
});

test('text pasted over a field’s limit is refused whole, never cut', async ({
  page,
  shell,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const id = await seedPlan(shell, 'en');
  await page.goto(`${shell.url}#/plans/${id}/goals`);
  await page.getByRole('button', { name: /MQL/ }).first().click();
  const statement = page.getByRole('region', { name: 'MQL' }).getByLabel('What exactly, and who');
  const before = (await stored(shell, id)).plan.revision;
  await page.evaluate((text) => navigator.clipboard.writeText(text), 'x'.repeat(5000));
  await statement.click();
  await statement.press('ControlOrMeta+v');
  await expect(page.getByRole('alert')).toContainText(
    'The pasted text has 5,000 characters; this field takes 1,000 at most. Nothing was pasted.',
  );
  await expect(statement).toHaveValue('');
  await statement.press('Tab');
  expect((await stored(shell, id)).plan.revision).toBe(before);

  // Near the limit the field counts; at it, typing stops where everyone can see why.
  await page.evaluate((text) => navigator.clipboard.writeText(text), 'y'.repeat(990));
  await statement.click();
  await statement.press('ControlOrMeta+v');
  await expect(page.getByText('990 / 1,000')).toBeVisible();
  await statement.press('Tab');
  await expect
    .poll(async () => (await stored(shell, id)).doc.goals.goals[0]?.statement.length)
    .toBe(990);
});

test('a figure still at 0 is typed over when clicked, not after the zero', async ({
  page,
  shell,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const id = await seedPlan(shell, 'es');
  const m = messages.es;
  await page.goto(`${shell.url}#/plans/${id}/funnel`);
  const revenue = page.getByLabel(
    fill(m.funnel.assumptions.revenueTarget, { period: 'mes', currency: 'EUR' }),
    { exact: true },
  );
  await expect(revenue).toHaveValue('0');
  // A click and the keys, as a person does: no select-all first.
  await revenue.click();
  await revenue.pressSequentially('120.000');
  await revenue.press('Enter');
  await expect
    .poll(async () => (await stored(shell, id)).doc.funnel.assumptions.revenueTarget)
    .toBe(120000);
  await expect(revenue).toHaveValue('120.000');
  // A figure that is not 0 keeps the caret where the click put it: the end, here.
  await revenue.click();
  await revenue.press('End');
  await revenue.pressSequentially(',5');
  await revenue.press('Enter');
  await expect
    .poll(async () => (await stored(shell, id)).doc.funnel.assumptions.revenueTarget)
    .toBe(120000.5);
  await expect(revenue).toHaveValue('120.000,50');
});
