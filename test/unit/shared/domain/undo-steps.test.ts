import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/domain/commands';
import { applyCommands } from '../../../../shared/domain/reducer';
import { applyStoredPatches, overlaps, touchedPaths } from '../../../../shared/domain/undo-steps';
import { waterfallPlan } from '../../../helpers/plans';

const plan = waterfallPlan('es');
const stageIds = plan.funnel.stages.map((stage) => stage.id);

/** Edits of a few kinds, over the same few things, so that they often meet. */
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc
    .record({ stageId: fc.constantFrom(...stageIds), name: fc.constantFrom('Lead', 'MQL', 'SQL') })
    .map(({ stageId, name }) => ({
      type: 'funnel.stage.update' as const,
      stageId,
      patch: { name },
    })),
  fc
    .constantFrom(...stageIds)
    .map((stageId) => ({ type: 'funnel.stages.remove' as const, stageIds: [stageId] })),
  fc
    .constantFrom('Acme', 'Ñandú SL')
    .map((client) => ({ type: 'plan.setMeta' as const, patch: { client } })),
  fc.constantFrom('Q1', 'Plan 2027').map((name) => ({ type: 'plan.rename' as const, name })),
  fc
    .integer({ min: 1, max: 99_999 })
    .map((topVolume) => ({ type: 'funnel.assumptions.set' as const, patch: { topVolume } })),
);

function tryApply(doc: typeof plan, command: Command) {
  try {
    return applyCommands(doc, [command]);
  } catch {
    return null;
  }
}

describe('what undo needs to decide', () => {
  it('names list items by id, and a list whose items came or went as a whole', () => {
    const [first, second] = plan.funnel.stages;
    const renamed = applyCommands(plan, [
      { type: 'funnel.stage.update', stageId: second!.id, patch: { name: 'MQL de Bo' } },
    ]).doc;
    expect(touchedPaths(plan, renamed)).toEqual([`/funnel/stages/@${second!.id}/name`]);
    const removed = applyCommands(plan, [
      { type: 'funnel.stages.remove', stageIds: [first!.id] },
    ]).doc;
    expect(touchedPaths(plan, removed)).toContain('/funnel/stages');
    expect(overlaps(touchedPaths(plan, renamed), touchedPaths(plan, removed))).toBe(true);
    expect(overlaps(['/client'], ['/name'])).toBe(false);
    expect(overlaps(['/client'], null)).toBe(true);
  });

  it('undoing a step under a later one that touched other things keeps exactly what the later did', () => {
    // What lets a window take back its step from under another's: the two commute.
    fc.assert(
      fc.property(commandArb, commandArb, (mine, theirs) => {
        const step = tryApply(plan, mine);
        if (!step) return;
        const later = tryApply(step.doc, theirs);
        if (!later) return;
        if (overlaps(touchedPaths(plan, step.doc), touchedPaths(step.doc, later.doc))) return;
        const undone = applyStoredPatches(later.doc, step.inverse);
        expect(undone).toEqual(applyStoredPatches(plan, later.patches));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses stored patches that no longer fit, in the plan’s terms', () => {
    expect(() =>
      applyStoredPatches(plan, [
        { op: 'replace', path: ['funnel', 'stages', 0, 'name'], value: 7 },
      ]),
    ).toThrow(expect.objectContaining({ refusal: { code: 'undo.noLongerApplies' } }));
  });
});
