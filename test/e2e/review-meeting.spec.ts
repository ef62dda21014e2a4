import { messages } from '../../shared/i18n';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { chooseFile } from './support/files';
import { planIn } from './support/plan-api';
import { typeInto } from './support/typing';
import { HANDOFF_EXPORT as EXPORT } from '../helpers/handoff-export';

interface StoredReview {
  doc: {
    handoff: { sla: { calendar: { holidays: string[]; closesAt: string } } };
    actuals: {
      imports: Array<{
        responses: { targetHours: number; months: unknown[] } | null;
        feedback: unknown[];
      }>;
      reviews: Array<{
        id: string;
        date: string;
        from: string;
        to: string;
        typedFeedback: { accepted: number; rejected: Record<string, number> } | null;
        decisions: Array<{ text: string }>;
        actions: Array<{ text: string; status: string }>;
      }>;
    };
  };
}

for (const language of ['es', 'en'] as const) {
  const m = messages[language];
  const es = language === 'es';
  test(`the monthly review runs on the handoff as it ran (${language})`, async ({
    page,
    shell,
  }) => {
    // A whole meeting: two months imported, reviewed, presented and printed. It takes 50–55 s
    // alone on a 2-core machine and passed the default minute only narrowly beside another test.
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const { api, doc } = await planIn(shell, language, {
      name: es ? 'Revisión mensual' : 'Monthly review',
      template: 'waterfall',
    });
    const mql = doc.funnel.stages.find((s) => s.name === 'MQL')!;
    const owner = es ? 'María Giménez' : 'Mary Gimson';
    await api('plans.apply', {
      id: doc.id,
      commands: [
        { type: 'handoff.sla.set', patch: { mqlStageId: mql.id, firstResponseHours: 4 } },
        {
          type: 'person.add',
          person: { id: 'owner', name: owner, roleTitle: 'SDR', teamId: 'team-sales' },
        },
      ],
    });
    const read = async () => (await api<StoredReview>('plans.get', { id: doc.id })).doc;

    // The SLA's business hours: a holiday typed the way the language writes dates, and a
    // closing hour refused, then given up with Escape.
    await page.goto(`${shell.url}#/plans/${doc.id}/handoff`);
    const holiday = page.getByLabel(m.handoff.sla.calendar.addHoliday);
    await holiday.pressSequentially(es ? '19/03/2026' : '03/19/2026');
    await holiday.press('Enter');
    await expect
      .poll(async () => (await read()).handoff.sla.calendar.holidays)
      .toEqual(['2026-03-19']);
    // The same day again is said to be there already, and nothing is added.
    await holiday.pressSequentially(es ? '19/03/2026' : '03/19/2026');
    await page.getByRole('button', { name: m.handoff.sla.calendar.add }).click();
    await expect(
      page.getByText(
        m.handoff.sla.calendar.already.replace('{{day}}', es ? '19 mar 2026' : 'Mar 19, 2026'),
      ),
    ).toBeVisible();
    await holiday.press('Escape');
    expect((await read()).handoff.sla.calendar.holidays).toEqual(['2026-03-19']);
    const closes = page.getByLabel(m.handoff.sla.calendar.closes);
    await closes.fill('');
    await closes.pressSequentially('25:00');
    await closes.press('Enter');
    await expect(page.getByText(m.fields.clockFormat)).toBeVisible();
    await closes.press('Escape');
    await expect(closes).toHaveValue('18:00');
    await closes.fill('');
    await closes.pressSequentially('8');
    await closes.press('Tab');
    await expect(
      page.getByText(m.handoff.sla.calendar.closesAfterOpens.replace('{{opens}}', '09:00')),
    ).toBeVisible();
    await closes.press('Escape');
    expect((await read()).handoff.sla.calendar.closesAt).toBe('18:00');
    await expectNoViolations(page, `SLA calendar (${language})`);

    // The export: its first-response and lead-status columns mapped, values guessed.
    await page.goto(`${shell.url}#/plans/${doc.id}/review`);
    await chooseFile(page, m.review.import.open, {
      name: 'hubspot-march.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(EXPORT),
    });
    const dialog = page.getByRole('dialog', { name: m.review.import.title });
    await dialog.getByLabel(m.review.import.firstResponse).selectOption('First Engagement Date');
    await dialog.getByLabel(m.review.import.verdictColumn).selectOption('Lead Status');
    const meaning = (value: string) =>
      dialog.getByLabel(m.review.import.meaningOf.replace('{{value}}', value));
    await expect(meaning('Connected')).toHaveValue('accepted');
    await expect(meaning('Bad Timing')).toHaveValue('noTimeline');
    await expect(meaning('Unqualified')).toHaveValue('notIcp');
    await expect(meaning('New')).toHaveValue('');
    // Sales says its "Unqualified" means nobody with authority to buy.
    await meaning('Unqualified').selectOption('noAuthority');
    await expectNoViolations(page, `import with handoff mapping (${language})`);
    await page.screenshot({ path: `test-results/screens/review-mapping-${language}.png` });
    await dialog.getByRole('button', { name: m.review.import.submit, exact: true }).click();
    await expect(dialog).toBeHidden();
    // The dialog closes on the window's own copy; the import's save follows it.
    await expect
      .poll(async () => (await read()).actuals.imports[0]?.responses)
      .toEqual({
        targetHours: 4,
        months: [{ month: '2026-03', qualified: 5, answered: 4, withinTarget: 3, medianHours: 3 }],
      });
    expect(JSON.stringify(await read())).not.toContain('a@example.com');

    // The meeting starts on the month the CRM reported, and says how the handoff ran.
    await page.getByRole('button', { name: m.review.meeting.start }).click();
    const meeting = page.getByRole('region', { name: m.review.meeting.heading });
    await expect(meeting.getByLabel(m.review.meeting.from, { exact: true })).toHaveValue('2026-03');
    await expect(meeting).toContainText(
      es
        ? '3 de 5 leads entregados se respondieron en menos de 4 horas laborables (60 %).'
        : '3 of 5 leads handed over were answered within 4 business hours (60%).',
    );
    await expect(meeting).toContainText(es ? '1 sigue sin respuesta.' : '1 has no answer yet.');
    await expect(meeting).toContainText(es ? '3 h en mar 2026' : '3 h in Mar 2026');
    await expect(meeting).toContainText(
      es
        ? 'Ventas aceptó 2 de 4 leads (50 %): por debajo del 80 % acordado en el SLA.'
        : 'Sales accepted 2 of 4 leads (50%): below the 80% agreed in the SLA.',
    );

    // Sales brings its own counts to the room: typed key by key, stored as typed.
    await meeting.getByRole('button', { name: m.review.meeting.typeCounts }).click();
    const accepted = meeting.getByLabel(m.review.meeting.accepted, { exact: true });
    await accepted.fill('');
    await accepted.pressSequentially('12');
    await accepted.press('Enter');
    const noBudget = meeting.getByLabel(
      m.review.meeting.rejectedFor.replace('{{reason}}', m.handoff.sla.reason.noBudget),
    );
    await noBudget.fill('');
    await noBudget.pressSequentially(es ? '1,5' : '1.5');
    await noBudget.press('Enter');
    await expect(meeting.getByText(m.refusals.number.notWhole)).toBeVisible();
    await noBudget.press('Escape');
    await noBudget.fill('');
    await noBudget.pressSequentially('4');
    await noBudget.press('Tab');
    await expect
      .poll(async () => (await read()).actuals.reviews[0]?.typedFeedback)
      .toEqual({ accepted: 12, rejected: { noTimeline: 1, noAuthority: 1, noBudget: 4 } });

    // What the meeting decided and who does what.
    const decision = es
      ? 'Subir a 70 puntos el umbral de MQL'
      : 'Raise the MQL score threshold to 70';
    await meeting.getByLabel(m.review.meeting.newDecision).pressSequentially(decision);
    await meeting.getByRole('button', { name: m.review.meeting.addDecision }).click();
    const action = es ? 'Llamar a los leads sin respuesta' : 'Call back the unanswered leads';
    await meeting.getByLabel(m.review.meeting.newAction).pressSequentially(action);
    await meeting.getByLabel(m.review.meeting.newAction).press('Enter');
    await meeting
      .getByLabel(m.workshop.actions.ownerOf.replace('{{text}}', action))
      .selectOption({ label: owner });
    await expect
      .poll(async () => (await read()).actuals.reviews[0])
      .toMatchObject({
        decisions: [{ text: decision }],
        actions: [{ text: action, ownerId: 'owner' }],
      });
    // March lies outside the plan's period: its figures stand alone, not called "on plan".
    const firstStage = page
      .getByRole('table', { name: m.review.compare.caption })
      .getByRole('row')
      .nth(1);
    await expect(firstStage).toContainText(m.review.compare.outsidePlan.replace('{{actual}}', '6'));
    await expect(firstStage).not.toContainText(m.review.compare.onPlan);
    await expectNoViolations(page, `review meeting (${language})`);
    await page.screenshot({
      path: `test-results/screens/review-meeting-${language}.png`,
      fullPage: true,
    });

    // Pressed again the same day for the same months, the meeting is already there.
    await page.getByRole('button', { name: m.review.meeting.start }).click();
    await expect(page.getByText(m.review.meeting.alreadyThere)).toBeVisible();
    expect((await read()).actuals.reviews).toHaveLength(1);

    // That meeting was held a month ago; this month's carries its open action over until
    // someone closes it.
    await typeInto(meeting.getByLabel(m.review.meeting.date), es ? '02/11/2026' : '11/02/2026');
    await expect.poll(async () => (await read()).actuals.reviews[0]?.date).toBe('2026-11-02');
    await page.getByRole('button', { name: m.review.meeting.start }).click();
    await expect(meeting.getByLabel(m.review.meeting.choose)).toHaveCount(1);
    // The screen shows the new meeting as soon as it is made; its save follows.
    await expect.poll(async () => (await read()).actuals.reviews).toHaveLength(2);
    const carried = meeting.getByRole('table', { name: m.review.meeting.carried });
    await expect(carried.getByRole('row', { name: new RegExp(action) })).toBeVisible();
    // The meeting's slide lists what earlier reviews left open, too.
    await page.goto(`${shell.url}#/plans/${doc.id}/present/review`);
    // Who does it, too: the room reads the action with its owner.
    await expect(page.getByRole('main')).toContainText(`→ ${action} · ${owner}`);
    await expect(page.getByRole('main')).not.toContainText(decision);
    // The presenter shows the meeting chosen on the Review screen: last month's, with its
    // decision.
    await page.goto(`${shell.url}#/plans/${doc.id}/review`);
    const first = (await read()).actuals.reviews[0]!;
    await meeting.getByLabel(m.review.meeting.choose).selectOption(first.id);
    // Within the window, as its links go: the page is not loaded again.
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/plans/${doc.id}/present/review`);
    await expect(page.getByRole('main')).toContainText(decision);
    await page.goto(`${shell.url}#/plans/${doc.id}/review`);
    const latest = (await read()).actuals.reviews[1]!;
    await meeting.getByLabel(m.review.meeting.choose).selectOption(latest.id);
    await carried
      .getByLabel(m.workshop.actions.statusOf.replace('{{text}}', action))
      .selectOption('done');
    await expect(meeting.getByText(m.review.meeting.nothingCarried)).toBeVisible();
    // The screen answers before the store has the edit; read what was stored.
    await expect
      .poll(async () => (await read()).actuals.reviews.map((review) => review.actions[0]?.status))
      .toEqual(['done', undefined]);
  });
}
