import { AlertCircle, AlertTriangle } from 'lucide-react';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RaciActivity, RaciLetter, RaciRole } from '../../../shared/domain/raci';
import { ActivityActions } from './ActivityActions';
import type { CellLabel } from './cell-label';
import { useFocusedColumn, type GridFocus } from './grid-focus';

interface RaciRowProps {
  /** The virtualiser's measure of the drawn row's height. */
  measure: (row: HTMLTableRowElement | null) => void;
  /** Its place among the body's rows (phase headings included). */
  position: number;
  activity: RaciActivity;
  index: number;
  cells: Readonly<Record<string, RaciLetter>> | undefined;
  roles: readonly RaciRole[];
  /** The grid's tab stop: the row draws again when it comes to or leaves one of its cells. */
  focus: GridFocus;
  /** This row's rule problems, joined with "|" so an unchanged row compares equal. */
  problems: string;
  /** Roles flagged as overloaded, joined with "|". */
  overloaded: string;
  previous: RaciActivity | undefined;
  next: RaciActivity | undefined;
  /** A cell's accessible name: "activity, role: letter" in the interface's language. */
  cellLabel: CellLabel;
  /** A click; `wasActive` tells whether the cell already had the focus before it. */
  onCellClick: (row: number, col: number, wasActive: boolean) => void;
  onCellFocus: (row: number, col: number) => void;
}

/**
 * One activity of the matrix. Memoized: typing a letter re-renders the row it
 * lands in (and the row the focus leaves), not the 200 others.
 */
export const RaciRow = memo(function RaciRow(props: RaciRowProps) {
  /** Whether the cell clicked already had the focus when the mouse went down. */
  const activeOnPress = useRef(false);
  const { activity, index, cells, roles, previous, next, onCellClick, onCellFocus } = props;
  const focusedCol = useFocusedColumn(props.focus, index);
  const { measure, position, cellLabel } = props;
  const { t } = useTranslation();
  const problems = props.problems ? props.problems.split('|') : [];
  const overloaded = new Set(props.overloaded ? props.overloaded.split('|') : []);
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
          <ActivityActions activity={activity} previous={previous} next={next} />
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
