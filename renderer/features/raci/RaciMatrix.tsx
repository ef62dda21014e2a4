import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RACI_PHASES,
  RaciLetterSchema,
  type RaciActivity,
  type RaciLetter,
  type RaciSection,
} from '../../../shared/domain/raci';
import type { RaciCheck } from '../../../shared/domain/raci-rules';
import { usePlanDispatch } from '../workspace/use-plan-dispatch';
import { RaciRow } from './RaciRow';
import { useTeams } from './use-raci';

const CYCLE: Array<RaciLetter | null> = [null, 'R', 'A', 'C', 'I'];

interface RaciMatrixProps {
  raci: RaciSection;
  check: RaciCheck;
  problemsOnly: boolean;
}

/**
 * The matrix as an ARIA grid: one tab stop, arrow keys move like a
 * spreadsheet, R/A/C/I type a letter, Delete clears; a click selects a cell, and a click on
 * the selected cell or Enter cycles.
 * Rows are grouped by phase, columns by team; broken rows and cells are marked
 * in words as well as colour.
 */
export function RaciMatrix({ raci, check, problemsOnly }: RaciMatrixProps) {
  const { t } = useTranslation();
  const dispatch = usePlanDispatch();
  const teams = useTeams();
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const [message, setMessage] = useState('');
  const grid = useRef<HTMLTableElement>(null);

  const problemsByActivity = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const issue of check.issues) {
      if (!issue.activityId) continue;
      map.set(issue.activityId, [...(map.get(issue.activityId) ?? []), issue.rule]);
    }
    return map;
  }, [check.issues]);
  const roleProblems = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const issue of check.issues) {
      if (issue.roleId) map.set(issue.roleId, [...(map.get(issue.roleId) ?? []), issue.rule]);
    }
    return map;
  }, [check.issues]);

  const ordered = useMemo(() => activitiesInPhaseOrder(raci.activities), [raci.activities]);
  const rows = useMemo(
    () => ordered.filter((a) => !problemsOnly || problemsByActivity.has(a.id)),
    [ordered, problemsOnly, problemsByActivity],
  );
  const teamGroups = useMemo(() => {
    const groups: Array<{ teamId: string; count: number }> = [];
    for (const role of raci.roles) {
      const last = groups.at(-1);
      if (last && last.teamId === role.teamId) last.count += 1;
      else groups.push({ teamId: role.teamId, count: 1 });
    }
    return groups;
  }, [raci.roles]);

  /** Types a letter (or clears) at a grid position; also how a click cycles through the letters. */
  const setCell = useCallback(
    (row: number, col: number, letter: RaciLetter | null) => {
      const activity = rows[row];
      const role = raci.roles[col];
      if (!activity || !role) return;
      dispatch([{ type: 'raci.cell.set', activityId: activity.id, roleId: role.id, letter }]);
    },
    [rows, raci.roles, dispatch],
  );
  const cycle = useCallback(
    (row: number, col: number) => {
      const activity = rows[row];
      const role = raci.roles[col];
      const letter = activity && role ? (raci.cells[activity.id]?.[role.id] ?? null) : null;
      setCell(row, col, CYCLE[(CYCLE.indexOf(letter) + 1) % CYCLE.length] ?? null);
    },
    [rows, raci.roles, raci.cells, setCell],
  );
  const moveTo = (row: number, col: number) => {
    const next = {
      row: Math.max(0, Math.min(rows.length - 1, row)),
      col: Math.max(0, Math.min(raci.roles.length - 1, col)),
    };
    setFocus(next);
    grid.current?.querySelector<HTMLElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  };

  // Stable handlers for the memoized rows: they read the latest state through a ref.
  const latest = useRef({ cycle, setFocus });
  useLayoutEffect(() => {
    latest.current = { cycle, setFocus };
  }, [cycle]);
  // The roles' header row sticks right under the teams' row, however tall a long team name
  // ("Operaciones de ingresos") makes that row: measured, not guessed.
  useLayoutEffect(() => {
    const table = grid.current;
    const teams = table?.querySelector('thead tr');
    if (table && teams instanceof HTMLElement) {
      table.style.setProperty('--raci-team-row', `${teams.offsetHeight}px`);
    }
  });
  // The first click on a cell selects it, as in a spreadsheet; a click on the selected cell
  // cycles its letter. (Cycling on the first click set R on a cell clicked only to reach it.)
  const onCellClick = useCallback((row: number, col: number, wasActive: boolean) => {
    latest.current.setFocus({ row, col });
    if (wasActive) latest.current.cycle(row, col);
  }, []);
  const onCellFocus = useCallback((row: number, col: number) => {
    latest.current.setFocus((current) =>
      current.row === row && current.col === col ? current : { row, col },
    );
  }, []);
  const overloaded = raci.roles
    .filter((r) => (roleProblems.get(r.id) ?? []).includes('overload'))
    .map((r) => r.id)
    .join('|');

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    if (!target.dataset.cell) return;
    const { row, col } = focus;
    const key = event.key;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [row - 1, col],
      ArrowDown: [row + 1, col],
      ArrowLeft: [row, col - 1],
      ArrowRight: [row, col + 1],
      Home: [row, 0],
      End: [row, raci.roles.length - 1],
    };
    const move = moves[key];
    if (move) {
      event.preventDefault();
      moveTo(move[0], move[1]);
      return;
    }
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
    if (
      key.length === 1 &&
      /\p{L}/u.test(key) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey
    ) {
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

  if (raci.activities.length === 0 || raci.roles.length === 0) return null;

  return (
    <div className="raci-wrap">
      <p className="raci-message" role="status" aria-live="assertive">
        {message}
      </p>
      <div className="raci-scroll">
        <table
          ref={grid}
          role="grid"
          className="raci-grid"
          aria-label={t('raci.gridLabel')}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="raci-corner">
                {t('raci.activity')}
              </th>
              {teamGroups.map((group, i) => (
                <th
                  key={`${group.teamId}-${i}`}
                  scope="colgroup"
                  colSpan={group.count}
                  className={`raci-team team-${teams.get(group.teamId)?.kind ?? 'other'}`}
                >
                  {teams.get(group.teamId)?.name}
                </th>
              ))}
            </tr>
            <tr>
              {raci.roles.map((role) => {
                const problems = roleProblems.get(role.id) ?? [];
                return (
                  <th
                    key={role.id}
                    scope="col"
                    className={`raci-role${problems.includes('overload') ? ' has-warning' : ''}`}
                  >
                    {role.name}
                    {problems.map((rule) => (
                      <span key={rule} className={`raci-flag flag-${rule}`}>
                        {t(`raci.flags.${rule}`)}
                      </span>
                    ))}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {RACI_PHASES.map((phase) => {
              const phaseRows = rows
                .map((a, index) => ({ a, index }))
                .filter(({ a }) => a.phase === phase);
              if (phaseRows.length === 0) return null;
              return [
                <tr key={`phase-${phase}`} className="raci-phase">
                  <th scope="rowgroup" colSpan={raci.roles.length + 1}>
                    {t(`raci.phases.${phase}`)}
                  </th>
                </tr>,
                ...phaseRows.map(({ a, index }, position) => (
                  <RaciRow
                    key={a.id}
                    activity={a}
                    index={index}
                    cells={raci.cells[a.id]}
                    roles={raci.roles}
                    focusedCol={focus.row === index ? focus.col : null}
                    problems={(problemsByActivity.get(a.id) ?? []).join('|')}
                    overloaded={overloaded}
                    previous={phaseRows[position - 1]?.a}
                    next={phaseRows[position + 1]?.a}
                    onCellClick={onCellClick}
                    onCellFocus={onCellFocus}
                  />
                )),
              ];
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Rows as the grid shows them: grouped by phase, in the plan's order within a phase. */
export function activitiesInPhaseOrder(activities: readonly RaciActivity[]): RaciActivity[] {
  return RACI_PHASES.flatMap((phase) => activities.filter((a) => a.phase === phase));
}
