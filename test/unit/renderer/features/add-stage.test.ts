import { applyPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { analyzeFunnel } from '../../../../shared/domain/funnel-math';
import { mainPath } from '../../../../shared/domain/funnel-path';
import { applyCommands } from '../../../../shared/domain/reducer';
import { addStageCommands } from '../../../../renderer/features/funnel/add-stage';
import { waterfallPlan } from '../../../helpers/plans';

const names = (doc: ReturnType<typeof waterfallPlan>) => {
  const byId = new Map(doc.funnel.stages.map((s) => [s.id, s.name]));
  return mainPath(doc.funnel).stageIds.map((id) => byId.get(id));
};

describe('the toolbar’s Add stage', () => {
  it('puts the stage before the closing one, and every figure stays as it was', () => {
    const plan = waterfallPlan('es');
    const before = analyzeFunnel(plan.funnel);
    const closing = names(plan).at(-1);
    const { doc } = applyCommands(plan, addStageCommands(plan.funnel, 'Propuesta'));
    expect(names(doc)).toEqual([...names(plan).slice(0, -1), 'Propuesta', closing]);
    const after = analyzeFunnel(doc.funnel);
    expect(after.problem).toBeNull();
    expect(after.revenue).toBe(before.revenue);
    expect(after.customers).toBe(before.customers);
    // The step into the new stage keeps the old rate; the new stage passes on 100 %.
    expect(after.rows.at(-3)?.rateToNext).toBe(before.rows.at(-2)?.rateToNext);
    expect(after.rows.at(-2)?.rateToNext).toBe(1);
    // Owned as the step before it: SQL is sales', so is the proposal after it.
    const previous = doc.funnel.stages.find((s) => s.id === after.rows.at(-3)?.stageId);
    expect(doc.funnel.stages.find((s) => s.name === 'Propuesta')?.team).toBe(previous?.team);
  });

  it('makes room: the closing stage and those right of it move along, the new one takes its place', () => {
    const plan = waterfallPlan('en');
    const path = mainPath(plan.funnel);
    const closing = plan.funnel.stages.find((s) => s.id === path.stageIds.at(-1))!;
    const { doc } = applyCommands(plan, addStageCommands(plan.funnel, 'Proposal'));
    const added = doc.funnel.stages.find((s) => s.name === 'Proposal')!;
    expect(added.position).toEqual(closing.position);
    const moved = doc.funnel.stages.find((s) => s.id === closing.id)!;
    expect(moved.position).toEqual({ x: closing.position.x + 280, y: closing.position.y });
    for (const stage of plan.funnel.stages.filter((s) => s.position.x < closing.position.x)) {
      expect(doc.funnel.stages.find((s) => s.id === stage.id)?.position).toEqual(stage.position);
    }
  });

  it('keeps a scenario’s rate on the handoff it split, and is undone in one step', () => {
    const plan = waterfallPlan('en');
    const last = mainPath(plan.funnel).handoffs.at(-1)!;
    const { doc: withScenario } = applyCommands(plan, [
      {
        type: 'funnel.scenario.save',
        scenario: {
          id: 's1',
          name: 'Better close',
          assumptions: plan.funnel.assumptions,
          rates: { [last.id]: 0.4 },
        },
      },
    ]);
    const step = applyCommands(withScenario, addStageCommands(withScenario.funnel, 'Proposal'));
    expect(step.doc.funnel.scenarios[0]?.rates).toEqual({ [last.id]: 0.4 });
    const split = step.doc.funnel.handoffs.find((h) => h.id === last.id);
    expect(split?.source).toBe(last.source);
    expect(step.doc.funnel.stages.find((s) => s.id === split?.target)?.name).toBe('Proposal');
    expect(applyPatches(step.doc, step.inverse)).toEqual(withScenario);
  });

  it('grows a funnel of one stage at the end, connected; an empty one gets its first stage', () => {
    const blank = waterfallPlan('en');
    const { doc: empty } = applyCommands(blank, [
      { type: 'funnel.stages.remove', stageIds: blank.funnel.stages.map((s) => s.id) },
    ]);
    const { doc: one } = applyCommands(empty, addStageCommands(empty.funnel, 'Lead'));
    expect(one.funnel.stages.map((s) => s.name)).toEqual(['Lead']);
    const { doc: two } = applyCommands(one, addStageCommands(one.funnel, 'Customer'));
    expect(names(two)).toEqual(['Lead', 'Customer']);
    const { doc: three } = applyCommands(two, addStageCommands(two.funnel, 'MQL'));
    expect(names(three)).toEqual(['Lead', 'MQL', 'Customer']);
  });

  it('refuses to insert into a handoff that is not there, changing nothing', () => {
    const plan = waterfallPlan('en');
    const [, insert] = addStageCommands(plan.funnel, 'Proposal');
    if (insert?.type !== 'funnel.stage.insert') throw new Error('expected an insert');
    expect(() => applyCommands(plan, [{ ...insert, intoHandoffId: 'nope' }])).toThrow(/nope/);
    expect(() =>
      applyCommands(plan, [{ ...insert, onwardHandoffId: plan.funnel.handoffs[0]!.id }]),
    ).toThrow();
  });
});
