import { messages } from '../../shared/i18n';
import { expectNoViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { planApi } from './support/plan-api';

/** A plan with more of everything than one slide holds at 1280×720. */
async function crowdedPlan(shell: Parameters<typeof planApi>[0], language: 'en' | 'es') {
  const api = planApi(shell);
  await api('settings.set', { language });
  const { doc } = await api<{ doc: { id: string; funnel: { stages: Array<{ id: string }> } } }>(
    'plans.create',
    {
      name: language === 'es' ? 'Plan completo' : 'Full plan',
      template: 'waterfall',
      language,
      currency: 'EUR',
    },
  );
  // A year of actuals: the review's slide shows its latest months, every stage of them.
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
  const actuals = {
    id: 'actuals-2026',
    importedAt: '2026-11-30T10:00:00.000Z',
    fileName: 'hubspot-contacts-2026.csv',
    crm: 'hubspot',
    kind: 'contacts',
    profileId: null,
    counting: 'passThrough',
    asOf: '2026-12-31',
    firstMonth: '2026-01',
    lastMonth: '2026-12',
    records: 120_000,
    duplicates: 0,
    months: months.flatMap((month, m) =>
      doc.funnel.stages.map((stage, s) => ({
        month,
        stageId: stage.id,
        entered: Math.round(12_500 / (s + 1) ** 2) + m * 37,
      })),
    ),
    cohorts: [],
    timeInStage: [],
    cycle: null,
    won: [],
    responses: null,
    feedback: [],
    measured: doc.funnel.stages.map((stage) => stage.id),
  };
  const activities = Array.from({ length: 7 }, (_, i) => ({
    id: `act${i}`,
    name: `${language === 'es' ? 'Actividad compartida' : 'Shared activity'} ${i + 1}`,
    phase: 'handoff',
    handoff: true,
  }));
  await api('plans.apply', {
    id: doc.id,
    commands: [
      { type: 'actuals.import.add', import: actuals, replaces: [] },
      { type: 'funnel.assumptions.set', patch: { revenueTarget: 1_200_000, avgDealSize: 20_000 } },
      // Counted per year, the target becomes 14,400,000: the widest figure a slide shows.
      { type: 'funnel.assumptions.set', patch: { period: 'year' } },
      {
        type: 'raci.role.add',
        role: { id: 'cmo', name: 'CMO', teamId: 'team-marketing', personId: null },
      },
      {
        type: 'raci.role.add',
        role: { id: 'vp', name: 'VP', teamId: 'team-sales', personId: null },
      },
      { type: 'raci.activities.add', activities },
      ...activities.flatMap((a) => [
        { type: 'raci.cell.set', activityId: a.id, roleId: 'cmo', letter: 'A' },
        { type: 'raci.cell.set', activityId: a.id, roleId: 'vp', letter: 'R' },
      ]),
      {
        type: 'handoff.sla.set',
        patch: {
          escalation: 'Head of sales, then the CRO, within one working day of a missed SLA',
        },
      },
      ...Array.from({ length: 6 }, (_, i) => ({
        type: 'decision.add',
        decision: {
          id: `d${i}`,
          text: `Decision ${i + 1}`,
          date: '2026-11-30',
          agreedBy: 'Ana, Bo',
        },
      })),
      ...Array.from({ length: 5 }, (_, i) => ({
        type: 'action.add',
        action: { id: `x${i}`, text: `Action ${i + 1}`, ownerId: null, due: null, status: 'open' },
      })),
      // Two parked topics: with the decisions and actions, thirteen lines over three slides.
      ...['Shared commissions', 'A second SDR'].map((text, i) => ({
        type: 'parking.add',
        topic: { id: `p${i}`, text },
      })),
      // December's review: its two sentences, three decisions and three actions.
      {
        type: 'actuals.review.add',
        review: {
          id: 'r-dec',
          date: '2026-12-05',
          from: '2026-10',
          to: '2026-12',
          typedFeedback: { accepted: 1240, rejected: { noBudget: 310, notIcp: 95 } },
          decisions: Array.from({ length: 3 }, (_, i) => ({
            id: `rd${i}`,
            text: `${language === 'es' ? 'Decisión de la revisión' : 'Review decision'} ${i + 1}`,
          })),
          actions: Array.from({ length: 3 }, (_, i) => ({
            id: `ra${i}`,
            text: `${language === 'es' ? 'Acción de la revisión' : 'Review action'} ${i + 1}`,
            ownerId: null,
            due: '2027-01-15',
            status: 'open',
          })),
        },
      },
    ],
  });
  return doc.id;
}

for (const language of ['en', 'es'] as const) {
  test(`every presenter slide fits 1280×720 with nothing hidden, a long part over several (${language})`, async ({
    page,
    shell,
  }) => {
    test.setTimeout(90_000);
    const id = await crowdedPlan(shell, language);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${shell.url}#/plans/${id}/present`);
    const m = messages[language];
    const pageOf = (part: keyof typeof m.presenter.slide, n: number, of: number) =>
      `${m.presenter.slide[part]} ${m.presenter.pageOf.replace('{{page}}', String(n)).replace('{{pages}}', String(of))}`;
    const seen: string[] = [];
    for (let step = 0; step < 20; step++) {
      const title = page.locator('h1.presenter-title');
      await expect(title).toBeVisible();
      const name = (await title.innerText()).replace(/\s+/g, ' ').trim();
      if (seen.at(-1) === name) break;
      seen.push(name);
      if (name === pageOf('decisions', 3, 3)) {
        // What the room parked is on the slides too, after the actions.
        await expect(page.locator('.presenter-main')).toContainText(
          m.presenter.parked.replace('{{text}}', 'A second SDR'),
        );
      }
      // Nothing below or beside the screen: the page does not scroll, and the slide's own
      // content ends above the help line.
      const overflow = await page.evaluate(() => {
        const main = document.querySelector('.presenter-main');
        const help = document.querySelector('.presenter-help');
        const last = main?.lastElementChild?.getBoundingClientRect();
        return {
          page:
            document.documentElement.scrollHeight > window.innerHeight ||
            document.documentElement.scrollWidth > window.innerWidth,
          content: (last?.bottom ?? 0) > (help?.getBoundingClientRect().top ?? window.innerHeight),
          // No element cut at its own edge: a figure wider than its box ("14.400.000 €").
          clipped: [...document.querySelectorAll('.presenter-main *')]
            .filter((element) => element instanceof HTMLElement)
            .filter((element) => element.scrollWidth > element.clientWidth + 1)
            .filter(
              (element) =>
                getComputedStyle(element).overflowX !== 'visible' ||
                element.scrollWidth > element.getBoundingClientRect().width + 1,
            )
            .map((element) => element.textContent?.slice(0, 40) ?? ''),
        };
      });
      expect(overflow, name).toEqual({ page: false, content: false, clipped: [] });
      await page.screenshot({
        path: `test-results/screens/presenter-${language}-${String(step + 1).padStart(2, '0')}.png`,
      });
      await page.keyboard.press('ArrowRight');
    }
    // Every commitment, every SLA term and every decision and action was on some slide.
    expect(seen).toEqual(
      expect.arrayContaining([
        pageOf('accountability', 1, 2),
        pageOf('accountability', 2, 2),
        pageOf('sla', 2, 2),
        pageOf('decisions', 3, 3),
        // Five stages: four on the first slide of plan against actual, one on the second.
        pageOf('actuals', 2, 2),
        pageOf('review', 2, 2),
      ]),
    );
    await expectNoViolations(page, `presenter, last slide (${language})`);
  });
}
