import type { Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { typeInto } from './support/typing';

/** Answers every statement 4 ("agree"), except the given ones. */
async function answerAll(page: Page, except: Record<number, number>): Promise<void> {
  const statements = page.locator('fieldset.statement');
  await expect(statements).toHaveCount(20);
  for (let i = 0; i < 20; i++) {
    const score = except[i] ?? 4;
    await statements
      .nth(i)
      .getByRole('radio', { name: new RegExp(`^${score},`) })
      .check();
  }
}

async function openWorkshop(page: Page, tab?: string): Promise<void> {
  await page.getByRole('link', { name: 'Workshop' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Workshop' })).toBeVisible();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

test.describe('workshop', () => {
  test('both leaders score apart; the radar, the index and the widest disagreements appear', async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Workshop plan');
    await openWorkshop(page, 'Alignment assessment');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    // Statement 8 is "We agree on what makes a lead an MQL and an SQL", 13 "Lead scoring reflects…".
    await answerAll(page, { 7: 5 });
    await expect(
      page.getByText('The results appear once both leaders have answered.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Sales leader answers' }).click();
    // The sales leader does not see marketing's answers unless the room asks for them.
    await expect(page.getByText(/^Marketing: \d$/)).toHaveCount(0);
    await answerAll(page, { 7: 1, 12: 2 });
    await workspace.expectSaved();

    await expect(page.getByRole('img', { name: 'Both teams’ scores by dimension' })).toBeVisible();
    // 18 statements at 4/4, one at 5/1, one at 4/2: level 72.5 %, gap 7.5 % → 72.5 × 0.925 = 67.
    await expect(page.locator('.index-value')).toHaveText('67');
    const divergent = page.locator('.divergence');
    await expect(divergent).toHaveCount(2);
    await expect(divergent.first()).toContainText(
      'We agree on what makes a lead an MQL and an SQL.',
    );
    await expect(divergent.first()).toContainText('Marketing 5 · Sales 1');

    await page.getByLabel('Show the other leader’s answers').check();
    await expect(page.getByText('Marketing: 5')).toBeVisible();
    await page.reload();
    await openWorkshop(page, 'Alignment assessment');
    await expect(page.locator('.index-value')).toHaveText('67');
  });

  test('an agenda item’s timer runs, can take more time, and ends with a signal', async ({
    page,
    library,
    workspace,
  }) => {
    await page.clock.install({ time: new Date('2027-01-15T09:00:00Z') });
    await library.open();
    await library.createPlan('Timed plan');
    await openWorkshop(page);
    await page.getByRole('button', { name: 'Use the standard agenda' }).click();
    await expect(page.getByRole('heading', { name: 'Agenda (180 min)' })).toBeVisible();
    await typeInto(page.getByLabel('Minutes for Alignment assessment'), '1');
    await page.getByRole('button', { name: 'Move Sign-off up' }).click();
    await expect(page.locator('.agenda-title').nth(4)).toContainText('Sign-off');
    await workspace.expectSaved();
    // From here the page's clock moves only when the test moves it.
    await page.clock.pauseAt(new Date('2027-01-15T10:00:00Z'));
    // Not started yet: ready, not "paused".
    await expect(page.locator('.timer-state')).toHaveText('Ready · 1 min planned');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.locator('.timer-state')).toHaveText('Running · 1 min planned');
    await page.clock.runFor(30_000);
    await expect(page.locator('.timer-clock')).toHaveText('0:30');
    await page.getByRole('button', { name: '5 more minutes' }).click();
    await expect(page.locator('.timer-clock')).toHaveText('5:30');
    await page.clock.runFor(335_000);
    await expect(page.locator('.timer-state')).toHaveText('Time is up');
    await expect(page.locator('.timer-clock')).toHaveText('−0:05');
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(page.locator('.timer-clock')).toHaveText('1:00');
  });

  test('decisions, action items with owner and due date, and the parking lot; an empty action is refused', async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Decisions plan');
    await workspace.addPerson('Ana Ruiz', 'CMO', 'Marketing');
    await openWorkshop(page);
    await page.getByRole('tab', { name: 'Decisions and actions' }).click();
    await page.getByLabel('Decision', { exact: true }).fill('An MQL needs 60 points');
    await page.getByLabel('Agreed by').fill('Ana, Bo');
    await page.getByRole('button', { name: 'Log decision' }).click();
    await expect(page.getByText('An MQL needs 60 points')).toBeVisible();
    await page.getByLabel('New action item').fill('Set up the score in the CRM');
    await page.getByRole('button', { name: 'Add action', exact: true }).click();
    await page
      .getByLabel('Owner of “Set up the score in the CRM”')
      .selectOption({ label: 'Ana Ruiz' });
    await typeInto(page.getByLabel('Due date of “Set up the score in the CRM”'), '2027-02-01');
    await page.getByLabel('Status of “Set up the score in the CRM”').selectOption('inProgress');
    await page.getByLabel('Topic to park').fill('Partner-sourced leads');
    await page.getByRole('button', { name: 'Park topic' }).click();
    await workspace.expectSaved();
    await page.reload();
    await openWorkshop(page);
    await page.getByRole('tab', { name: 'Decisions and actions' }).click();
    await expect(page.getByLabel('Owner of “Set up the score in the CRM”')).toHaveValue(/.+/);
    await expect(page.getByLabel('Due date of “Set up the score in the CRM”')).toHaveValue(
      '02/01/2027',
    );
    await expect(page.getByText('Partner-sourced leads')).toBeVisible();
    await page.getByRole('button', { name: 'Add action', exact: true }).click();
    await expect(page.getByText('This field is required')).toBeVisible();
  });

  test('the plan is signed off, a version appears, and a changed rate shows in the diff', async ({
    page,
    library,
    workspace,
  }) => {
    await library.open();
    await library.createPlan('Signed plan');
    await openWorkshop(page);
    await page.getByRole('tab', { name: 'Sign-off' }).click();
    await page.getByRole('button', { name: 'Add approver', exact: true }).click();
    await expect(page.getByText('An approver needs a name')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign off the plan' })).toBeDisabled();
    await page.getByLabel('Approver’s name').fill('Ana Ruiz');
    await page.getByLabel('Role', { exact: true }).fill('CMO');
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Marketing' });
    await page.getByRole('button', { name: 'Add approver', exact: true }).click();
    await expect(page.getByText('Add an approver from the sales team.')).toBeVisible();
    await page.getByLabel('Approver’s name').fill('Bo Chen');
    await page.getByLabel('Team', { exact: true }).selectOption({ label: 'Sales' });
    await page.getByRole('button', { name: 'Add approver', exact: true }).click();
    await page.getByRole('button', { name: 'Sign off the plan' }).click();
    // Signing asks first, naming the signers and what the plan's checks still find open.
    const confirm = page.getByRole('dialog', { name: 'Sign off version 1?' });
    await expect(confirm).toContainText('Ana Ruiz and Bo Chen agree to the plan as it is now.');
    await expect(confirm).toContainText(/Still open in this plan:|Every check of the plan passes./);
    await expectNoViolations(page, 'sign-off confirmation');
    await confirm.getByRole('button', { name: 'Keep editing' }).click();
    await expect(page.getByText('Draft: not signed off yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Sign off the plan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sign off', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Agreed: version 1.' })).toBeVisible();
    await expect(page.getByText('Ana Ruiz (CMO), Bo Chen')).toBeVisible();
    await page.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('button', { name: 'Preview' }).click();
    await expect(page.getByRole('region', { name: 'Preview' })).toContainText(
      /Agreed — version 1, /,
    );
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Funnel' }).click();
    await page.getByRole('button', { name: 'Table' }).click();
    await typeInto(page.getByLabel('Conversion from MQL to the next stage (%)'), '40');
    await workspace.expectSaved();
    await openWorkshop(page);
    await page.getByRole('tab', { name: 'Sign-off' }).click();
    await expect(page.getByText(/Changed since version 1 was agreed/)).toBeVisible();
    const diff = page.getByRole('table', { name: 'What changed' });
    await expect(diff.getByRole('row', { name: /MQL → SAL/ })).toContainText('50%');
    await expect(diff.getByRole('row', { name: /MQL → SAL/ })).toContainText('40%');

    await page.getByRole('button', { name: 'Open version 1' }).click();
    const version = page.getByRole('dialog', { name: 'Version 1, as agreed' });
    await expect(version.getByRole('heading', { level: 1, name: 'Signed plan' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screens/workshop-version.png' });
    await version.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Sign off the plan' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Sign off', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Agreed: version 2.' })).toBeVisible();
  });

  for (const language of ['en', 'es'] as const) {
    test(`passes axe and is captured (${language})`, async ({ page, library, workspace }) => {
      // Four full scans and four full-page captures: over a minute on a loaded 2-core machine.
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 1280, height: 720 });
      await library.open();
      await library.createPlan('Workshop plan');
      await openWorkshop(page);
      await page.getByRole('button', { name: 'Use the standard agenda' }).click();
      await expectNoViolations(page, `workshop agenda (${language})`);
      await page.getByRole('tab', { name: 'Alignment assessment' }).click();
      await page.getByRole('button', { name: 'Start the assessment' }).click();
      await answerAll(page, { 0: 2, 7: 5, 15: 3 });
      await page.getByRole('button', { name: 'Sales leader answers' }).click();
      await answerAll(page, { 0: 4, 7: 1, 12: 2, 16: 2, 17: 2, 18: 2 });
      await workspace.expectSaved();
      if (language === 'es') {
        await page.getByLabel('Interface language').selectOption('es');
        await expect(page.getByRole('heading', { level: 2, name: 'Taller' })).toBeVisible();
      }
      await page.screenshot({
        path: `test-results/screens/workshop-${language}.png`,
        fullPage: true,
      });
      await page
        .getByRole('tab', {
          name: language === 'es' ? 'Orden del día y tiempo' : 'Agenda and timer',
        })
        .click();
      await page.screenshot({ path: `test-results/screens/workshop-agenda-${language}.png` });
      await page
        .getByRole('tab', {
          name: language === 'es' ? 'Diagnóstico de alineación' : 'Alignment assessment',
        })
        .click();
      await expectNoViolations(page, `workshop results (${language})`);
      await page
        .getByRole('tab', {
          name: language === 'es' ? 'Decisiones y acciones' : 'Decisions and actions',
        })
        .click();
      await expectNoViolations(page, `workshop decisions (${language})`);
      await page.getByRole('tab', { name: language === 'es' ? 'Aprobación' : 'Sign-off' }).click();
      await page
        .getByLabel(language === 'es' ? 'Nombre de quien aprueba' : 'Approver’s name')
        .fill('Ana Ruiz');
      await page
        .getByRole('button', { name: language === 'es' ? 'Añadir persona' : 'Add approver' })
        .click();
      await page.screenshot({
        path: `test-results/screens/workshop-signoff-${language}.png`,
        fullPage: true,
      });
      await expectNoViolations(page, `workshop signoff (${language})`);
    });
  }
});
