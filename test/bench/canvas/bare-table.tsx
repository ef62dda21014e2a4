import { useState, type KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The floor for the RACI benchmarks: a React table of the same size with a
 * roving focus and letters typed into cells, and nothing else of the app.
 */
const ROWS = 200;
const COLS = 40;

function BareTable() {
  const [cells, setCells] = useState<Record<string, string>>({});
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const onKeyDown = (event: KeyboardEvent) => {
    const { row, col } = focus;
    if (event.key === 'ArrowRight') setFocus({ row, col: Math.min(COLS - 1, col + 1) });
    else if (/^[rac i]$/i.test(event.key))
      setCells({ ...cells, [`${row}-${col}`]: event.key.toUpperCase() });
  };
  return (
    <table role="grid" onKeyDown={onKeyDown}>
      <tbody>
        {Array.from({ length: ROWS }, (_, row) => (
          <tr key={row}>
            <th scope="row">Activity {row}</th>
            {Array.from({ length: COLS }, (_, col) => (
              <td
                key={col}
                role="gridcell"
                tabIndex={focus.row === row && focus.col === col ? 0 : -1}
                data-cell={`${row}-${col}`}
              >
                {cells[`${row}-${col}`] ?? ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Drawn when the address asks for it, as the app draws a section when its tab is chosen:
// both are timed from the change of address, in a page already loaded.
const root = document.getElementById('root');
const show = () => {
  if (root && window.location.hash === '#show') createRoot(root).render(<BareTable />);
};
window.addEventListener('hashchange', show);
show();
