import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { freezeDeeply } from '../../../../renderer/store/idle-work';

/** A plan-like tree: 200 rows of 40 cells, as the RACI benchmark's matrix. */
function matrix() {
  const cells: Record<string, Record<string, string>> = {};
  for (let row = 0; row < 200; row++) {
    cells[`a${row}`] = Object.fromEntries(Array.from({ length: 40 }, (_, col) => [`r${col}`, 'R']));
  }
  return { raci: { cells, activities: [{ id: 'a0', name: 'Kick-off' }] } };
}

describe('freezing an opened plan in idle moments', () => {
  it('goes on where it stopped when time ran out, and freezes every object in the end', () => {
    const doc = matrix();
    const freeze = freezeDeeply(doc);
    let looks = 0;
    let slices = 1;
    // Each idle moment allows three looks at the clock.
    while (!freeze(() => ++looks % 4 !== 0)) slices += 1;
    expect(slices).toBeGreaterThan(1);
    expect(Object.isFrozen(doc)).toBe(true);
    expect(Object.isFrozen(doc.raci.cells)).toBe(true);
    expect(Object.values(doc.raci.cells).every((row) => Object.isFrozen(row))).toBe(true);
    expect(Object.isFrozen(doc.raci.activities[0])).toBe(true);
  });

  it('freezes a parent only after its children, so a plan half frozen is never skipped', () => {
    const doc = matrix();
    const freeze = freezeDeeply(doc);
    let looks = 0;
    freeze(() => looks++ < 2); // stopped early: some rows frozen, the plan itself not yet
    expect(Object.isFrozen(doc)).toBe(false);
    expect(Object.isFrozen(doc.raci.cells)).toBe(false);
  });

  it('leaves immer nothing to freeze but what an edit changed, and the edit works as before', () => {
    const doc = matrix();
    const freeze = freezeDeeply(doc);
    while (!freeze(() => true));
    const next = produce(doc, (draft) => {
      const row = draft.raci.cells.a3;
      if (row) row.r5 = 'A';
    });
    expect(next.raci.cells.a3?.r5).toBe('A');
    expect(doc.raci.cells.a3?.r5).toBe('R');
    expect(next.raci.cells.a4).toBe(doc.raci.cells.a4);
    expect(Object.isFrozen(next.raci.cells.a3)).toBe(true);
  });
});
