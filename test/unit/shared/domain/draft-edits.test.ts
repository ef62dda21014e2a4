import { applyPatches, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../shared/domain/commands';
import { MARKETING_TEAM_ID, SALES_TEAM_ID, type PlanDoc } from '../../../../shared/domain/plan-doc';
import { findById, hasId, indexById, removeById } from '../../../../shared/domain/draft-edits';
import { applyCommands } from '../../../../shared/domain/reducer';
import { samplePlan } from '../../../helpers/plans';

/** A large plan: 60 people, and a RACI of 100 activities × 10 roles, every cell filled. */
function largePlan(): PlanDoc {
  const roles = Array.from({ length: 10 }, (_, i) => `role-${i}`);
  const activities = Array.from({ length: 100 }, (_, i) => `activity-${i}`);
  const commands: Command[] = [
    ...Array.from({ length: 60 }, (_, i): Command => ({
      type: 'person.add',
      person: {
        id: `person-${i}`,
        name: `Person ${i}`,
        roleTitle: '',
        teamId: i % 2 ? SALES_TEAM_ID : MARKETING_TEAM_ID,
      },
    })),
    {
      type: 'raci.activities.add',
      activities: activities.map((id) => ({ id, name: id, phase: 'handoff', handoff: false })),
    },
    ...roles.map((id): Command => ({
      type: 'raci.role.add',
      role: { id, name: id, teamId: MARKETING_TEAM_ID, personId: null },
    })),
    ...activities.flatMap((activityId, a) =>
      roles.map((roleId, r): Command => ({
        type: 'raci.cell.set',
        activityId,
        roleId,
        letter: (a + r) % 4 === 0 ? 'A' : 'C',
      })),
    ),
  ];
  return applyCommands(samplePlan(), commands).doc;
}

const paths = (patches: ReadonlyArray<{ path: ReadonlyArray<string | number> }>) =>
  patches.map((p) => p.path.join('/'));

/**
 * A step's patches are what the undo history stores for it, twice (forward and back). An
 * edit of one cell or one person must store that, not the whole matrix or the whole list.
 */
describe('a removal records what it removed, not the list or record it was in', () => {
  const plan = largePlan();

  it('clearing one RACI cell records that cell alone, and its inverse restores the plan', () => {
    const step = applyCommands(plan, [
      { type: 'raci.cell.set', activityId: 'activity-7', roleId: 'role-3', letter: null },
    ]);
    expect(paths(step.patches)).toEqual(['raci/cells/activity-7/role-3']);
    expect(step.doc.raci.cells['activity-7']).not.toHaveProperty('role-3');
    expect(applyPatches(step.doc, step.inverse)).toEqual(plan);
  });

  it('clearing the last letter of a row drops the row, in one patch', () => {
    const cleared = applyCommands(
      plan,
      Array.from({ length: 9 }, (_, r): Command => ({
        type: 'raci.cell.set',
        activityId: 'activity-2',
        roleId: `role-${r}`,
        letter: null,
      })),
    ).doc;
    const step = applyCommands(cleared, [
      { type: 'raci.cell.set', activityId: 'activity-2', roleId: 'role-9', letter: null },
    ]);
    expect(paths(step.patches)).toEqual(['raci/cells/activity-2']);
    expect(step.doc.raci.cells).not.toHaveProperty('activity-2');
    expect(applyPatches(step.doc, step.inverse)).toEqual(cleared);
  });

  it('setting a letter records the cell, whether the row existed or not', () => {
    const step = applyCommands(plan, [
      { type: 'raci.cell.set', activityId: 'activity-4', roleId: 'role-1', letter: 'R' },
    ]);
    expect(paths(step.patches)).toEqual(['raci/cells/activity-4/role-1']);
    expect(step.doc.raci.cells['activity-4']?.['role-1']).toBe('R');
  });

  it('removing a role takes its letter out of every row, one key each', () => {
    const step = applyCommands(plan, [{ type: 'raci.role.remove', roleId: 'role-9' }]);
    const cellPatches = step.patches.filter((p) => p.path[1] === 'cells');
    expect(cellPatches).toHaveLength(100);
    expect(cellPatches.every((p) => p.op === 'remove' && p.path[3] === 'role-9')).toBe(true);
    expect(Object.values(step.doc.raci.cells).every((row) => !('role-9' in row))).toBe(true);
    expect(applyPatches(step.doc, step.inverse)).toEqual(plan);
  });

  it('removing an activity drops its row without rewriting the matrix', () => {
    const step = applyCommands(plan, [{ type: 'raci.activity.remove', activityId: 'activity-99' }]);
    expect(paths(step.patches).sort()).toEqual(['raci/activities/99', 'raci/cells/activity-99']);
    expect(applyPatches(step.doc, step.inverse)).toEqual(plan);
  });

  it('removing a person records the people after it, never the whole list', () => {
    const last = applyCommands(plan, [{ type: 'person.remove', personId: 'person-59' }]);
    expect(paths(last.patches)).toEqual(['people/59']);
    const middle = applyCommands(plan, [{ type: 'person.remove', personId: 'person-50' }]);
    expect(paths(middle.patches)).not.toContain('people');
    expect(middle.doc.people.map((p) => p.id)).toEqual(
      plan.people.map((p) => p.id).filter((id) => id !== 'person-50'),
    );
    expect(applyPatches(middle.doc, middle.inverse)).toEqual(plan);
  });
});

describe('finding an item in a draft list by id', () => {
  const base = {
    items: [
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'c', n: 3 },
    ],
  };

  it('finds the draft of an item the edit has not touched yet, and edits it', () => {
    const next = produce(base, (draft) => {
      const item = findById(draft.items, 'b');
      if (item) item.n = 20;
    });
    expect(next.items).toEqual([
      { id: 'a', n: 1 },
      { id: 'b', n: 20 },
      { id: 'c', n: 3 },
    ]);
  });

  it('finds an item added, or moved, earlier in the same edit', () => {
    produce(base, (draft) => {
      expect(hasId(draft.items, 'z')).toBe(false);
      draft.items.unshift({ id: 'z', n: 0 });
      expect(hasId(draft.items, 'z')).toBe(true);
      expect(indexById(draft.items, 'z')).toBe(0);
      expect(indexById(draft.items, 'c')).toBe(3);
      draft.items.reverse();
      expect(findById(draft.items, 'a')?.n).toBe(1);
    });
  });

  it('does not find an item removed earlier in the same edit, and removes by id', () => {
    const next = produce(base, (draft) => {
      removeById(draft.items, 'a');
      expect(findById(draft.items, 'a')).toBeUndefined();
      expect(hasId(draft.items, 'a')).toBe(false);
      removeById(draft.items, 'nobody');
    });
    expect(next.items.map((item) => item.id)).toEqual(['b', 'c']);
  });
});
