import { AlertCircle, AlertTriangle } from 'lucide-react';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaciActivity, RaciRole } from '../../../shared/domain/raci';
import { useAppStore } from '../../store/store-context';
import { ActivityActions } from './ActivityActions';
import type { CellLabel } from './cell-label';
import { ACTIONS_COL, useFocusedColumn, type GridFocus } from './grid-focus';
import { raciOf, useActivityProblems, useOverloadedRoles } from './use-raci';

interface RaciRowProps {
  /** The virtualiser's measure of the drawn row's height. */
  measure: (row: HTMLTableRowElement | null) => void;
  /** Its place among the body's rows (phase headings included). */
  position: number;
  activity: RaciActivity;
  index: number;
  roles: readonly RaciRole[];
  /** The grid's tab stop: the row draws again when it comes to or leaves one of its cells. */
  focus: GridFocus;
  previous: RaciActivity | undefined;
  next: RaciActivity | undefined;
  /** A cell's accessible name: "activity, role: letter" in the interface's language. */
  cellLabel: CellLabel;
  /** A click; `wasActive` tells whether the cell already had the focus before it. */
  onCellClick: (row: number, col: number, wasActive: boolean) => void;
  onCellFocus: (row: number, col: number) => void;
}

/**
 * One activity of the matrix. It reads its own letters and problems from the plan: typing a
 * letter redraws the row it lands in (and a move, the rows the focus leaves and enters),
 * not the 200 others or the matrix.
 */
export const RaciRow = memo(function RaciRow(props: RaciRowProps) {
  /** Whether the cell clicked already had the focus when the mouse went down. */
  const activeOnPress = useRef(false);
  const { activity, index, roles, previous, next, onCellClick, onCellFocus } = props;
  const focusedCol = useFocusedColumn(props.focus, index);
  const { measure, position, cellLabel } = props;
  const { t } = useTranslation();
  const cells = useAppStore((s) => raciOf(s).cells[activity.id]);
  const problemsText = useActivityProblems(activity.id);
  const overloadedText = useOverloadedRoles();
  const problems = problemsText ? problemsText.split('|') : [];
  const overloaded = new Set(overloadedText ? overloadedText.split('|') : []);
  const hasError = problems.some((p) => p !== 'oneTeamHandoff');
  return (
    <tr
      ref={measure}
      data-index={position}
      // Two header rows come first, and aria-rowindex counts from 1.
      aria-rowindex={position + 3}
      className={hasError ? 'row-error' : problems.length > 0 ? 'row-warning' : undefined}
    >
      <th scope="row" className="raci-activity">
        <div className="raci-activity-head">
          <span>{activity.name}</span>
          <ActivityActions
            activity={activity}
            row={index}
            tabStop={focusedCol === ACTIONS_COL}
            onFocus={onCellFocus}
            previous={previous}
            next={next}
          />
        </div>
        {problems.map((rule) => (
          <span key={rule} className={`raci-problem problem-${rule}`}>
            {rule === 'oneTeamHandoff' ? (
              <AlertTriangle aria-hidden size={14} />
            ) : (
              <AlertCircle aria-hidden size={14} />
            )}
            {t(`raci.problems.${rule}`)}
          </span>
        ))}
      </th>
      {roles.map((role, col) => {
        const letter = cells?.[role.id] ?? null;
        const flagged =
          (letter === 'A' && problems.includes('severalAccountable')) ||
          (letter === 'R' && overloaded.has(role.id));
        return (
          <td
            key={role.id}
            role="gridcell"
            data-cell={`${index}-${col}`}
            tabIndex={focusedCol === col ? 0 : -1}
            aria-label={cellLabel(activity.name, role.name, letter)}
            className={`raci-cell${letter ? ` letter-${letter}` : ''}${flagged ? ' is-flagged' : ''}`}
            onMouseDown={(event) => {
              activeOnPress.current = document.activeElement === event.currentTarget;
            }}
            onClick={() => onCellClick(index, col, activeOnPress.current)}
            onFocus={() => onCellFocus(index, col)}
          >
            {letter ?? ''}
          </td>
        );
      })}
    </tr>
  );
});
