import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/**
 * The accessible name of the focused element, as a screen reader would
 * announce it (label, aria-label, or text), so the run can say where it is.
 */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '';
    const labelledBy = element.getAttribute('aria-labelledby');
    const fromIds = labelledBy
      ?.split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const label =
      element.getAttribute('aria-label') ??
      fromIds ??
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.textContent ??
      '';
    return label.replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab (Shift+Tab backwards) until the focused control has this name: it must be reachable. */
async function tabTo(page: Page, name: string | RegExp, options: { back?: boolean } = {}) {
  const seen: string[] = [];
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const current = await focusedName(page);
    seen.push(current);
    if (typeof name === 'string' ? current === name : name.test(current)) return;
  }
  throw new Error(
    `"${String(name)}" was not reached by keyboard; focus went through: ${seen.join(' | ')}`,
  );
}

test('from an empty library to an exported PDF with the keyboard alone', async ({
  page,
  library,
}) => {
  test.setTimeout(120_000);
  await library.open();

  // Create the plan.
  await tabTo(page, 'New plan');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'New plan' })).toBeVisible();
  await expect(page.getByLabel('Plan name')).toBeFocused();
  await page.keyboard.type('Keyboard workshop');
  await tabTo(page, 'Create plan');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Keyboard workshop' })).toBeVisible();

  // Move through the workspace to the funnel section.
  await tabTo(page, /^Funnel/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/plans\/[^/]+\/funnel/);

  // Export: open the dialog, choose Spanish, print.
  await tabTo(page, 'Export…');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export the plan' });
  await expect(dialog).toBeVisible();
  await tabTo(page, 'Language of the PDF');
  await page.keyboard.press('End');
  await expect(dialog.getByLabel('Language of the PDF')).toHaveValue('es');
  await tabTo(page, 'Export PDF');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.keyboard.press('Enter'),
  ]);
  const path = test.info().outputPath('keyboard.pdf');
  await download.saveAs(path);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('Keyboard workshop');
  expect(text).toMatch(/Página 1 de \d+/);

  // Done, the dialog closes itself and gives focus back to the button that opened it.
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused();
});
