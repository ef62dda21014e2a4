import {
  defaultRangeExtractor,
  observeElementOffset,
  useVirtualizer,
  type Range,
} from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import {
  RaciLetterSchema,
  type RaciActivity,
  type RaciLetter,
  type RaciRole,
} from '../../../shared/domain/raci';
import { useAppStoreApi } from '../../store/store-context';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { activitiesInPhaseOrder, matrixRows } from './raci-rows';
import { cellLabelFormatter } from './cell-label';
import { ACTIONS_COL, createGridFocus } from './grid-focus';
import { activityColumnWidth, onlyWhenOffsetMoves, revealInBox, withSpacers } from './grid-scroll';
import { RaciHead } from './RaciHead';
import { RaciRow } from './RaciRow';
import { PROBLEMS_ONLY_ID } from './RaciSummary';
import { raciOf, useProblemRows } from './use-raci';

const CYCLE: Array<RaciLetter | null> = [null, 'R', 'A', 'C', 'I'];
/** Up to this many body rows the whole matrix is in the page; beyond, only what is in view. */
const ALL_ROWS_UP_TO = 60;
const PHASE_ROW_PX = 30;
const ACTIVITY_ROW_PX = 44;
const PROBLEM_LINE_PX = 19;
/** Rows drawn above and below the view, so a fast scroll or arrow key never shows a gap. */
const OVERSCAN = 6;
/** The teams' and the roles' header rows, counted in aria-rowindex. */
const HEADER_ROWS = 2;
/** The rows are drawn again when the grid scrolls up or down, not when it scrolls sideways. */
const observeVerticalOffset = onlyWhenOffsetMoves(observeElementOffset);

interface RaciMatrixProps {
  activities: readonly RaciActivity[];
  roles: readonly RaciRole[];
  problemsOnly: boolean;
}

/**
 * The matrix as an ARIA grid: one tab stop, arrow keys move like a
 * spreadsheet, R/A/C/I type a letter, Delete clears; a click selects a cell, and a click on
 * the selected cell or Enter cycles.
 * Rows are grouped by phase, columns by team; broken rows and cells are marked
 * in words as well as colour.
 *
 * A large matrix (200 activities × 40 roles is 8,000 cells) draws only the rows in view,
 * with spacers for the rest; aria-rowcount and aria-rowindex tell a screen reader where it
 * is. The row holding the grid's tab stop is always drawn, so Tab always reaches the grid.
 *
 * The matrix draws from the plan's activities and roles and from which rows have problems;
 * each row reads its own letters and problems. A letter typed into a healthy row redraws
 * that row, not the matrix.
 */
export const RaciMatrix = memo(function RaciMatrix({
  activities,
  roles,
  problemsOnly,
}: RaciMatrixProps) {
  const { t } = useTranslation();
  const cellLabel = useMemo(() => cellLabelFormatter(t), [t]);
  const dispatch = usePlanDispatch();
  const store = useAppStoreApi();
  const [focus] = useState(createGridFocus);
  /** Counts the moves of the tab stop to a row not drawn, which then must be. */
  const [focusOutOfView, setFocusOutOfView] = useState(0);
  const [message, setMessage] = useState('');
  const grid = useRef<HTMLTableElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [headHeight, setHeadHeight] = useState(0);
  const empty = activities.length === 0 || roles.length === 0;
  /** How many problems each row with any names: its height, and the "only problems" filter. */
  const problemRows = useProblemRows();

  const ordered = useMemo(() => activitiesInPhaseOrder(activities), [activities]);
  const rows = useMemo(
    () => ordered.filter((a) => !problemsOnly || problemRows.has(a.id)),
    [ordered, problemsOnly, problemRows],
  );
  const bodyRows = useMemo(() => matrixRows(rows), [rows]);
  /** Where each activity's row sits among the body's rows (phase headings included). */
  const bodyIndexOf = useMemo(() => {
    const positions: number[] = [];
    bodyRows.forEach((row, position) => {
      if (row.kind === 'activity') positions[row.index] = position;
    });
    return positions;
  }, [bodyRows]);
  const virtual = bodyRows.length > ALL_ROWS_UP_TO;
  // Read when the virtualiser picks the rows to draw: after a scroll, or when the tab stop
  // went to a row out of view (focusOutOfView, which makes this a new function).
  const keepFocusedRow = useCallback(
    (range: Range) => {
      const drawn = defaultRangeExtractor(range);
      const focusedBodyRow = bodyIndexOf[focus.get().row];
      if (focusedBodyRow === undefined || drawn.includes(focusedBodyRow)) return drawn;
      return [...drawn, focusedBodyRow].sort((a, b) => a - b);
    },
    // focusOutOfView is not read: a new function makes the virtualiser pick the rows again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [bodyIndexOf, focus, focusOutOfView],
  );
  const virtualizer = useVirtualizer({
    count: bodyRows.length,
    getScrollElement: () => scroller.current,
    // A row grows a line per problem it names: estimated so, the scrollbar hardly moves as
    // rows are drawn and measured.
    estimateSize: (position) => {
      const row = bodyRows[position];
      if (row?.kind !== 'activity') return PHASE_ROW_PX;
      return ACTIVITY_ROW_PX + PROBLEM_LINE_PX * (problemRows.get(row.activity.id) ?? 0);
    },
    getItemKey: (position) => {
      const row = bodyRows[position];
      return row?.kind === 'activity' ? row.activity.id : `phase-${row?.phase ?? position}`;
    },
    overscan: virtual ? OVERSCAN : bodyRows.length,
    // The view's height before it is measured (70vh, as the CSS has it): the first render
    // draws the rows in view rather than a few, then all of them again.
    initialRect: { width: 0, height: Math.round(window.innerHeight * 0.7) },
    scrollMargin: headHeight,
    rangeExtractor: keepFocusedRow,
    observeElementOffset: observeVerticalOffset,
  });
  /** Types a letter (or clears) at a grid position; also how a click cycles through the letters. */
  const setCell = useCallback(
    (row: number, col: number, letter: RaciLetter | null) => {
      const activity = rows[row];
      const role = roles[col];
      if (!activity || !role) return;
      dispatch([{ type: 'raci.cell.set', activityId: activity.id, roleId: role.id, letter }]);
    },
    [rows, roles, dispatch],
  );
  const cycle = useCallback(
    (row: number, col: number) => {
      const activity = rows[row];
      const role = roles[col];
      const cells = raciOf(store.getState()).cells;
      const letter = activity && role ? (cells[activity.id]?.[role.id] ?? null) : null;
      setCell(row, col, CYCLE[(CYCLE.indexOf(letter) + 1) % CYCLE.length] ?? null);
    },
    [rows, roles, store, setCell],
  );
  /** Set when the keyboard moved the tab stop: the cell takes focus once it is drawn. */
  const focusPending = useRef(false);
  /** Whether a cell of the grid has the focus, kept when its row goes (a problem fixed). */
  const hadFocus = useRef(false);
  /** Focuses a cell and scrolls the matrix, not the page, to show it whole. */
  const focusCell = (cell: HTMLElement) => {
    // Measured before focusing: the focus ring's style change would make the browser lay
    // the page out again to answer.
    const box = scroller.current;
    if (box) revealInBox(box, cell, headHeight, activityColumnWidth(grid.current));
    cell.focus({ preventScroll: true });
  };
  const moveTo = (row: number, col: number) => {
    const next = {
      row: Math.max(0, Math.min(rows.length - 1, row)),
      col: Math.max(ACTIONS_COL, Math.min(roles.length - 1, col)),
    };
    focus.set(next);
    const cell = grid.current?.querySelector<HTMLElement>(`[data-cell="${next.row}-${next.col}"]`);
    if (cell) return focusCell(cell);
    focusPending.current = true;
    setFocusOutOfView((moves) => moves + 1);
  };
  // A row out of view is drawn on the render after the move (keepFocusedRow), then focused.
  // And where the focused cell's row went (fixed while only problems show), the cell now at
  // its place takes the focus, instead of the page.
  useLayoutEffect(() => {
    const lost = hadFocus.current && !grid.current?.contains(document.activeElement);
    if (!focusPending.current && !lost) return;
    const { row: focusedRow, col } = focus.get();
    const row = Math.max(0, Math.min(rows.length - 1, focusedRow));
    const cell = grid.current?.querySelector<HTMLElement>(`[data-cell="${row}-${col}"]`);
    if (!cell) {
      // The last row shown was fixed while only problems show: the focus goes to the box
      // that shows them all again, not to the page.
      if (lost && rows.length === 0) {
        hadFocus.current = false;
        document.getElementById(PROBLEMS_ONLY_ID)?.focus();
      }
      return;
    }
    focusPending.current = false;
    focusCell(cell);
  });
  // Entering the grid brings the whole matrix into the window once, so moving in it scrolls
  // the matrix alone and its headers stay in sight.
  const onGridFocus = (event: FocusEvent<HTMLTableElement>) => {
    const cameFromOutside = !grid.current?.contains(event.relatedTarget as Node | null);
    hadFocus.current = true;
    if (cameFromOutside) scroller.current?.scrollIntoView({ block: 'nearest' });
  };
  const onGridBlur = (event: FocusEvent<HTMLTableElement>) => {
    const to = event.relatedTarget as Node | null;
    // Focus gone elsewhere (not a cell removed under it, which leaves no target).
    if ((to && !grid.current?.contains(to)) || (!to && event.target.isConnected)) {
      hadFocus.current = false;
      // A refusal is about the key just typed in the grid: it goes when the grid is left.
      setMessage('');
    }
  };

  // Stable handlers for the memoized rows: they read the latest state through a ref.
  const latest = useRef({ cycle });
  useLayoutEffect(() => {
    latest.current = { cycle };
  }, [cycle]);
  // The roles' header row sticks right under the teams' row, however tall a long team name
  // ("Operaciones de ingresos") makes that row: measured, not guessed. The body's rows start
  // under the whole header, which the virtualiser counts as its margin.
  useLayoutEffect(() => {
    const table = grid.current;
    const head = table?.tHead;
    if (!table || !head) return;
    const measure = () => {
      const teamsRow = head.rows[0];
      if (teamsRow) table.style.setProperty('--raci-team-row', `${teamsRow.offsetHeight}px`);
      scroller.current?.style.setProperty('--raci-head', `${head.offsetHeight}px`);
      setHeadHeight(head.offsetHeight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(head);
    return () => observer.disconnect();
  }, [empty]);
  // The first click on a cell selects it, as in a spreadsheet; a click on the selected cell
  // cycles its letter. (Cycling on the first click set R on a cell clicked only to reach it.)
  const onCellClick = useCallback(
    (row: number, col: number, wasActive: boolean) => {
      focus.set({ row, col });
      if (wasActive) latest.current.cycle(row, col);
    },
    [focus],
  );
  const onCellFocus = useCallback((row: number, col: number) => focus.set({ row, col }), [focus]);

  // Heard before the cells and the rows' menu buttons hear it: an arrow key on a menu button
  // moves in the grid rather than opening the menu (Enter and Space still open it).
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (!target.dataset.cell) return;
    const { row, col } = focus.get();
    const key = event.key;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, roles.length - 1],
    };
    const move = moves[key];
    if (move) {
      event.preventDefault();
      moveTo(move[0], move[1]);
      return;
    }
    // On a row's menu button, the keys that type or clear a letter do nothing.
    if (col === ACTIONS_COL) return;
    if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      setCell(row, col, null);
      setMessage('');
      return;
    }
    if (key === 'Enter' || key === ' ') {
      event.preventDefault();
      cycle(row, col);
      return;
    }
    // Any other character typed (a letter, a digit, a sign) is a letter or a refusal.
    if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const letter = RaciLetterSchema.safeParse(key.toUpperCase());
      if (letter.success) {
        setCell(row, col, letter.data);
        setMessage('');
      } else {
        setMessage(t('raci.onlyLetters', { key }));
      }
    }
  };

  if (empty) return null;

  return (
    <div className="raci-wrap">
      <p className="raci-message" role="status" aria-live="assertive">
        {message}
      </p>
      {problemsOnly && rows.length === 0 && (
        <p className="raci-no-problems" role="status">
          {t('raci.noProblemRows')}
        </p>
      )}
      <div className="raci-scroll" ref={scroller}>
        <table
          ref={grid}
          role="grid"
          className={`raci-grid${virtual ? ' is-virtual' : ''}`}
          aria-label={t('raci.gridLabel')}
          aria-rowcount={bodyRows.length + HEADER_ROWS}
          style={{ '--raci-roles': roles.length } as CSSProperties}
          onKeyDownCapture={onKeyDown}
          onFocus={onGridFocus}
          onBlur={onGridBlur}
        >
          <colgroup>
            <col className="raci-col-activity" />
            {roles.map((role) => (
              <col key={role.id} className="raci-col-role" />
            ))}
          </colgroup>
          <RaciHead roles={roles} />
          <tbody>
            {withSpacers(
              virtualizer.getVirtualItems(),
              headHeight,
              virtualizer.getTotalSize() + headHeight,
              (height, key) => (
                <tr key={key} className="raci-spacer" aria-hidden="true">
                  <td colSpan={roles.length + 1} style={{ height }} />
                </tr>
              ),
              (item) => {
                const row = bodyRows[item.index];
                if (!row) return null;
                if (row.kind === 'phase') {
                  return (
                    <tr
                      key={item.key}
                      ref={virtualizer.measureElement}
                      data-index={item.index}
                      aria-rowindex={item.index + HEADER_ROWS + 1}
                      className="raci-phase"
                    >
                      <th scope="rowgroup" colSpan={roles.length + 1}>
                        {t(`raci.phases.${row.phase}`)}
                      </th>
                    </tr>
                  );
                }
                const { activity, index } = row;
                return (
                  <RaciRow
                    key={item.key}
                    measure={virtualizer.measureElement}
                    position={item.index}
                    activity={activity}
                    index={index}
                    roles={roles}
                    focus={focus}
                    previous={row.previous}
                    next={row.next}
                    cellLabel={cellLabel}
                    onCellClick={onCellClick}
                    onCellFocus={onCellFocus}
                  />
                );
              },
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
});
