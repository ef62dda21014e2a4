import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { messages } from '../../shared/i18n';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import type { LibraryPage } from './support/library-page';
import { planIn } from './support/plan-api';
import { storedLetters } from './support/raci-plan';

async function matrixWithRoles(page: Page, library: LibraryPage) {
  await library.open();
  await library.createPlan('RACI plan');
  await page
    .getByRole('navigation', { name: 'Plan sections' })
    .getByRole('link', { name: 'Accountability' })
    .click();
  for (const [name, team] of [
    ['CMO', 'Marketing'],
    ['Marketing ops', 'Marketing'],
    ['SDR lead', 'Sales'],
  ] as const) {
    await page.getByLabel('New role', { exact: true }).fill(name);
    await page.getByLabel('Team of the new role').selectOption({ label: team });
    await page.getByRole('button', { name: 'Add role', exact: true }).click();
    await expect(page.getByLabel(`Name of role ${name}`)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Add from library…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Activity library' });
  // The button counts what is ticked, and says nothing of a count before anything is.
  await expect(dialog.getByRole('button', { name: 'Add activities', exact: true })).toBeVisible();
  await dialog.getByLabel('Hand over MQLs to sales').check();
  await expect(dialog.getByRole('button', { name: 'Add 1 activity', exact: true })).toBeVisible();
  await dialog.getByLabel('Build the lead scoring model').check();
  await dialog.getByRole('button', { name: 'Add 2 activities', exact: true }).click();
  await expect(page.getByRole('grid')).toBeVisible();
}

test.describe('RACI matrix', () => {
  test('filled with the keyboard, it catches a second A at once, and the CSV has the same cells', async ({
    page,
    library,
    workspace,
  }) => {
    await matrixWithRoles(page, library);
    const summary = page.locator('.raci-summary');
    // Rows in phase order: Build the lead scoring model (qualify), Hand over MQLs (hand off).
    // Columns: CMO, Marketing ops, SDR lead.
    // Each role's column keeps its width as flags come and go under its name.
    const widthOf = async (role: string) =>
      (await page.getByRole('columnheader', { name: new RegExp(`^${role}`) }).boundingBox())!.width;
    const emptyWidths = [await widthOf('CMO'), await widthOf('SDR lead')];
    await page.getByRole('gridcell', { name: 'Build the lead scoring model, CMO: empty' }).focus();
    await page.keyboard.press('a');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('r');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('c');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('c');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('r');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('a');
    await workspace.expectSaved();
    await expect(summary).toContainText('0 errors');

    await page.keyboard.press('x');
    await expect(page.getByText('“x” is not a RACI letter: use R, A, C or I')).toBeVisible();

    // A second A on the hand-over row.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('a');
    await expect(summary).toContainText('1 error');
    await expect(page.getByRole('row', { name: /Hand over MQLs/ })).toContainText(
      'More than one Accountable',
    );
    // The workload under the grid follows each letter: R, A, C, I, then the share.
    const workloadOf = (role: string) =>
      page.getByRole('region', { name: 'Workload' }).getByRole('row', { name: new RegExp(role) });
    const expectSdrLoad = (letters: string[]) =>
      expect(workloadOf('SDR lead').getByRole('cell')).toHaveText([
        ...letters,
        /% of the busiest role/,
      ]);
    await expectSdrLoad(['0', '1', '1', '0']);
    expect([await widthOf('CMO'), await widthOf('SDR lead')]).toEqual(emptyWidths);
    await page.keyboard.press('c');
    await expect(summary).toContainText('0 errors');
    await expectSdrLoad(['0', '0', '2', '0']);
    await expect(workloadOf('CMO')).toContainText('100% of the busiest role');
    await workspace.expectSaved();

    await expect(page.getByRole('region', { name: 'Mutual accountability' })).toContainText(
      'Marketing owes Sales:',
    );
    await expect(page.getByRole('region', { name: 'Mutual accountability' })).toContainText(
      'Hand over MQLs to sales',
    );

    // The separator is chosen from the export's menu, the plan's language's own first.
    const exportCsv = page.getByRole('button', { name: 'Export CSV' });
    await exportCsv.focus();
    await page.keyboard.press('Enter');
    const separators = page.getByRole('menu');
    await expect(separators).toContainText('CSV separator');
    await expect(separators.getByRole('menuitem')).toHaveText([
      'Commas (,)',
      'Semicolons (;), for Excel in Spanish',
    ]);
    await expect(separators.getByRole('menuitem').first()).toBeFocused();
    // Escape halfway closes it, back on the button, and nothing is downloaded.
    await page.keyboard.press('Escape');
    await expect(separators).toBeHidden();
    await expect(exportCsv).toBeFocused();
    // ↓ opens the menu; a person sees it open before the next key, as the test waits to.
    await page.keyboard.press('ArrowDown');
    await expect(separators.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(separators.getByRole('menuitem').nth(1)).toBeFocused();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    await expect(exportCsv).toBeFocused();
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe(
      'Phase;Activity;CMO (Marketing);Marketing ops (Marketing);SDR lead (Sales)',
    );
    const rows = Papa.parse<string[]>(text.slice(1).trim()).data;
    expect(rows[0]).toEqual([
      'Phase',
      'Activity',
      'CMO (Marketing)',
      'Marketing ops (Marketing)',
      'SDR lead (Sales)',
    ]);
    expect(rows.slice(1)).toEqual([
      ['Qualify', 'Build the lead scoring model', 'A', 'R', 'C'],
      ['Hand off', 'Hand over MQLs to sales', 'A', 'R', 'C'],
    ]);
  });

  test('deleting the only Accountable warns first and is undoable', async ({
    page,
    library,
    workspace,
  }) => {
    await matrixWithRoles(page, library);
    const cell = (letter: string) =>
      page.getByRole('gridcell', { name: `Build the lead scoring model, CMO: ${letter}` });
    // The first click only selects the cell, as in a spreadsheet; the next ones cycle it.
    await cell('empty').click();
    await expect(cell('empty')).toBeFocused();
    await cell('empty').click();
    await cell('Responsible').click();
    await workspace.expectSaved();
    await page.getByRole('button', { name: 'Delete role CMO', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete CMO?' });
    await expect(confirm).toContainText('Build the lead scoring model');
    await confirm.getByRole('button', { name: 'Delete role', exact: true }).click();
    await expect(page.getByLabel('Name of role CMO')).toHaveCount(0);
    await workspace.undo();
    await expect(
      page.getByRole('gridcell', { name: 'Build the lead scoring model, CMO: Accountable' }),
    ).toBeVisible();
  });

  for (const language of ['en', 'es'] as const) {
    test(`passes axe and is captured (${language})`, async ({ page, library, workspace }) => {
      await page.setViewportSize({ width: 1440, height: 1000 });
      await matrixWithRoles(page, library);
      await page.getByRole('gridcell', { name: 'Hand over MQLs to sales, CMO: empty' }).focus();
      for (const key of ['a', 'ArrowRight', 'r', 'ArrowRight', 'a']) await page.keyboard.press(key);
      await workspace.expectSaved();
      if (language === 'es') {
        await page.getByLabel('Interface language').selectOption('es');
        await expect(
          page.getByRole('heading', { level: 2, name: 'Responsabilidades' }),
        ).toBeVisible();
      }
      await page.screenshot({ path: `test-results/screens/raci-${language}.png`, fullPage: true });
      await expectNoViolations(page, 'RACI matrix');

      // On a projector the toolbar is one row, the CSV's separator chosen from its menu.
      const m = messages[language];
      await page.setViewportSize({ width: 1280, height: 720 });
      const exportCsv = page.getByRole('button', { name: m.raci.exportCsv });
      const fromLibrary = page.getByRole('button', { name: m.raci.library.open });
      expect((await exportCsv.boundingBox())!.y).toBe((await fromLibrary.boundingBox())!.y);
      await exportCsv.click();
      await expect(page.getByRole('menu')).toContainText(m.csvMenu.label);
      await page.screenshot({ path: `test-results/screens/raci-csv-menu-${language}.png` });
      await expectNoViolations(page, 'RACI CSV menu');
      // A click elsewhere closes it.
      await page.getByRole('heading', { level: 2, name: m.raci.title }).click();
      await expect(page.getByRole('menu')).toBeHidden();
    });
  }
});

test('the headers stay whole over the rows when the matrix scrolls, with a long team name', async ({
  page,
  shell,
}) => {
  const { api, doc } = await planIn(shell, 'es', { name: 'RACI largo' });
  const activities = Array.from({ length: 14 }, (_, i) => ({
    id: `act${i}`,
    name: `Actividad ${i + 1}`,
    phase: 'handoff',
    handoff: false,
  }));
  await api('plans.apply', {
    id: doc.id,
    commands: [
      { type: 'team.add', team: { id: 'revops', name: 'Operaciones de ingresos' } },
      ...[
        ['cmo', 'Dirección de marketing', 'team-marketing'],
        ['sdr', 'SDR', 'team-sales'],
        ['ops', 'RevOps', 'revops'],
      ].map(([id, name, teamId]) => ({
        type: 'raci.role.add',
        role: { id, name, teamId, personId: null },
      })),
      { type: 'raci.activities.add', activities },
    ],
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${shell.url}#/plans/${doc.id}/raci`);
  await page.locator('.raci-scroll').evaluate((box) => box.scrollBy(0, 240));
  const team = await page.locator('thead tr').first().locator('th.raci-team').last().boundingBox();
  const role = await page.getByRole('columnheader', { name: /RevOps/ }).boundingBox();
  // The roles' row starts where the teams' row ends: neither hides the other.
  expect(Math.abs(role!.y - (team!.y + team!.height))).toBeLessThanOrEqual(1);
  await page.screenshot({ path: 'test-results/screens/raci-scrolled-es.png' });
});

test('a matrix of 150 activities draws the rows in view, and the keyboard reaches every row', async ({
  page,
  shell,
}) => {
  // Every one of 150 rows reached by key, on two cores: 56–58 s in full runs, at the minute.
  test.setTimeout(150_000);
  const { api, doc } = await planIn(shell, 'es', { name: 'RACI grande' });
  const roles = Array.from({ length: 12 }, (_, i) => ({
    type: 'raci.role.add',
    role: {
      id: `r${i}`,
      name: `Rol ${i + 1}`,
      teamId: i % 2 ? 'team-sales' : 'team-marketing',
      personId: null,
    },
  }));
  const activities = Array.from({ length: 150 }, (_, i) => ({
    id: `a${i}`,
    name: `Actividad ${i + 1}`,
    phase: 'qualify',
    handoff: false,
  }));
  await api('plans.apply', {
    id: doc.id,
    commands: [
      ...roles,
      { type: 'raci.activities.add', activities: activities.slice(0, 100) },
      { type: 'raci.activities.add', activities: activities.slice(100) },
    ],
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${shell.url}#/plans/${doc.id}/raci`);
  const grid = page.getByRole('grid', { name: 'Matriz RACI' });
  // Two header rows, one phase heading and 150 activities, though only some are drawn.
  await expect(grid).toHaveAttribute('aria-rowcount', '153');
  const drawn = await grid.locator('tbody tr[aria-rowindex]').count();
  expect(drawn).toBeGreaterThan(10);
  expect(drawn).toBeLessThan(60);

  // Down the first column, key by key, to the 120th activity, far below the first view.
  await page.getByRole('gridcell', { name: 'Actividad 1, Rol 1: vacía' }).focus();
  for (let row = 1; row < 120; row += 1) await page.keyboard.press('ArrowDown');
  const cell = page.getByRole('gridcell', { name: 'Actividad 120, Rol 1: vacía' });
  await expect(cell).toBeFocused();
  await expect(cell).toBeInViewport();
  await expect(cell.locator('xpath=..')).toHaveAttribute('aria-rowindex', '123');
  // The matrix scrolled, not the page: its headers are still in sight over the cell.
  await expect(grid.getByRole('columnheader', { name: /^Rol 1\b/ })).toBeInViewport();
  await expect(grid.getByRole('columnheader', { name: 'Marketing' }).first()).toBeInViewport();
  await page.keyboard.press('a');
  await expect(
    page.getByRole('gridcell', { name: 'Actividad 120, Rol 1: Aprobador' }),
  ).toBeFocused();
  await expect.poll(storedLetters(api, doc.id, 'a119')).toEqual({ r0: 'A' });

  // Scrolled back to the top by mouse, the cell holding the grid's one tab stop is still
  // in the page, so Tab and a screen reader's table mode still find the grid.
  await page.locator('.raci-scroll').evaluate((box) => box.scrollTo(0, 0));
  await expect(page.getByRole('gridcell', { name: 'Actividad 1, Rol 1: vacía' })).toBeInViewport();
  await expect(grid.locator('[role="gridcell"][tabindex="0"]')).toHaveAttribute(
    'aria-label',
    'Actividad 120, Rol 1: Aprobador',
  );
  // Right along the row, past the window's edge: each cell shows whole, clear of the sticky
  // activity column on the way back.
  for (let col = 1; col < 12; col += 1) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[role="gridcell"][tabindex="0"]')).toBeInViewport({ ratio: 1 });
  }
  for (let col = 11; col > 0; col -= 1) {
    await page.keyboard.press('ArrowLeft');
    const focused = page.locator('[role="gridcell"][tabindex="0"]');
    const [cellBox, columnBox] = await Promise.all([
      focused.boundingBox(),
      grid.getByRole('columnheader', { name: 'Actividad' }).boundingBox(),
    ]);
    expect(cellBox!.x).toBeGreaterThanOrEqual(columnBox!.x + columnBox!.width - 1);
  }
  await expectNoViolations(page, 'RACI matrix of 150 activities');

  // Only the problems shown: a row fixed leaves the list, and the focus goes on to the row
  // that takes its place, not to the page.
  await page.getByLabel('Mostrar solo problemas').check();
  await page.locator('.raci-scroll').evaluate((box) => box.scrollTo(0, 0));
  await page.getByRole('gridcell', { name: 'Actividad 1, Rol 1: vacía' }).click();
  await page.keyboard.press('a');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  await expect(page.getByRole('rowheader', { name: /^Actividad 1\b/ })).toHaveCount(0);
  await expect(page.getByRole('gridcell', { name: 'Actividad 2, Rol 2: vacía' })).toBeFocused();
  await page.getByLabel('Mostrar solo problemas').uncheck();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'test-results/screens/raci-large-es.png' });
});
