import type { Page } from '@playwright/test';
import { messages } from '../../shared/i18n';
import { expect, test } from './support/fixtures';
import { planApi } from './support/plan-api';
import { fill, seedPlan, typeAndRefuse, typeAndStore } from './support/typing-plan';
import { expectNoViolations } from './support/axe';
import { typeInto } from './support/typing';

/**
 * The number and date fields of the side panels and tables the first typing suite does not
 * reach: a stage's SLA and days, a handoff's rate, a scenario's rate, a goal's check-in, the
 * satisfaction and velocity KPIs, a scoring criterion's points and "at least" value, and an
 * agenda item's minutes. Typed key by key, each whole value is stored exactly in one
 * revision; the refusals of the original report (600 minutes, −1000 points, 100000 hours)
 * give their own reason and store nothing.
 */

const CASES = {
  es: {
    slaHours: ['36,5', 36.5],
    avgDays: ['2,5', 2.5],
    handoffRate: ['37,5 %', 0.375],
    scenarioRate: ['42,5', 0.425],
    checkInDate: ['15/11/2026', '2026-11-15'],
    checkInValue: ['1.250,5', 1250.5],
    satisfaction: ['72,5', 72.5],
    satisfactionNow: ['64,5', 64.5],
    velocity: ['3.500,75', 3500.75],
    points: ['-15', -15],
    atLeast: ['1.200.000,50', '1200000.5', '1.200.000,5'],
    minutes: ['45', 45],
  },
  en: {
    slaHours: ['36.5', 36.5],
    avgDays: ['2.5', 2.5],
    handoffRate: ['37.5%', 0.375],
    scenarioRate: ['42.5', 0.425],
    checkInDate: ['11/15/2026', '2026-11-15'],
    checkInValue: ['1,250.5', 1250.5],
    satisfaction: ['72.5', 72.5],
    satisfactionNow: ['64.5', 64.5],
    velocity: ['3,500.75', 3500.75],
    points: ['-15', -15],
    atLeast: ['1,200,000.50', '1200000.5', '1,200,000.5'],
    minutes: ['45', 45],
  },
} as const;

/** What this suite reads back of the stored plan. */
interface PanelPlan {
  plan: { revision: number };
  doc: {
    funnel: {
      stages: Array<{ id: string; name: string; slaHours: number | null; avgDays: number | null }>;
      handoffs: Array<{ id: string; source: string; rate: number | null }>;
      scenarios: Array<{ name: string; rates: Record<string, number> }>;
    };
    goals: {
      goals: Array<{ checkIns: Array<{ date: string; value: number }> }>;
      kpis: {
        satisfaction: { target: number | null; actual: number | null };
        velocityTarget: number | null;
      };
    };
    handoff: {
      scoring: {
        criteria: Array<{ points: number; value: string; operator: string; field: string }>;
      };
    };
    workshop: { agenda: Array<{ minutes: number }> };
  };
}

/** A label of the catalogue with its placeholders as "anything", for names the plan chose. */
const labelPattern = (text: string) =>
  new RegExp(
    `^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\\\{\w+\\\}\\\}/g, '.+')}$`,
  );

async function openStage(page: Page, name: string) {
  await page
    .locator('.react-flow__node')
    .filter({ has: page.getByText(name, { exact: true }) })
    .click();
}

for (const language of ['es', 'en'] as const) {
  const m = messages[language];
  const c = CASES[language];

  test(`side panels, scenarios, check-ins, KPIs, scoring and agenda take numbers the ${language} way`, async ({
    page,
    shell,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const id = await seedPlan(shell, language);
    const read = () => planApi(shell)<PanelPlan>('plans.get', { id });
    const label = (text: string) => page.getByLabel(text, { exact: true });

    // A stage's side panel: SLA hours on the SLA stage (SAL), days on MQL.
    await page.goto(`${shell.url}#/plans/${id}/funnel`);
    await openStage(page, 'SAL');
    await typeAndStore(shell, id, label(m.funnel.stage.slaHours), c.slaHours[0]);
    let plan = await read();
    expect(plan.doc.funnel.stages.find((s) => s.name === 'SAL')?.slaHours).toBe(c.slaHours[1]);
    await typeAndRefuse(
      page,
      shell,
      id,
      label(m.funnel.stage.slaHours),
      language === 'es' ? '100.000' : '100,000',
      fill(m.refusals.number.tooLarge, { max: language === 'es' ? '8.760' : '8,760' }),
    );
    await openStage(page, 'MQL');
    await typeAndStore(shell, id, label(m.funnel.stage.avgDays), c.avgDays[0]);
    plan = await read();
    expect(plan.doc.funnel.stages.find((s) => s.name === 'MQL')?.avgDays).toBe(c.avgDays[1]);

    // A handoff's side panel, reached from the edge after MQL.
    const mql = plan.doc.funnel.stages.find((s) => s.name === 'MQL');
    const handoff = plan.doc.funnel.handoffs.find((h) => h.source === mql?.id);
    // Reached as people reach it: a click on the rate shown on the line.
    await page.locator('.handoff-label', { hasText: /^50\s?%$/ }).click();
    // Its form comes into view on the 720 px screen by itself, before any scrolling here.
    const rateBox = await label(m.funnel.handoff.rate).boundingBox();
    expect(rateBox!.y).toBeGreaterThanOrEqual(0);
    expect(rateBox!.y + rateBox!.height).toBeLessThanOrEqual(720);
    await typeAndStore(shell, id, label(m.funnel.handoff.rate), c.handoffRate[0]);
    plan = await read();
    expect(plan.doc.funnel.handoffs.find((h) => h.id === handoff?.id)?.rate).toBe(c.handoffRate[1]);

    // A scenario's rate, compared side by side with the plan.
    await page.getByRole('button', { name: m.funnel.tableView }).click();
    await page.getByRole('button', { name: m.funnel.scenarios.save }).click();
    // The scenario is stored before the next edit is counted from the plan's revision.
    await expect.poll(async () => (await read()).doc.funnel.scenarios.length).toBe(1);
    const scenarioRate = page.getByLabel(labelPattern(m.funnel.scenarios.rateOf)).first();
    await typeAndStore(shell, id, scenarioRate, c.scenarioRate[0]);
    plan = await read();
    expect(Object.values(plan.doc.funnel.scenarios[0]?.rates ?? {})).toContain(c.scenarioRate[1]);

    // A goal's check-in: both fields are drafts until "Add check-in" stores them together.
    await page.goto(`${shell.url}#/plans/${id}/goals`);
    await page.getByRole('button', { name: /MQL/ }).first().click();
    const goal = page.getByRole('region', { name: 'MQL' });
    const before = (await read()).plan.revision;
    const checkInDate = goal.getByLabel(m.goals.checkIns.date, { exact: true });
    // A click into the day shown puts the caret after it, as it does for people: what is
    // typed is appended, refused, and "Add check-in" then adds nothing and goes back to it.
    await checkInDate.click();
    await checkInDate.press('End');
    await checkInDate.pressSequentially(c.checkInDate[0]);
    await checkInDate.press('Tab');
    await goal.getByRole('button', { name: m.goals.checkIns.add }).click();
    await expect(checkInDate).toBeFocused();
    await expect(checkInDate).toHaveAttribute('aria-invalid', 'true');
    expect((await read()).plan.revision).toBe(before);
    // A day after the plan's period is refused with the period named.
    await typeInto(checkInDate, language === 'es' ? '15/01/2030' : '01/15/2030', 'Tab');
    await expect(goal.getByText(m.refusals.date.outsidePeriod.split('(')[0]!.trim())).toBeVisible();
    await typeInto(checkInDate, c.checkInDate[0], 'Tab');
    await typeInto(
      goal.getByLabel(m.goals.checkIns.value, { exact: true }),
      c.checkInValue[0],
      'Tab',
    );
    expect((await read()).plan.revision).toBe(before);
    await goal.getByRole('button', { name: m.goals.checkIns.add }).click();
    await expect.poll(async () => (await read()).plan.revision).toBe(before + 1);
    plan = await read();
    expect(plan.doc.goals.goals[0]?.checkIns).toMatchObject([
      { date: c.checkInDate[1], value: c.checkInValue[1] },
    ]);

    // The satisfaction and velocity KPIs.
    await typeAndStore(shell, id, label(m.goals.kpis.satisfactionTarget), c.satisfaction[0]);
    // CSAT is a share: below zero is refused, with its own reason.
    await typeAndRefuse(
      page,
      shell,
      id,
      label(m.goals.kpis.satisfactionActual),
      '-12',
      fill(m.refusals.number.tooSmall, { min: '0' }),
    );
    await typeAndStore(shell, id, label(m.goals.kpis.satisfactionActual), c.satisfactionNow[0]);
    await typeAndStore(shell, id, label(m.goals.kpis.velocityTarget), c.velocity[0]);
    plan = await read();
    expect(plan.doc.goals.kpis.satisfaction).toMatchObject({
      target: c.satisfaction[1],
      actual: c.satisfactionNow[1],
    });
    expect(plan.doc.goals.kpis.velocityTarget).toBe(c.velocity[1]);

    // A scoring criterion: its points, then an "is at least" value kept in one form.
    await page.goto(`${shell.url}#/plans/${id}/handoff`);
    await page.getByRole('tab', { name: m.handoff.tabs.scoring }).click();
    await page.getByRole('button', { name: m.handoff.scoring.add.fit }).click();
    await expect.poll(async () => (await read()).doc.handoff.scoring.criteria.length).toBe(1);
    // A new criterion reads a column named in the interface's language until it is renamed.
    expect((await read()).doc.handoff.scoring.criteria[0]?.field).toBe(
      language === 'es' ? 'cargo' : 'job_title',
    );
    const cell = (what: string) =>
      label(
        fill(m.handoff.scoring.cellLabel, {
          what,
          dimension: m.handoff.scoring.dimensionShort.fit,
          n: '1',
        }),
      );
    await typeAndStore(shell, id, cell(m.handoff.scoring.points), c.points[0]);
    await typeAndRefuse(
      page,
      shell,
      id,
      cell(m.handoff.scoring.points),
      language === 'es' ? '-1.000' : '-1,000',
      fill(m.refusals.number.tooSmall, { min: '-100' }),
    );
    await cell(m.handoff.scoring.operator).selectOption('atLeast');
    // The choice is stored before the next edit is counted from the plan's revision.
    await expect
      .poll(async () => (await read()).doc.handoff.scoring.criteria[0]?.operator)
      .toBe('atLeast');
    await typeAndStore(shell, id, cell(m.handoff.scoring.value), c.atLeast[0]);
    plan = await read();
    expect(plan.doc.handoff.scoring.criteria[0]).toMatchObject({
      points: c.points[1],
      operator: 'atLeast',
      value: c.atLeast[1],
    });
    // Shown back in the language's own marks, not as it is kept.
    await expect(cell(m.handoff.scoring.value)).toHaveValue(c.atLeast[2]);

    // An agenda item's minutes: 600 is refused whole, never stored as 60.
    await page.goto(`${shell.url}#/plans/${id}/workshop`);
    await page.getByRole('button', { name: m.workshop.agenda.useStandard }).click();
    // The standard agenda is stored before the next edit is counted from its revision.
    await expect.poll(async () => (await read()).doc.workshop.agenda.length).toBeGreaterThan(0);
    const minutes = page.getByLabel(labelPattern(m.workshop.agenda.minutesOf)).first();
    await typeAndStore(shell, id, minutes, c.minutes[0]);
    expect((await read()).doc.workshop.agenda[0]?.minutes).toBe(c.minutes[1]);
    await typeAndRefuse(
      page,
      shell,
      id,
      minutes,
      '600',
      fill(m.refusals.number.tooLarge, { max: '480' }),
    );

    // A field holding a refused draft, its message beside it: still no WCAG A/AA violation,
    // and the message is tied to the field for a screen reader.
    await typeInto(minutes, '600', null);
    const message = fill(m.refusals.number.tooLarge, { max: '480' });
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(minutes).toHaveAccessibleDescription(new RegExp(message.replace('.', '\\.')));
    await page.screenshot({ path: `test-results/screens/field-refused-${language}.png` });
    await expectNoViolations(page, `a refused draft on the agenda (${language})`);
    await minutes.press('Escape');
  });
}
