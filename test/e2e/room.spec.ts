import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { ASSESSMENT_STATEMENTS } from '../../shared/domain/assessment';
import { messages } from '../../shared/i18n';
import { roomParticipant as enWords } from '../../shared/i18n/en/room';
import { roomParticipant as esWords } from '../../shared/i18n/es/room';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { planIn } from './support/plan-api';
import { pdfText } from './support/pdf';

/** A mid-range phone, as the participants hold them. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const PEOPLE = 12;

interface StoredRoomPlan {
  doc: {
    workshop: {
      assessments: Array<{
        room?: {
          participants: Record<string, number>;
          answers: Record<string, Record<string, number[]>>;
        };
      }>;
      votes: Array<{
        title: string;
        voters: number;
        items: Array<{ text: string; count: number }>;
      }>;
    };
  };
}

/** A participant's phone: joined through the QR code's link or the typed code. */
async function phone(
  browser: Browser,
  language: 'en' | 'es',
  join: { link: string } | { url: string; code: string },
  /** Scans the joining and profile pages with axe (once per way in is enough). */
  scan = false,
): Promise<Page> {
  const context = await browser.newContext({
    ...PHONE,
    locale: language === 'es' ? 'es-ES' : 'en-GB',
  });
  const page = await context.newPage();
  const words = language === 'es' ? esWords : enWords;
  if ('link' in join) {
    await page.goto(join.link);
  } else {
    await page.goto(join.url);
    if (scan) await expectNoViolations(page, `participant page, joining (${language})`);
    const code = page.getByLabel(words.join.code);
    // Typed the way people type a code read off a wall: lower case, a space in the middle.
    await code.pressSequentially(`${join.code.slice(0, 3).toLowerCase()} ${join.code.slice(3)}`);
    await page.getByRole('button', { name: words.join.submit }).click();
  }
  await expect(page.getByRole('heading', { name: words.profile.heading })).toBeVisible();
  if (scan) await expectNoViolations(page, `participant page, profile (${language})`);
  // The secret left the address bar: a clean address, and the phone keeps only the cookie.
  expect(new URL(page.url()).pathname).toBe('/');
  return page;
}

for (const language of ['es', 'en'] as const) {
  test(`twelve phones answer, vote, and the room's results reach the plan and the PDF (${language})`, async ({
    page,
    shell,
    browser,
  }) => {
    // Twelve phones, three activities and a PDF: 3.5 minutes alone on a 2-core machine.
    test.setTimeout(480_000);
    const m = messages[language];
    const words = language === 'es' ? esWords : enWords;
    await page.setViewportSize({ width: 1280, height: 720 });
    const { api, doc } = await planIn(shell, language, {
      name: 'Taller Ñandú',
      template: 'waterfall',
    });
    await page.goto(`${shell.url}#/plans/${doc.id}`);
    await page.getByRole('link', { name: m.workspace.workshop, exact: true }).click();
    await page.getByRole('tab', { name: m.workshop.tabs.room }).click();

    // The facilitator opens the room on a loopback address other than the app's own.
    await expect(page.getByLabel(m.room.address)).toBeVisible();
    await expectNoViolations(page, `room, before opening (${language})`);
    await page.getByLabel(m.room.address).selectOption('127.0.0.2');
    await page.getByRole('button', { name: m.room.open }).click();
    const qr = page.getByRole('img', { name: /127\.0\.0\.2/ });
    await expect(qr).toBeVisible();
    const info = await api<{ joinUrl: string; url: string; code: string }>('room.status', {});
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
    // None of the app's API answers through the room's address.
    const through = await fetch(`${info.url}/api/plans.list`, { method: 'POST', body: '{}' });
    expect(through.status).toBe(404);

    // Twelve phones: eight scan the QR code, four type the code.
    const phones: Page[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      phones.push(
        await phone(
          browser,
          language,
          i < 8 ? { link: info.joinUrl } : { url: info.url, code: info.code },
          i === 0 || i === 8,
        ),
      );
    }
    const teams = ['marketing', 'sales', 'sales', 'marketing', 'other', 'sales'] as const;
    for (const [i, participant] of phones.entries()) {
      // Some stay anonymous; one types markup, which shows as text.
      const name = i === 0 ? '<b>Eve</b>' : i % 3 === 0 ? '' : `Persona ${i + 1}`;
      if (name) await participant.getByLabel(words.profile.name).pressSequentially(name);
      if (i === 1) {
        // Continue with no team says what is missing and goes to the teams.
        await participant.getByRole('button', { name: words.profile.submit }).click();
        await expect(participant.getByRole('alert')).toHaveText(words.profile.pickTeam);
        await expect(
          participant.getByRole('radio', { name: words.profile.teams.marketing }),
        ).toBeFocused();
      }
      await participant
        .getByRole('radio', { name: words.profile.teams[teams[i % teams.length]!] })
        .check();
      await participant.getByRole('button', { name: words.profile.submit }).click();
      await expect(participant.getByText(words.waiting)).toBeVisible();
    }
    await expect(page.getByText(m.room.joined_other.replace('{{count}}', '12'))).toBeVisible();
    // The three who gave no name are told apart, in the order they joined.
    const people = page.getByRole('region', { name: m.room.participants });
    await expect(
      people.getByRole('button', {
        name: m.room.remove.replace(
          '{{name}}',
          m.room.anonymousNumbered.replace('{{number}}', '3'),
        ),
      }),
    ).toBeVisible();
    // A participant reads the page in the other language, by their own choice.
    const other = language === 'es' ? enWords : esWords;
    await phones[5]!.getByLabel(words.language).selectOption(language === 'es' ? 'en' : 'es');
    await expect(phones[5]!.getByText(other.waiting)).toBeVisible();
    await phones[5]!.getByLabel(other.language).selectOption(language);
    await expect(page.getByText('<b>Eve</b>', { exact: true })).toBeVisible();
    await expectNoViolations(phones[0]!, `participant page, waiting (${language})`);
    await page.screenshot({ path: `test-results/screens/room-open-${language}.png` });

    // The assessment, anonymous: each phone answers the first three statements.
    await page.getByRole('button', { name: m.room.startAssessment }).click();
    const statements = ASSESSMENT_STATEMENTS.slice(0, 3);
    for (const [i, participant] of phones.entries()) {
      await expect(participant.getByText(words.anonymous)).toBeVisible();
      for (const statement of statements) {
        const group = participant.getByRole('group', { name: statement.text[language] });
        const score = teams[i % teams.length] === 'sales' ? 2 : 4;
        await group
          .getByRole('radio', { name: words.assessment.score.replace('{{score}}', String(score)) })
          .check();
      }
      await expect(
        participant.getByText(
          words.assessment.answered.replace('{{count}}', '3').replace('{{total}}', '20'),
          { exact: false },
        ),
      ).toBeVisible();
    }
    await expect(phones[0]!.getByRole('heading', { name: words.assessment.heading })).toBeVisible();
    await expectNoViolations(phones[0]!, `participant page, assessment (${language})`);
    await phones[0]!.screenshot({
      path: `test-results/screens/room-phone-assessment-${language}.png`,
    });
    await expect(
      page.getByText(m.room.answered_other.replace('{{count}}', '12').replace('{{total}}', '12')),
    ).toBeVisible({ timeout: 2000 });
    await expect(page.getByText(m.room.hidden)).toBeVisible();
    await page.getByRole('button', { name: m.room.reveal }).click();
    const results = page.getByRole('table', { name: m.room.resultsAssessment });
    await expect(results).toBeVisible();
    await page.getByRole('button', { name: m.room.keep }).click();
    await expect(page.getByText(m.room.kept)).toBeVisible();
    await expectNoViolations(page, `room, assessment results (${language})`);
    await page.screenshot({ path: `test-results/screens/room-results-${language}.png` });
    await expect
      .poll(
        async () =>
          (await api<StoredRoomPlan>('plans.get', { id: doc.id })).doc.workshop.assessments.at(-1)
            ?.room?.participants,
      )
      .toEqual({ marketing: 4, sales: 6, other: 2 });
    const kept = (
      await api<StoredRoomPlan>('plans.get', { id: doc.id })
    ).doc.workshop.assessments.at(-1)!.room!;
    expect(kept.answers['sales']![statements[0]!.id]).toEqual([0, 6, 0, 0, 0]);
    // Two people of "other" answered: too few to keep anonymous, so their answers are not.
    expect(kept.answers['other']).toEqual({});
    await expect(page.getByText(m.room.withheld)).toBeVisible();
    // No names anywhere in what was kept.
    expect(JSON.stringify(kept)).not.toMatch(/Eve|Persona/);

    // A dot vote, three votes each, at most two on one option.
    await page
      .getByLabel(m.room.voteTitle)
      .pressSequentially(language === 'es' ? 'Qué arreglamos primero' : 'What we fix first');
    const options =
      language === 'es'
        ? ['El SLA de primera respuesta', 'La puntuación de leads', 'El informe mensual']
        : ['The first-response SLA', 'Lead scoring', 'The monthly report'];
    await page.getByLabel(m.room.voteItems).fill(options.join('\n'));
    await page.getByLabel(m.room.capPerItem).pressSequentially('2');
    await page.getByRole('button', { name: m.room.startVote }).click();
    for (const participant of phones) {
      const add = (option: string) =>
        participant.getByRole('button', { name: words.vote.add.replace('{{item}}', option) });
      await add(options[0]!).click();
      await expect(
        participant.getByText(words.vote.left_other.replace('{{count}}', '2')),
      ).toBeVisible();
      await add(options[0]!).click();
      // The cap: a third vote on one option cannot be given.
      await expect(add(options[0]!)).toBeDisabled();
      await add(options[1]!).click();
      await expect(participant.getByText(words.vote.none)).toBeVisible();
      await expect(add(options[2]!)).toBeDisabled();
    }
    await expectNoViolations(phones[1]!, `participant page, vote (${language})`);
    await phones[1]!.screenshot({ path: `test-results/screens/room-phone-vote-${language}.png` });
    await page.getByRole('button', { name: m.room.reveal }).click();
    await expect(page.getByRole('list', { name: m.room.resultsVote })).toContainText(
      m.room.votes_other.replace('{{count}}', '24'),
    );
    // Another activity, started before the votes are kept, asks first: they would be lost.
    await page.getByRole('button', { name: m.room.startAssessment }).click();
    const unkept = page.getByRole('alertdialog', { name: m.room.unkept.title });
    await expect(unkept).toContainText(m.room.unkept.answers_other.replace('{{count}}', '12'));
    await expectNoViolations(page, `room, answers not kept (${language})`);
    await page.keyboard.press('Escape');
    await expect(unkept).toBeHidden();
    await expect(
      page.getByRole('heading', {
        name: m.room.running.vote.replace(
          '{{title}}',
          await page.getByLabel(m.room.voteTitle).inputValue(),
        ),
      }),
    ).toBeVisible();
    await page.getByRole('button', { name: m.room.keep }).click();
    await expect
      .poll(async () => (await api<StoredRoomPlan>('plans.get', { id: doc.id })).doc.workshop.votes)
      .toEqual([
        expect.objectContaining({
          voters: 12,
          items: [
            { text: options[0], count: 24 },
            { text: options[1], count: 12 },
            { text: options[2], count: 0 },
          ],
        }),
      ]);
    await page.screenshot({ path: `test-results/screens/room-vote-${language}.png` });

    // Ideas, named: three phones add cards; markup stays text; the facilitator merges two
    // that say the same and makes one a decision.
    await page.getByRole('checkbox', { name: m.room.anonymous }).uncheck();
    const prompt =
      language === 'es'
        ? '¿Qué necesita marketing de ventas?'
        : 'What does marketing need from sales?';
    await page.getByLabel(m.room.ideasPrompt).pressSequentially(prompt);
    await page.getByRole('button', { name: m.room.startIdeas }).click();
    const cards =
      language === 'es'
        ? [
            'Motivo de rechazo obligatorio en cada lead que ventas devuelve a marketing',
            'Decir por qué se rechaza un lead',
            '<script>alert(1)</script>',
          ]
        : [
            'A reason required for every lead that sales hands back to marketing',
            'Say why a lead is rejected',
            '<script>alert(1)</script>',
          ];
    for (const [i, card] of cards.entries()) {
      const participant = phones[i + 1]!;
      await expect(participant.getByText(words.named)).toBeVisible();
      await participant.getByLabel(words.ideas.card).pressSequentially(card);
      await participant.getByRole('button', { name: words.ideas.add }).click();
      await expect(participant.getByRole('listitem').filter({ hasText: card })).toBeVisible();
    }
    await expectNoViolations(phones[1]!, `participant page, ideas (${language})`);
    await page.getByRole('button', { name: m.room.reveal }).click();
    const wall = page.getByRole('list', { name: m.room.resultsIdeas });
    await expect(wall.getByRole('paragraph').filter({ hasText: cards[2]! })).toBeVisible();
    // Each card's merge list stays inside the card, however long the cards it names.
    for (const card of await wall.getByRole('listitem').all()) {
      const [outer, merge] = [
        await card.boundingBox(),
        await card.getByRole('combobox').boundingBox(),
      ];
      expect(merge!.x + merge!.width).toBeLessThanOrEqual(outer!.x + outer!.width);
    }
    await wall
      .getByLabel(m.room.mergeCard.replace('{{text}}', cards[1]!))
      .selectOption({ label: `${cards[0]!.slice(0, 59).trimEnd()}…` });
    await expect(wall.getByRole('listitem')).toHaveCount(2);
    await wall
      .getByRole('button', { name: m.room.toDecision.replace('{{text}}', cards[0]!) })
      .click();
    await expect(page.getByText(m.room.movedDecision.replace('{{text}}', cards[0]!))).toBeVisible();
    await expectNoViolations(page, `room, ideas (${language})`);
    await page.screenshot({ path: `test-results/screens/room-ideas-${language}.png` });
    await expect
      .poll(async () =>
        (
          await api<{ doc: { workshop: { decisions: Array<{ text: string }> } } }>('plans.get', {
            id: doc.id,
          })
        ).doc.workshop.decisions.map((d) => d.text),
      )
      .toEqual([cards[0]]);

    // What was kept shows in the workshop itself, not only in the PDF.
    await page.getByRole('tab', { name: m.workshop.tabs.decisions }).click();
    await expect(page.getByRole('heading', { name: m.room.keptVotes })).toBeVisible();
    await page.getByRole('tab', { name: m.workshop.tabs.assessment }).click();
    await expect(page.getByRole('heading', { name: m.room.resultsAssessment })).toBeVisible();
    await page.getByRole('tab', { name: m.workshop.tabs.room }).click();

    // The room closes, once confirmed: phones are told, and answers are refused.
    await page.getByRole('button', { name: m.room.close }).click();
    const confirm = page.getByRole('alertdialog', { name: m.room.closeTitle });
    await expectNoViolations(page, `room, closing (${language})`);
    await confirm.getByRole('button', { name: m.room.close }).click();
    await expect(phones[2]!.getByText(words.closed)).toBeVisible({ timeout: 3000 });

    // The PDF carries the room's answers and its vote.
    const pdf = await api<{ base64: string }>('report.pdf', {
      id: doc.id,
      paper: 'A4',
      language,
      sections: ['assessment', 'decisions'],
    });
    const path = `test-results/room-${language}.pdf`;
    writeFileSync(path, Buffer.from(pdf.base64, 'base64'));
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toContain(m.room.resultsAssessment);
    expect(text).toContain(options[0]!);
    expect(text).toContain(m.room.votes_other.replace('{{count}}', '24'));
    for (const participant of phones) await participant.context().close();
  });
}
