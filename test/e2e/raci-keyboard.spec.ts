import { expect, test } from './support/fixtures';
import { spanishMatrix, storedLetters } from './support/raci-plan';

/**
 * The RACI grid from the keyboard alone, in Spanish at a projector's 1280 × 720: one tab
 * stop, arrow keys through cells and each row's menu, and the letters read back through the
 * API.
 */

test('Tab from the grid, straight after typing, lands in the roles under it', async ({
  page,
  shell,
}) => {
  const { api, doc } = await spanishMatrix(shell, 'RACI con prisa', [
    { id: 'a1', name: 'Pasar los MQL a ventas', phase: 'handoff', handoff: true },
  ]);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${shell.url}#/plans/${doc.id}/raci`);
  // The panels under the matrix are built once typing pauses; a Tab that comes first
  // still finds them after the grid rather than skipping past them.
  await page
    .getByRole('gridcell', { name: 'Pasar los MQL a ventas, Dirección de marketing: vacía' })
    .focus();
  await page.keyboard.press('a');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('r');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nombre del rol Dirección de marketing')).toBeFocused();
  await expect.poll(storedLetters(api, doc.id, 'a1')).toEqual({ cmo: 'A', sdr: 'R' });
});

test('the grid is one tab stop: Tab leaves it from any row, the arrows reach each row’s menu, and fixing the last problem shown keeps the focus', async ({
  page,
  shell,
}) => {
  const names = ['Definir el ICP', 'Pasar los MQL a ventas', 'Revisar el embudo'];
  const { api, doc } = await spanishMatrix(
    shell,
    'RACI con teclado',
    names.map((name, i) => ({ id: `a${i}`, name, phase: 'plan', handoff: false })),
    [
      // Every activity whole (one A, one R) but the last, which has no A.
      ...['a0', 'a1'].flatMap((activityId) => [
        { type: 'raci.cell.set', activityId, roleId: 'cmo', letter: 'A' },
        { type: 'raci.cell.set', activityId, roleId: 'sdr', letter: 'R' },
      ]),
      { type: 'raci.cell.set', activityId: 'a2', roleId: 'sdr', letter: 'R' },
    ],
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${shell.url}#/plans/${doc.id}/raci`);
  await page.getByRole('gridcell', { name: 'Pasar los MQL a ventas, SDR: Responsable' }).click();

  // One Tab from the middle row leaves the grid for the roles under it, past every row's menu.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nombre del rol Dirección de marketing')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(
    page.getByRole('gridcell', { name: 'Pasar los MQL a ventas, SDR: Responsable' }),
  ).toBeFocused();

  // Left of a row's first cell is its menu; down moves to the next row's menu, not into it.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const menuOf = (name: string) => page.getByRole('button', { name: `Acciones para ${name}` });
  await expect(menuOf('Pasar los MQL a ventas')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuOf('Revisar el embudo')).toBeFocused();
  await expect(page.getByRole('menu')).toHaveCount(0);
  // A letter typed there types nothing; Enter opens the menu.
  await page.keyboard.press('r');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Editar actividad' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menuOf('Revisar el embudo')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('gridcell', { name: 'Revisar el embudo, Dirección de marketing: vacía' }),
  ).toBeFocused();
  // A digit is refused in words, and the refusal goes when the grid is left.
  await page.keyboard.press('1');
  await expect(page.getByText('«1» no es una letra RACI')).toBeVisible();

  // Only problems: the one row without an A. Fixing it leaves nothing to show: the box that
  // shows every row takes the focus, and the grid says why it is empty.
  await page.getByLabel('Mostrar solo problemas').check();
  await page
    .getByRole('gridcell', { name: 'Revisar el embudo, Dirección de marketing: vacía' })
    .click();
  await page.keyboard.press('a');
  await expect(page.getByText('Ninguna actividad incumple una regla.')).toBeVisible();
  await expect(page.getByLabel('Mostrar solo problemas')).toBeFocused();
  await expect(page.getByText('«1» no es una letra RACI')).toHaveCount(0);
  await expect.poll(storedLetters(api, doc.id, 'a2')).toEqual({ cmo: 'A', sdr: 'R' });
  await page.keyboard.press('Space');
  await expect(page.getByRole('rowheader', { name: /^Revisar el embudo/ })).toBeVisible();
});
