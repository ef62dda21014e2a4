import { describe, expect, it } from 'vitest';
import { createGridFocus } from '../../../../renderer/features/raci/grid-focus';

describe("the RACI grid's tab stop", () => {
  it('tells its rows when it moves, and not when it is set where it is', () => {
    const focus = createGridFocus();
    const heard: string[] = [];
    const stop = focus.subscribe(() => heard.push(`${focus.get().row}-${focus.get().col}`));
    focus.set({ row: 0, col: 1 }); // an arrow key to the right
    focus.set({ row: 0, col: 1 }); // the cell's own focus event, for the same cell
    focus.set({ row: 3, col: 1 }); // a click three rows down
    stop();
    focus.set({ row: 4, col: 1 }); // a row no longer drawn hears nothing
    expect(heard).toEqual(['0-1', '3-1']);
    expect(focus.get()).toEqual({ row: 4, col: 1 });
  });
});
