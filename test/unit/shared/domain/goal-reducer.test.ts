import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { buildFunnelTemplate } from '../../../../shared/domain/funnel-templates';
import { newGoal } from '../../../../shared/domain/goals';
import { MARKETING_TEAM_ID, SALES_TEAM_ID } from '../../../../shared/domain/plan-doc';
import { applyCommand, applyCommands } from '../../../../shared/domain/reducer';
import { samplePlan } from '../../../helpers/plans';

function planWithGoal() {
  return applyCommands(samplePlan(), [
    { type: 'funnel.replace', funnel: buildFunnelTemplate('waterfall', 'en', 'w') },
    {
      type: 'person.add',
      person: { id: 'ana', name: 'Ana', roleTitle: 'CMO', teamId: MARKETING_TEAM_ID },
    },
    {
      type: 'goal.add',
      goal: {
        ...newGoal('g1', 'SQLs'),
        ownerIds: ['ana'],
        metric: { kind: 'stageVolume', stageId: 'w-sql' },
      },
    },
  ]).doc;
}

describe('goal commands', () => {
  it('refuses an owner who is not in the plan and a deadline before the start', () => {
    const doc = planWithGoal();
    expect(() =>
      applyCommand(doc, { type: 'goal.update', goalId: 'g1', patch: { ownerIds: ['ghost'] } }),
    ).toThrow(/goals\.goals\.0\.ownerIds\.0: owner ghost is not a person of the plan/);
    expect(() =>
      applyCommand(doc, {
        type: 'goal.update',
        goalId: 'g1',
        patch: { start: '2027-03-01', deadline: '2027-01-01' },
      }),
    ).toThrow(/deadline must not be before the start/);
  });

  it('keeps check-ins in date order', () => {
    let doc = planWithGoal();
    for (const [id, date] of [
      ['b', '2027-02-01'],
      ['a', '2027-01-15'],
    ] as const) {
      doc = applyCommand(doc, {
        type: 'goal.checkIn.add',
        goalId: 'g1',
        checkIn: { id, date, value: 1, confidence: 'high', note: '' },
      }).doc;
    }
    expect(doc.goals.goals[0]?.checkIns.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('lets go of a removed owner and of a removed stage, keeping the goal', () => {
    let doc = applyCommand(planWithGoal(), { type: 'person.remove', personId: 'ana' }).doc;
    expect(doc.goals.goals[0]?.ownerIds).toEqual([]);
    doc = applyCommand(doc, { type: 'funnel.stages.remove', stageIds: ['w-sql'] }).doc;
    expect(doc.goals.goals[0]).toMatchObject({ title: 'SQLs', metric: null });
  });

  it('undoes a removal and the letting go in one step', () => {
    const before = planWithGoal();
    const removal = applyCommand(before, { type: 'person.remove', personId: 'ana' });
    expect(removal.patches.map((p) => p.path.join('/'))).toContain('goals/goals/0/ownerIds/0');
    expect(applyPatches(removal.doc, removal.inverse)).toEqual(before);
    const stage = applyCommand(before, { type: 'funnel.stages.remove', stageIds: ['w-sql'] });
    expect(applyPatches(stage.doc, stage.inverse)).toEqual(before);
  });

  it("leaves the plan's other parts as they were when nothing pointed at what was removed", () => {
    const before = applyCommand(planWithGoal(), {
      type: 'person.add',
      person: { id: 'nadie', name: 'Nadie', roleTitle: '', teamId: SALES_TEAM_ID },
    }).doc;
    const removal = applyCommand(before, { type: 'person.remove', personId: 'nadie' });
    expect(removal.patches.map((p) => p.path[0])).toEqual(['people']);
    expect(removal.doc.goals).toBe(before.goals);
    expect(removal.doc.raci).toBe(before.raci);
  });

  it('sets KPI inputs and refuses a negative marketing spend', () => {
    const doc = applyCommand(planWithGoal(), {
      type: 'kpis.set',
      patch: { marketingSpend: 50_000 },
    }).doc;
    expect(doc.goals.kpis.marketingSpend).toBe(50_000);
    expect(() => applyCommand(doc, { type: 'kpis.set', patch: { marketingSpend: -1 } })).toThrow();
  });
});

describe('edits made in a window that has not seen the latest revision', () => {
  it('keep what another window changed next to them: a satisfaction target keeps the actual', () => {
    const base = samplePlan();
    // Window B set today's satisfaction; window A, still on the base, types a target.
    const seenByB = applyCommand(base, {
      type: 'kpis.set',
      patch: { satisfaction: { actual: 64 } },
    }).doc;
    const afterBoth = applyCommand(seenByB, {
      type: 'kpis.set',
      patch: { satisfaction: { target: 80 } },
    }).doc;
    expect(afterBoth.goals.kpis.satisfaction).toEqual({ scale: 'csat', target: 80, actual: 64 });
  });

  it('keep both windows’ reasons for rejecting a lead, each ticked on its own', () => {
    const base = applyCommand(samplePlan(), {
      type: 'handoff.sla.set',
      patch: { reasonCodes: [] },
    }).doc;
    const doc = applyCommands(base, [
      { type: 'handoff.sla.reason', code: 'noBudget', agreed: true },
      { type: 'handoff.sla.reason', code: 'notIcp', agreed: true },
      { type: 'handoff.sla.reason', code: 'noBudget', agreed: true },
    ]).doc;
    expect(doc.handoff.sla.reasonCodes).toEqual(['noBudget', 'notIcp']);
    const dropped = applyCommand(doc, {
      type: 'handoff.sla.reason',
      code: 'notIcp',
      agreed: false,
    });
    expect(dropped.doc.handoff.sla.reasonCodes).toEqual(['noBudget']);
  });
});
