import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../shared/domain/errors';
import { PLAN_SCHEMA_VERSION, PlanDocSchema } from '../../../../shared/domain/plan-doc';
import { upgradePlanDoc } from '../../../../shared/domain/plan-upgrade';
import { samplePlan } from '../../../helpers/plans';

describe('PlanDocSchema', () => {
  it('accepts a new plan with marketing and sales teams and empty sections', () => {
    const plan = samplePlan();
    expect(PlanDocSchema.parse(plan)).toEqual(plan);
    expect(plan.teams.map((t) => t.kind)).toEqual(['marketing', 'sales']);
    expect(plan).toMatchObject({
      funnel: { stages: [], handoffs: [] },
      goals: {},
      raci: {},
      handoff: {},
      workshop: {},
    });
  });

  it('requires exactly one marketing and one sales team', () => {
    const plan = samplePlan();
    const result = PlanDocSchema.safeParse({ ...plan, teams: plan.teams.slice(0, 1) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/exactly one sales team/);
  });

  it('rejects unknown fields, bad dates and bad currencies', () => {
    const plan = samplePlan();
    expect(PlanDocSchema.safeParse({ ...plan, secret: 1 }).success).toBe(false);
    expect(
      PlanDocSchema.safeParse({ ...plan, period: { start: '2027-13-01', end: '2027-12-31' } })
        .success,
    ).toBe(false);
    expect(PlanDocSchema.safeParse({ ...plan, currency: 'euro' }).success).toBe(false);
    expect(PlanDocSchema.safeParse({ ...plan, goals: { list: [] } }).success).toBe(false);
  });
});

describe('upgradePlanDoc', () => {
  it('returns a current plan unchanged', () => {
    expect(upgradePlanDoc(JSON.parse(JSON.stringify(samplePlan())))).toEqual(samplePlan());
  });

  it('upgrades a version 1 plan, whose funnel was empty, to the current version', () => {
    const v1 = { ...JSON.parse(JSON.stringify(samplePlan())), schemaVersion: 1, funnel: {} };
    const upgraded = upgradePlanDoc(v1);
    expect(upgraded.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(upgraded.funnel).toMatchObject({
      template: 'blank',
      stages: [],
      handoffs: [],
      scenarios: [],
    });
    expect(upgraded.name).toBe('FY27 plan');
  });

  it('upgrades a version 2 plan: its framework keeps its checklist and gains handoff fields, the swimlane its defaults', () => {
    const current = samplePlan();
    const handoff: Partial<typeof current.handoff> = { ...current.handoff };
    delete handoff.swimlane;
    const v2 = {
      ...JSON.parse(JSON.stringify(current)),
      schemaVersion: 2,
      handoff: {
        ...handoff,
        framework: { kind: 'bant', checklist: [{ id: 'c1', label: 'Budget' }] },
        sla: { ...handoff.sla, raciLinks: {} },
      },
    };
    const upgraded = upgradePlanDoc(v2);
    expect(upgraded.handoff.framework).toEqual({
      kind: 'bant',
      checklist: [{ id: 'c1', label: 'Budget' }],
      fields: [],
    });
    expect(upgraded.handoff.swimlane).toEqual({ positions: {} });
  });

  it('refuses a plan from a newer build, saying so', () => {
    expect(() =>
      upgradePlanDoc({ ...samplePlan(), schemaVersion: PLAN_SCHEMA_VERSION + 1 }),
    ).toThrow(/newer Smarketing Planner/);
  });

  it('refuses something that is not a plan', () => {
    expect(() => upgradePlanDoc('hello')).toThrow(DomainError);
    expect(() => upgradePlanDoc({ schemaVersion: 'one' })).toThrow(/schemaVersion/);
  });
});
