import type { Page } from '@playwright/test';
import { messages } from '../../shared/i18n';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { planIn } from './support/plan-api';

/**
 * The funnel map in front of a room: at 1280×720 its figures are large enough to read
 * from the back, full screen makes them larger still, and a rate is changed where it is
 * shown, typed key by key the way the language writes it.
 */

/** The size a text is drawn at on screen: its font size times its diagram's zoom. */
async function drawnTextPx(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const viewport = element.closest<HTMLElement>('.react-flow__viewport');
      const zoom = viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 1;
      return parseFloat(getComputedStyle(element).fontSize) * zoom;
    });
}

for (const language of ['en', 'es'] as const) {
  const m = messages[language];
  test(`the map reads from the back of the room and edits a rate in place (${language})`, async ({
    page,
    shell,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const { api, doc } = await planIn(shell, language, {
      name: language === 'es' ? 'Plan en la sala' : 'Plan in the room',
      template: 'waterfall',
    });
    await page.goto(`${shell.url}#/plans/${doc.id}/funnel`);
    await expect(page.locator('.react-flow__node')).toHaveCount(7);

    // Seven stages at once, every forecast drawn at 12 px or more on the laptop screen.
    expect(await drawnTextPx(page, '.stage-numbers dd')).toBeGreaterThanOrEqual(12);

    // Full screen for the projector: the map takes the screen and its figures grow.
    await page.getByRole('button', { name: m.common.fullScreen, exact: true }).click();
    await expect(page.getByRole('button', { name: m.common.exitFullScreen })).toBeVisible();
    await expect(page.locator('.funnel-canvas')).toHaveJSProperty('clientHeight', 720);
    await expect.poll(() => drawnTextPx(page, '.stage-numbers dd')).toBeGreaterThanOrEqual(14);
    await page.screenshot({ path: `test-results/screens/funnel-full-screen-${language}.png` });
    await expectNoViolations(page, `full-screen map (${language})`);

    // A rate changed on the line itself, in full screen where the room sees it.
    const mql = doc.funnel.stages.find((s) => s.name === 'MQL');
    const handoff = doc.funnel.handoffs.find((h) => h.source === mql?.id && h.target !== mql?.id);
    const title = `MQL → ${doc.funnel.stages.find((s) => s.id === handoff?.target)?.name}`;
    const rateField = page.getByRole('textbox', {
      name: m.funnel.handoff.rateOn.replace('{{handoff}}', title),
    });
    const shownRate = language === 'es' ? /^50\s%$/ : /^50%$/;
    await page.locator('.handoff-label', { hasText: shownRate }).click();
    await expect(rateField).toBeFocused();
    // Escape halfway leaves the rate as it was.
    await rateField.pressSequentially(language === 'es' ? '33,' : '33.');
    await rateField.press('Escape');
    await expect(rateField).toBeHidden();
    const rateOf = async () =>
      (
        await api<{ doc: { funnel: { handoffs: Array<{ id: string; rate: number | null }> } } }>(
          'plans.get',
          { id: doc.id },
        )
      ).doc.funnel.handoffs.find((h) => h.id === handoff?.id)?.rate;
    expect(await rateOf()).toBe(0.5);

    // A value out of range is refused in words, and the field stays with it.
    await page.locator('.handoff-label', { hasText: shownRate }).click();
    await rateField.pressSequentially('150');
    await rateField.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: '100' })).toBeVisible();
    expect(await rateOf()).toBe(0.5);

    // The whole value, typed as the language writes it, is stored on Enter.
    await rateField.press('ControlOrMeta+a');
    await rateField.pressSequentially(language === 'es' ? '42,5' : '42.5');
    await rateField.press('Enter');
    await expect(rateField).toBeHidden();
    await expect.poll(rateOf).toBe(0.425);
    await expect(
      page.locator('.handoff-label', { hasText: language === 'es' ? /^42,5\s%$/ : /^42.5%$/ }),
    ).toBeVisible();

    // The same button brings the workspace back (Escape does too, in the browser's own hands).
    await page.getByRole('button', { name: m.common.exitFullScreen }).click();
    await expect(page.locator('.funnel-canvas')).not.toHaveJSProperty('clientHeight', 720);
    await expect(page.getByRole('heading', { level: 2, name: m.funnel.title })).toBeVisible();
  });
}

for (const language of ['en', 'es'] as const) {
  const m = messages[language];
  test(`the handoff swimlane fills the projector in full screen (${language})`, async ({
    page,
    shell,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const { doc } = await planIn(shell, language, { name: 'Swimlane', template: 'waterfall' });
    await page.goto(`${shell.url}#/plans/${doc.id}/handoff`);
    await page.getByRole('tab', { name: m.handoff.tabs.swimlane }).click();
    const canvas = page.locator('.swimlane-canvas');
    await expect(canvas.locator('.swim-step').first()).toBeVisible();
    // No empty band: the box keeps the drawing's proportions.
    const box = await canvas.boundingBox();
    expect(box!.height).toBeLessThan(box!.width / 2);
    expect(await drawnTextPx(page, '.swim-step-title')).toBeGreaterThanOrEqual(9);

    await canvas.getByRole('button', { name: m.common.fullScreen, exact: true }).click();
    await expect(canvas).toHaveJSProperty('clientHeight', 720);
    await expect.poll(() => drawnTextPx(page, '.swim-step-title')).toBeGreaterThanOrEqual(13);
    await page.screenshot({ path: `test-results/screens/swimlane-full-screen-${language}.png` });
    await expectNoViolations(page, `full-screen swimlane (${language})`);
    await canvas.getByRole('button', { name: m.common.exitFullScreen }).click();
    await expect(canvas).not.toHaveJSProperty('clientHeight', 720);
  });
}
