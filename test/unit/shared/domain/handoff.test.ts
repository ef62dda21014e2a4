import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/domain/commands';
import { analyzeFunnel } from '../../../../shared/domain/funnel-math';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import type { ScoringModel } from '../../../../shared/domain/handoff';
import { scoreLead, scoreLeads } from '../../../../shared/domain/lead-scoring';
import {
  FRAMEWORK_CHECKLISTS,
  FRAMEWORK_FIELDS,
  generateFramework,
} from '../../../../shared/domain/qualification-frameworks';
import { applyCommand, applyCommands } from '../../../../shared/domain/reducer';
import { handoffStageId, slaChecks, slaMqlVolume, slaTerms } from '../../../../shared/domain/sla';
import { samplePlan } from '../../../helpers/plans';
import { handWorkedModel as model } from '../../../helpers/scoring-model';

describe('lead scoring, worked by hand', () => {
  /*
   * Ana: director (20) + 500 employees (15) + demo (30) + webinar (10) = 75 → MQL.
   * Bo:  director (20) + 50 employees (0) + demo (30) = 50, 2 months inactive → −10 = 40 → not.
   * Cy:  student (−30) + demo (30) + webinar (10) = 10 → not.
   * Di:  1,000 employees (15) + demo (30) + webinar (10) + "Sales Director" (20) = 75, 1 month → −5 = 70 → MQL.
   */
  const leads = [
    {
      name: 'Ana',
      job_title: 'Marketing Director',
      employees: '500',
      demo_request: 'yes',
      webinar: '2026-10-02',
    },
    {
      name: 'Bo',
      job_title: 'Director of IT',
      employees: '50',
      demo_request: 'YES ',
      months_inactive: '2',
    },
    { name: 'Cy', job_title: 'Student', employees: '', demo_request: 'yes', webinar: 'x' },
    {
      name: 'Di',
      job_title: 'Sales Director',
      employees: '1000',
      demo_request: 'yes',
      webinar: 'x',
      months_inactive: '1',
    },
  ];

  it('scores fit and engagement, with decay, and counts the MQLs', () => {
    const { scores, mqls } = scoreLeads(leads, model);
    expect(scores.map((s) => s.total)).toEqual([75, 40, 10, 70]);
    expect(scores.map((s) => s.isMql)).toEqual([true, false, false, true]);
    expect(mqls).toBe(2);
    expect(scores[1]).toMatchObject({ fit: 20, engagement: 20, decay: 10 });
    expect(scores[2]?.matched).toEqual(['student', 'demo', 'webinar']);
  });

  it('applies a rule on both scores', () => {
    const both: ScoringModel = {
      ...model,
      rule: { kind: 'both', fitThreshold: 30, engagementThreshold: 30 },
    };
    expect(scoreLeads(leads, both).scores.map((s) => s.isMql)).toEqual([true, false, false, true]);
    expect(
      scoreLead(leads[0]!, {
        ...both,
        rule: { kind: 'both', fitThreshold: 40, engagementThreshold: 0 },
      }).isMql,
    ).toBe(false);
  });

  it('never decays engagement below zero', () => {
    expect(scoreLead({ demo_request: 'yes', months_inactive: '40' }, model)).toMatchObject({
      engagement: 0,
      decay: 30,
    });
  });
});

describe('SLA', () => {
  function withFunnel() {
    const funnel = buildFunnelTemplate('waterfall', 'en', 'w');
    return applyCommands(samplePlan(), [
      {
        type: 'funnel.replace',
        funnel: {
          ...funnel,
          assumptions: {
            topVolume: 3000,
            avgDealSize: 20_000,
            revenueTarget: 600_000,
            period: 'month',
          },
        },
      },
    ]).doc;
  }

  it('takes marketing’s MQL commitment from the reverse waterfall and follows a rate change', () => {
    let doc = withFunnel();
    // The handoff point is MQL (marketing) → SAL (shared): 400 MQLs are needed for 30 customers.
    expect(handoffStageId(doc.handoff.sla, doc.funnel, analyzeFunnel(doc.funnel))).toBe('w-mql');
    expect(slaMqlVolume(doc.handoff.sla, doc.funnel, analyzeFunnel(doc.funnel))).toEqual({
      value: 400,
      source: 'required',
    });
    doc = applyCommand(doc, {
      type: 'funnel.handoff.update',
      handoffId: 'w-mql-sal',
      patch: { rate: 0.4 },
    }).doc;
    expect(slaMqlVolume(doc.handoff.sla, doc.funnel, analyzeFunnel(doc.funnel)).value).toBe(500);
    doc = applyCommand(doc, { type: 'handoff.sla.set', patch: { mqlVolumeOverride: 450 } }).doc;
    expect(slaMqlVolume(doc.handoff.sla, doc.funnel, analyzeFunnel(doc.funnel))).toEqual({
      value: 450,
      source: 'override',
    });
  });

  it('refuses a response time of zero or below and non-whole points', () => {
    const doc = withFunnel();
    expect(() =>
      applyCommand(doc, { type: 'handoff.sla.set', patch: { firstResponseHours: 0 } }),
    ).toThrow(/more than 0/);
    expect(() =>
      applyCommand(doc, {
        type: 'handoff.criterion.add',
        criterion: {
          id: 'c',
          name: 'x',
          dimension: 'fit',
          field: 'f',
          operator: 'present',
          value: '',
          points: 2.5,
        },
      }),
    ).toThrow(/whole number/);
  });

  it('forgets definitions and the handoff stage of removed stages', () => {
    let doc = applyCommands(withFunnel(), [
      {
        type: 'handoff.definition.set',
        stageId: 'w-sal',
        patch: { definition: 'Accepted by sales' },
      },
      { type: 'handoff.sla.set', patch: { mqlStageId: 'w-sal' } },
    ] satisfies Command[]).doc;
    doc = applyCommand(doc, { type: 'funnel.stages.remove', stageIds: ['w-sal'] }).doc;
    expect(doc.handoff.definitions).toEqual({});
    expect(doc.handoff.sla.mqlStageId).toBeNull();
  });
});

describe('qualification frameworks', () => {
  it('generate their checklist and handoff fields in both languages, BANT with four items', () => {
    let n = 0;
    const ids = () => `i${++n}`;
    const bant = generateFramework('bant', 'en', ids);
    expect(bant.fields).toEqual([
      'Budget range',
      'Decision maker',
      'Stated need',
      'Purchase timeframe',
    ]);
    expect(bant.checklist.map((i) => i.label)).toEqual([
      'Budget: the prospect has budget for the purchase',
      'Authority: we are talking to the decision maker',
      'Need: a business need the product solves',
      'Timeframe: they plan to buy within a known time',
    ]);
    for (const items of [
      ...Object.values(FRAMEWORK_CHECKLISTS),
      ...Object.values(FRAMEWORK_FIELDS),
    ]) {
      expect(items.every((i) => i.en && i.es)).toBe(true);
    }
    const meddpicc = generateFramework('meddpicc', 'es', ids);
    expect(meddpicc.checklist).toHaveLength(8);
    expect(meddpicc.fields).toContain('Pasos de compras');
    expect(generateFramework('custom', 'en', ids)).toEqual({
      kind: 'custom',
      checklist: [],
      fields: [],
    });
  });
});

describe('SLA terms and the swimlane positions', () => {
  it('lists each term with its owner and target, linked to a RACI activity until it is removed', () => {
    let doc = applyCommands(samplePlan(), [
      { type: 'funnel.replace', funnel: buildFunnelTemplate('waterfall', 'en', 'w') },
      {
        type: 'raci.activities.add',
        activities: [{ id: 'act-follow', name: 'Follow up MQLs', phase: 'handoff', handoff: true }],
      },
      { type: 'handoff.sla.link', term: 'firstResponse', activityId: 'act-follow' },
    ]).doc;
    const terms = () => slaTerms(doc.handoff.sla, doc.funnel, analyzeFunnel(doc.funnel));
    expect(terms().find((row) => row.term === 'firstResponse')).toEqual({
      term: 'firstResponse',
      owner: 'sales',
      // Counted in the SLA's business hours: the target carries its calendar.
      target: { kind: 'hours', value: 1, calendar: doc.handoff.sla.calendar },
      activityId: 'act-follow',
    });
    expect(terms().map((row) => row.owner)).toEqual([
      'marketing',
      'marketing',
      'sales',
      'sales',
      'sales',
      'sales',
      'shared',
      'shared',
    ]);
    expect(() =>
      applyCommand(doc, { type: 'handoff.sla.link', term: 'escalation', activityId: 'nope' }),
    ).toThrow(/activity nope does not exist/);
    doc = applyCommand(doc, { type: 'raci.activity.remove', activityId: 'act-follow' }).doc;
    expect(terms().every((row) => row.activityId === null)).toBe(true);
  });

  it('keeps a dragged step where it was put until the layout is reset', () => {
    let doc = applyCommand(samplePlan(), {
      type: 'handoff.swimlane.move',
      step: 'nurture',
      position: { x: 40, y: 300 },
    }).doc;
    expect(doc.handoff.swimlane.positions).toEqual({ nurture: { x: 40, y: 300 } });
    doc = applyCommand(doc, { type: 'handoff.swimlane.reset' }).doc;
    expect(doc.handoff.swimlane.positions).toEqual({});
  });
});

describe('the SLA checked against the funnel', () => {
  function waterfallPlan(revenueTarget: number) {
    const funnel = buildFunnelTemplate('waterfall', 'en', 'w');
    return {
      ...funnel,
      assumptions: { topVolume: 5000, avgDealSize: 20_000, revenueTarget, period: 'year' as const },
    };
  }

  it('warns when the agreed number of leads is below what the revenue target needs, naming both', () => {
    const funnel = waterfallPlan(1_800_000);
    const analysis = analyzeFunnel(funnel);
    const sla = { ...samplePlan().handoff.sla, mqlVolumeOverride: 500 };
    const mql = analysis.rows.find((r) => r.stageId === 'w-mql');
    expect(mql?.required).toBeGreaterThan(500);
    expect(slaChecks(sla, funnel, analysis)).toContainEqual({
      kind: 'belowRequired',
      agreed: 500,
      required: mql?.required,
      stageId: 'w-mql',
    });
    const enough = { ...sla, mqlVolumeOverride: mql?.required ?? 0 };
    expect(slaChecks(enough, funnel, analysis).map((c) => c.kind)).not.toContain('belowRequired');
  });

  it('compares the agreed acceptance with the funnel’s rate from the handoff stage to the next', () => {
    const funnel = waterfallPlan(0);
    const analysis = analyzeFunnel(funnel);
    const rate = analysis.rows.find((r) => r.stageId === 'w-mql')?.rateToNext ?? 0;
    const sla = { ...samplePlan().handoff.sla, acceptanceRate: 0.8 };
    expect(slaChecks(sla, funnel, analysis)).toContainEqual({
      kind: rate > 0.8 ? 'acceptanceBelowFunnel' : 'acceptanceAboveFunnel',
      acceptance: 0.8,
      funnelRate: rate,
      stageId: 'w-mql',
      nextStageId: 'w-sal',
    });
    const same = { ...sla, acceptanceRate: rate };
    expect(slaChecks(same, funnel, analysis)).toEqual([]);
  });
});

describe("the SLA's business calendar", () => {
  it('takes hours and days by command, and holidays one by one from any window', () => {
    const doc = applyCommands(samplePlan(), [
      { type: 'handoff.sla.calendar.set', patch: { opensAt: '08:30', workingDays: [1, 2, 3, 4] } },
      { type: 'handoff.sla.holiday', day: '2026-12-25', holiday: true },
      { type: 'handoff.sla.holiday', day: '2026-01-06', holiday: true },
      { type: 'handoff.sla.holiday', day: '2026-12-25', holiday: true },
    ]).doc;
    expect(doc.handoff.sla.calendar).toMatchObject({
      opensAt: '08:30',
      closesAt: '18:00',
      workingDays: [1, 2, 3, 4],
      holidays: ['2026-01-06', '2026-12-25'],
    });
    const removed = applyCommand(doc, {
      type: 'handoff.sla.holiday',
      day: '2026-12-25',
      holiday: false,
    }).doc;
    expect(removed.handoff.sla.calendar.holidays).toEqual(['2026-01-06']);
  });

  it('refuses closing before opening, no working day, and a zone that does not exist', () => {
    const refused: Command[] = [
      { type: 'handoff.sla.calendar.set', patch: { closesAt: '08:00' } },
      { type: 'handoff.sla.calendar.set', patch: { workingDays: [] } },
      { type: 'handoff.sla.calendar.set', patch: { timeZone: 'Europe/Atlantis' } },
      { type: 'handoff.sla.calendar.set', patch: { opensAt: '25:00' } },
      { type: 'handoff.sla.holiday', day: '2026-02-30x', holiday: true },
    ];
    for (const command of refused) expect(() => applyCommand(samplePlan(), command)).toThrow();
  });
});
