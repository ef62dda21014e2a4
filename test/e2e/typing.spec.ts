import { messages } from '../../shared/i18n';
import { expect, test } from './support/fixtures';
import { planApi, type StoredPlan } from './support/plan-api';
import { fill, seedPlan, stored, typeAndStore } from './support/typing-plan';
import { typeInto } from './support/typing';

/**
 * Numbers and dates typed as people type them, key by key, the Spanish way and the English
 * way, read back from the library through the API: each whole value is stored exactly, once
 * (one revision per field: nothing half-typed). What is refused: typing-refusals.spec.ts.
 */

const CASES = {
  es: {
    revenue: ['1.200.000,50', 1200000.5],
    dealSize: ['20.000 €', 20000],
    top: ['100 000', 100000],
    rate: ['12,5 %', 0.125],
    acceptance: ['82,5', 0.825],
    firstResponse: ['1,5', 1.5],
    attempts: ['8', 8],
    baseline: ['1.500', 1500],
    target: ['2.000,5', 2000.5],
    periodEnd: ['31/03/2027', '2027-03-31'],
    periodStart: ['01/01/2027', '2027-01-01'],
    goalStart: ['15/01/2027', '2027-01-15'],
    deadline: ['31/03/2027', '2027-03-31'],
    due: ['15/02/2027', '2027-02-15'],
  },
  en: {
    revenue: ['1,200,000.50', 1200000.5],
    dealSize: ['€20,000', 20000],
    top: ['100000', 100000],
    rate: ['12.5%', 0.125],
    acceptance: ['82.5', 0.825],
    firstResponse: ['1.5', 1.5],
    attempts: ['8', 8],
    baseline: ['1,500', 1500],
    target: ['2,000.5', 2000.5],
    periodEnd: ['03/31/2027', '2027-03-31'],
    periodStart: ['01/01/2027', '2027-01-01'],
    goalStart: ['01/15/2027', '2027-01-15'],
    deadline: ['03/31/2027', '2027-03-31'],
    due: ['02/15/2027', '2027-02-15'],
  },
} as const;

for (const language of ['es', 'en'] as const) {
  const m = messages[language];
  const month = m.funnel.assumptions.periods.month;

  test(`numbers and dates typed the ${language} way are stored exactly, once each`, async ({
    page,
    shell,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const id = await seedPlan(shell, language);
    const c = CASES[language];
    const label = (text: string) => page.getByLabel(text, { exact: true });

    await page.goto(`${shell.url}#/plans/${id}/funnel`);
    let plan = await typeAndStore(
      shell,
      id,
      label(fill(m.funnel.assumptions.revenueTarget, { period: month, currency: 'EUR' })),
      c.revenue[0],
    );
    expect(plan.doc.funnel.assumptions.revenueTarget).toBe(c.revenue[1]);
    // Shown grouped in the language's marks once stored, cents as two digits.
    await expect(
      label(fill(m.funnel.assumptions.revenueTarget, { period: month, currency: 'EUR' })),
    ).toHaveValue(language === 'es' ? '1.200.000,50' : '1,200,000.50');
    plan = await typeAndStore(
      shell,
      id,
      label(fill(m.funnel.assumptions.avgDealSize, { currency: 'EUR' })),
      c.dealSize[0],
    );
    expect(plan.doc.funnel.assumptions.avgDealSize).toBe(c.dealSize[1]);
    plan = await typeAndStore(
      shell,
      id,
      label(fill(m.funnel.assumptions.topVolume, { period: month })),
      c.top[0],
    );
    expect(plan.doc.funnel.assumptions.topVolume).toBe(c.top[1]);

    await page.getByRole('button', { name: m.funnel.tableView }).click();
    plan = await typeAndStore(
      shell,
      id,
      label(fill(m.funnel.table.rateOf, { name: 'MQL' })),
      c.rate[0],
    );
    const mql = plan.doc.funnel.stages.find((stage) => stage.name === 'MQL');
    expect(plan.doc.funnel.handoffs.find((h) => h.source === mql?.id)?.rate).toBe(c.rate[1]);

    await page.goto(`${shell.url}#/plans/${id}/handoff`);
    plan = await typeAndStore(shell, id, label(m.handoff.sla.acceptance), c.acceptance[0]);
    expect(plan.doc.handoff.sla.acceptanceRate).toBeCloseTo(c.acceptance[1], 10);
    plan = await typeAndStore(shell, id, label(m.handoff.sla.firstResponse), c.firstResponse[0]);
    expect(plan.doc.handoff.sla.firstResponseHours).toBe(c.firstResponse[1]);
    plan = await typeAndStore(shell, id, label(m.handoff.sla.attempts), c.attempts[0]);
    expect(plan.doc.handoff.sla.contactAttempts).toBe(c.attempts[1]);

    await page.goto(`${shell.url}#/plans/${id}/overview`);
    plan = await typeAndStore(shell, id, label(m.overview.periodEnd), c.periodEnd[0]);
    expect(plan.doc.period.end).toBe(c.periodEnd[1]);
    plan = await typeAndStore(shell, id, label(m.overview.periodStart), c.periodStart[0]);
    expect(plan.doc.period.start).toBe(c.periodStart[1]);
    // Moving the plan a year on, start first: the start is refused while it is after the
    // end; once the end moves, the start's message goes and the start is stored too.
    const nextStart = '01/01/2028';
    const nextEnd = language === 'es' ? '31/12/2028' : '12/31/2028';
    await typeInto(label(m.overview.periodStart), nextStart, 'Tab');
    await expect(label(m.overview.periodStart)).toHaveAttribute('aria-invalid', 'true');
    await typeInto(label(m.overview.periodEnd), nextEnd, 'Tab');
    await expect(label(m.overview.periodStart)).not.toHaveAttribute('aria-invalid', 'true');
    await expect
      .poll(async () => (await stored(shell, id)).doc.period)
      .toEqual({ start: '2028-01-01', end: '2028-12-31' });
    await typeInto(label(m.overview.periodStart), c.periodStart[0], 'Tab');
    await typeInto(label(m.overview.periodEnd), c.periodEnd[0], 'Tab');
    await expect
      .poll(async () => (await stored(shell, id)).doc.period)
      .toEqual({ start: c.periodStart[1], end: c.periodEnd[1] });

    await page.goto(`${shell.url}#/plans/${id}/goals`);
    await page.getByRole('button', { name: /MQL/ }).first().click();
    const editor = page.getByRole('region', { name: 'MQL' });
    plan = await typeAndStore(shell, id, editor.getByLabel(m.goals.fields.baseline), c.baseline[0]);
    expect(plan.doc.goals.goals[0]?.baseline).toBe(c.baseline[1]);
    plan = await typeAndStore(
      shell,
      id,
      editor.getByLabel(m.goals.fields.target, { exact: true }),
      c.target[0],
    );
    expect(plan.doc.goals.goals[0]?.target).toBe(c.target[1]);
    plan = await typeAndStore(
      shell,
      id,
      editor.getByLabel(m.goals.fields.start, { exact: true }),
      c.goalStart[0],
    );
    expect(plan.doc.goals.goals[0]?.start).toBe(c.goalStart[1]);
    plan = await typeAndStore(
      shell,
      id,
      editor.getByLabel(m.goals.fields.deadline, { exact: true }),
      c.deadline[0],
    );
    expect(plan.doc.goals.goals[0]?.deadline).toBe(c.deadline[1]);
    await page.screenshot({ path: `test-results/screens/typing-committed-${language}.png` });

    await page.goto(`${shell.url}#/plans/${id}/workshop`);
    await page.getByRole('tab', { name: m.workshop.tabs.decisions }).click();
    plan = await typeAndStore(
      shell,
      id,
      label(fill(m.workshop.actions.dueOf, { text: 'CRM' })),
      c.due[0],
    );
    expect(plan.doc.workshop.actions[0]?.due).toBe(c.due[1]);
  });
}

const MORE_CASES = {
  es: {
    override: ['1.250', 1250],
    window: ['36,5', 36.5],
    roi: ['250,5', 2.505],
    spend: ['25.000,5', 25000.5],
    leads: ['1.200', 1200],
    threshold: ['8', 8],
    mql: ['55', 55],
    decay: ['2,5', 2.5],
    days: ['4,5', 4.5],
  },
  en: {
    override: ['1,250', 1250],
    window: ['36.5', 36.5],
    roi: ['250.5', 2.505],
    spend: ['25,000.5', 25000.5],
    leads: ['1,200', 1200],
    threshold: ['8', 8],
    mql: ['55', 55],
    decay: ['2.5', 2.5],
    days: ['4.5', 4.5],
  },
} as const;

interface MorePlan {
  doc: {
    goals: {
      kpis: { marketingSpend: number | null; leadTarget: number | null; roiTarget: number | null };
    };
    raci: { overloadThreshold: number };
    handoff: {
      scoring: { decayPerMonth: number; rule: { threshold?: number } };
      sla: { mqlVolumeOverride: number | null; acceptWindowHours: number };
    };
    funnel: { stages: Array<{ name: string; avgDays: number | null }> };
  };
}

for (const language of ['es', 'en'] as const) {
  const m = messages[language];
  test(`KPI, RACI, scoring and stage numbers typed the ${language} way are stored exactly`, async ({
    page,
    shell,
  }) => {
    test.setTimeout(120_000);
    const id = await seedPlan(shell, language);
    const c = MORE_CASES[language];
    const label = (text: string) => page.getByLabel(text, { exact: true });
    const read = () => planApi(shell)<MorePlan & StoredPlan>('plans.get', { id });

    await page.goto(`${shell.url}#/plans/${id}/funnel`);
    await page.getByRole('button', { name: m.funnel.tableView }).click();
    await typeAndStore(shell, id, label(fill(m.funnel.table.daysOf, { name: 'MQL' })), c.days[0]);
    expect((await read()).doc.funnel.stages.find((s) => s.name === 'MQL')?.avgDays).toBe(c.days[1]);

    await page.goto(`${shell.url}#/plans/${id}/goals`);
    const month = m.funnel.assumptions.periods.month;
    await typeAndStore(
      shell,
      id,
      label(fill(m.goals.kpis.marketingSpend, { period: month })),
      c.spend[0],
    );
    expect((await read()).doc.goals.kpis.marketingSpend).toBe(c.spend[1]);
    await expect(label(fill(m.goals.kpis.marketingSpend, { period: month }))).toHaveValue(
      language === 'es' ? '25.000,50' : '25,000.50',
    );
    await typeAndStore(shell, id, label(m.goals.kpis.leadTarget), c.leads[0]);
    expect((await read()).doc.goals.kpis.leadTarget).toBe(c.leads[1]);
    await typeAndStore(shell, id, label(m.goals.kpis.roiTarget), c.roi[0]);
    expect((await read()).doc.goals.kpis.roiTarget).toBeCloseTo(c.roi[1], 10);

    await page.goto(`${shell.url}#/plans/${id}/raci`);
    await typeAndStore(shell, id, label(m.raci.threshold), c.threshold[0]);
    expect((await read()).doc.raci.overloadThreshold).toBe(c.threshold[1]);

    await page.goto(`${shell.url}#/plans/${id}/handoff`);
    await typeAndStore(
      shell,
      id,
      label(fill(m.handoff.sla.override, { period: month })),
      c.override[0],
    );
    expect((await read()).doc.handoff.sla.mqlVolumeOverride).toBe(c.override[1]);
    await typeAndStore(shell, id, label(m.handoff.sla.acceptWindow), c.window[0]);
    expect((await read()).doc.handoff.sla.acceptWindowHours).toBe(c.window[1]);
    await page.getByRole('tab', { name: m.handoff.tabs.scoring }).click();
    await typeAndStore(shell, id, label(m.handoff.scoring.threshold), c.mql[0]);
    expect((await read()).doc.handoff.scoring.rule.threshold).toBe(c.mql[1]);
    await typeAndStore(shell, id, label(m.handoff.scoring.decay), c.decay[0]);
    expect((await read()).doc.handoff.scoring.decayPerMonth).toBe(c.decay[1]);
  });
}
