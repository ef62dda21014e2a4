import { readFileSync } from 'node:fs';
import { messages } from '../../shared/i18n';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { chooseFile } from './support/files';
import { planIn } from './support/plan-api';

const m = messages.es;

interface StoredPlan {
  doc: {
    id: string;
    name: string;
    people: unknown[];
    funnel: { stages: Array<{ id: string; name: string }> };
    raci: {
      activities: Array<{ id: string; name: string }>;
      roles: Array<{ id: string; name: string; personId: string | null }>;
      cells: Record<string, Record<string, string>>;
    };
  };
}

/**
 * A Spanish consultant keeps the funnel and the RACI of one client's plan as templates,
 * starts the next client's plan from them, carries a template to another computer as a
 * file, and brings a template into a plan already under way, all typed and clicked as a
 * person does, and read back from the library.
 */
test('a consultant’s own templates: saved from one client, used for the next', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const { api, doc } = await planIn(shell, 'es', { name: 'Acme', template: 'waterfall' });
  await api('plans.apply', {
    id: doc.id,
    commands: [
      {
        type: 'person.add',
        person: { id: 'ana', name: 'Ana Núñez', roleTitle: 'CMO', teamId: 'team-marketing' },
      },
      {
        type: 'raci.activities.add',
        activities: [
          { id: 'a1', name: 'Puntuar los leads', phase: 'qualify', handoff: false },
          { id: 'a2', name: 'Aceptar o rechazar el MQL', phase: 'handoff', handoff: true },
        ],
      },
      {
        type: 'raci.role.add',
        role: { id: 'r1', name: 'Marketing Ops', teamId: 'team-marketing', personId: 'ana' },
      },
      {
        type: 'raci.role.add',
        role: { id: 'r2', name: 'SDR', teamId: 'team-sales', personId: null },
      },
      { type: 'raci.cell.set', activityId: 'a1', roleId: 'r1', letter: 'A' },
      { type: 'raci.cell.set', activityId: 'a2', roleId: 'r2', letter: 'R' },
    ],
  });

  // Save the funnel, then the RACI, each as a template of its own.
  await page.goto(`${shell.url}#/plans/${doc.id}/raci`);
  const saveAs = async (name: string, keep: string) => {
    await page.getByRole('button', { name: m.templates.open, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: m.templates.dialogTitle });
    await dialog.getByLabel(m.templates.saveName).pressSequentially(name);
    for (const part of ['funnel', 'raci', 'handoff'] as const) {
      const box = dialog.getByRole('checkbox', {
        name: new RegExp(`^${m.templates.parts[part]} ·`),
      });
      if ((await box.isChecked()) !== (m.templates.parts[part] === keep)) await box.click();
    }
    if (name === 'Embudo Ñandú') {
      await expectNoViolations(page, 'save a template (es)');
      await page.screenshot({ path: 'test-results/screens/template-save-es.png' });
    }
    await dialog.getByRole('button', { name: m.templates.save }).click();
    await expect(page.getByText(m.templates.saved.replace('{{name}}', name))).toBeVisible();
    await expect(dialog).toBeHidden();
  };
  await saveAs('Embudo Ñandú', m.templates.parts.funnel);
  await saveAs('RACI Ñandú', m.templates.parts.raci);

  // A name already taken is refused in Spanish, and nothing is saved.
  await page.getByRole('button', { name: m.templates.open, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: m.templates.dialogTitle });
  await dialog.getByLabel(m.templates.saveName).pressSequentially('raci ñandú');
  await dialog.getByRole('button', { name: m.templates.save }).click();
  await expect(
    dialog.getByText(m.templates.nameTaken.replace('{{name}}', 'raci ñandú')),
  ).toBeVisible();
  // Escape halfway leaves the dialog, keeping nothing.
  await dialog.getByLabel(m.templates.saveName).press('Escape');
  await expect(dialog).toBeHidden();
  expect((await api<{ templates: unknown[] }>('templates.list', {})).templates).toHaveLength(2);

  // The next client's plan, started from both.
  await page.goto(shell.url);
  await page.getByRole('button', { name: m.library.newPlan }).first().click();
  const create = page.getByRole('dialog', { name: m.createDialog.title });
  await create.getByLabel(m.createDialog.name).pressSequentially('Globex');
  const partFrom = (part: 'funnel' | 'raci') =>
    create.getByLabel(m.templates.startPart.replace('{{part}}', m.templates.parts[part]), {
      exact: true,
    });
  await partFrom('funnel').selectOption({ label: 'Embudo Ñandú' });
  await partFrom('raci').selectOption({ label: 'RACI Ñandú' });
  await expectNoViolations(page, 'new plan from own templates (es)');
  await page.screenshot({ path: 'test-results/screens/template-new-plan-es.png' });
  await create.getByRole('button', { name: m.createDialog.create }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Globex' })).toBeVisible();
  const plans = await api<{ plans: Array<{ id: string; name: string }> }>('plans.list', {});
  const globexId = plans.plans.find((p) => p.name === 'Globex')!.id;
  const globex = await api<StoredPlan>('plans.get', { id: globexId });
  const acme = await api<StoredPlan>('plans.get', { id: doc.id });
  expect(globex.doc.funnel.stages.map((s) => s.name)).toEqual(
    acme.doc.funnel.stages.map((s) => s.name),
  );
  expect(globex.doc.raci.activities.map((a) => a.name)).toEqual([
    'Puntuar los leads',
    'Aceptar o rechazar el MQL',
  ]);
  expect(globex.doc.raci.roles.map((r) => [r.name, r.personId])).toEqual([
    ['Marketing Ops', null],
    ['SDR', null],
  ]);
  expect(globex.doc.people).toEqual([]);
  expect(JSON.stringify(globex.doc)).not.toContain('Núñez');

  // The library's templates: exported as a file, deleted, and brought back from the file.
  await page.getByRole('link', { name: m.workspace.backToLibrary }).click();
  await page.getByRole('tab', { name: m.templates.tab }).click();
  const table = page.getByRole('table', { name: m.templates.caption });
  await expect(table.getByRole('row', { name: /Embudo Ñandú/ })).toContainText(
    m.templates.parts.funnel,
  );
  await expectNoViolations(page, 'library templates (es)');
  await page.screenshot({ path: 'test-results/screens/template-library-es.png' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: m.templates.exportNamed.replace('{{name}}', 'RACI Ñandú') })
      .click(),
  ]);
  expect(download.suggestedFilename()).toBe('RACI Ñandú.smarketing-template.json');
  const file = readFileSync((await download.path())!, 'utf8');
  expect(file).not.toContain('Núñez');
  await page
    .getByRole('button', { name: m.templates.deleteNamed.replace('{{name}}', 'RACI Ñandú') })
    .click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: m.templates.deleteConfirm })
    .click();
  await expect(table.getByRole('row', { name: /RACI Ñandú/ })).toHaveCount(0);
  await chooseFile(page, m.templates.importFile, {
    name: 'RACI Ñandú.smarketing-template.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file, 'utf8'),
  });
  await expect(
    page.getByText(m.templates.imported.replace('{{name}}', 'RACI Ñandú')),
  ).toBeVisible();
  await expect(table.getByRole('row', { name: /RACI Ñandú/ })).toHaveCount(1);

  // Hostile files are refused with the reason, and nothing is added.
  const hostile: Array<[string, string, string]> = [
    [
      'plan.smarketing-template.json',
      JSON.stringify({ format: 'smarketing-plan', plan: {} }),
      m.refusals.templateFile.isPlan,
    ],
    [
      'roto.smarketing-template.json',
      file.replace('"R"', '"R", "fantasma": "A"'),
      m.refusals.templateFile.invalid.replace('{{field}}', 'template.parts.raci.cells'),
    ],
    [
      'nuevo.smarketing-template.json',
      file.replace('"version": 1', '"version": 9'),
      m.refusals.templateFile.newerVersion
        .replace('{{version}}', '9')
        .replace('{{supported}}', '1'),
    ],
    ['foto.smarketing-template.json', '\u0089PNG\r\n', m.refusals.templateFile.notTemplate],
  ];
  for (const [name, content, reason] of hostile) {
    await chooseFile(page, m.templates.importFile, {
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content, 'utf8'),
    });
    await expect(page.getByText(reason.split('«')[0]!.trim()).last()).toBeVisible();
  }
  expect((await api<{ templates: unknown[] }>('templates.list', {})).templates).toHaveLength(2);

  // A template brought into a plan under way: what it would take is listed first, and one
  // undo takes the whole of it back.
  const { doc: initech } = await api<{ doc: { id: string } }>('plans.create', {
    name: 'Initech',
    language: 'es',
    template: 'hubspot',
  });
  await api('plans.apply', {
    id: initech.id,
    commands: [
      {
        type: 'raci.activities.add',
        activities: [{ id: 'old', name: 'Costumbre antigua', phase: 'plan', handoff: false }],
      },
    ],
  });
  await page.goto(`${shell.url}#/plans/${initech.id}/raci`);
  await page.getByRole('button', { name: m.templates.open, exact: true }).click();
  await page.getByRole('tab', { name: m.templates.applyTab }).click();
  const apply = page.getByRole('dialog', { name: m.templates.dialogTitle });
  await apply
    .getByLabel(m.templates.applyChoose, { exact: true })
    .selectOption({ label: 'RACI Ñandú' });
  await expect(apply.getByRole('status')).toContainText(
    m.templates.loses.activities.replace('{{names}}', 'Costumbre antigua'),
  );
  await expectNoViolations(page, 'apply a template (es)');
  await page.screenshot({ path: 'test-results/screens/template-apply-es.png' });
  await apply.getByRole('button', { name: m.templates.apply }).click();
  await expect
    .poll(async () =>
      (await api<StoredPlan>('plans.get', { id: initech.id })).doc.raci.activities.map(
        (a) => a.name,
      ),
    )
    .toEqual(['Puntuar los leads', 'Aceptar o rechazar el MQL']);
  await page.keyboard.press('Control+z');
  await expect
    .poll(async () =>
      (await api<StoredPlan>('plans.get', { id: initech.id })).doc.raci.activities.map(
        (a) => a.name,
      ),
    )
    .toEqual(['Costumbre antigua']);
});
