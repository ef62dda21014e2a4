import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { typeInto } from './support/typing';
import { messages } from '../../shared/i18n';
import { planIn } from './support/plan-api';

for (const language of ['en', 'es'] as const) {
  test(`the presenter view shows the funnel at 1280×720, moved through by keyboard (${language})`, async ({
    page,
    library,
    workspace,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await library.open();
    await library.createPlan('Projected plan', 'Acme');
    await page.getByRole('link', { name: 'Funnel' }).click();
    await typeInto(page.getByLabel('Revenue target per month (USD)'), '600000.50');
    await typeInto(page.getByLabel('Average deal size (USD)'), '20000');
    await typeInto(page.getByLabel('New at the top of the funnel per month'), '3000');
    await workspace.expectSaved();
    if (language === 'es') await page.getByLabel('Interface language').selectOption('es');
    const text =
      language === 'es'
        ? {
            workshop: 'Taller',
            present: 'Vista de presentación',
            agenda: 'Orden del día',
            funnel: 'Nuestro embudo',
            sla: 'Nuestro SLA',
          }
        : {
            workshop: 'Workshop',
            present: 'Presenter view',
            agenda: 'Agenda',
            funnel: 'Our funnel',
            sla: 'Our SLA',
          };
    await page.getByRole('link', { name: text.workshop }).click();
    await page.getByRole('link', { name: text.present }).click();
    await expect(page.getByRole('heading', { level: 1, name: text.agenda })).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1, name: text.funnel })).toBeVisible();
    await expect(page.locator('.presenter svg.funnel-chart')).toBeVisible();
    // Numbers follow the plan's language (English here), whatever the interface speaks; the
    // target reads as it was typed, cents and all, never rounded to a figure nobody agreed.
    await expect(page.locator('.presenter-figures')).toContainText('$600,000.50');
    const fits = await page.evaluate(
      () => document.documentElement.scrollWidth <= window.innerWidth,
    );
    expect(fits).toBe(true);
    await page.screenshot({ path: `test-results/screens/presenter-funnel-${language}.png` });
    await expectNoViolations(page, 'presenter view');

    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('heading', { level: 1, name: text.sla })).toBeVisible();
    await page.screenshot({ path: `test-results/screens/presenter-sla-${language}.png` });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('heading', { level: 2, name: text.workshop })).toBeVisible();
  });
}

test('a screen whose code cannot be loaded says so and offers to reload, never a blank page', async ({
  page,
  shell,
}) => {
  const m = messages.es;
  const { doc } = await planIn(shell, 'es', { name: 'Plan del taller' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${shell.url}#/plans/${doc.id}/workshop`);
  await expect(page.getByRole('heading', { level: 1, name: 'Plan del taller' })).toBeVisible();
  // The app was rebuilt while this window stayed open: the presenter's code is gone.
  await page.route(/PresenterScreen-[\w-]+\.js$/, (route) => route.fulfill({ status: 404 }));
  await page.getByRole('link', { name: m.presenter.open }).click();
  const notice = page.getByRole('alert').filter({ hasText: m.app.screenFailed.title });
  await expect(notice).toBeVisible();
  await expectNoViolations(page, 'a screen that could not load (es)');
  await page.unroute(/PresenterScreen-[\w-]+\.js$/);
  await notice.getByRole('button', { name: m.app.screenFailed.reload }).click();
  await expect(page.getByRole('heading', { name: m.presenter.slide.agenda })).toBeVisible();
});
