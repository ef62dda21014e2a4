import { useSyncExternalStore } from 'react';

/** The column of an activity's own button (its menu), left of the first role. */
export const ACTIONS_COL = -1;

/**
 * A cell of the matrix: its activity's place among the rows shown, and its role's column
 * (ACTIONS_COL for the activity's menu button).
 */
export interface GridCell {
  row: number;
  col: number;
}

/**
 * The cell holding the grid's one tab stop, kept outside React's state: an arrow key moves
 * it from one row to another, and only those two rows draw again (each row listens for its
 * own column), not the matrix with its hundreds of cells.
 */
export interface GridFocus {
  get: () => GridCell;
  /** Moves the tab stop; nothing is told when it stays where it is. */
  set: (cell: GridCell) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createGridFocus(start: GridCell = { row: 0, col: 0 }): GridFocus {
  let current = start;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (cell) => {
      if (cell.row === current.row && cell.col === current.col) return;
      current = cell;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The column holding the tab stop when it is in `row`, else null: what a row draws from. */
export function useFocusedColumn(focus: GridFocus, row: number): number | null {
  return useSyncExternalStore(focus.subscribe, () => {
    const cell = focus.get();
    return cell.row === row ? cell.col : null;
  });
}
