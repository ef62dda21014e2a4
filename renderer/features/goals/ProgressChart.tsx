import { useTranslation } from 'react-i18next';
import type { Goal } from '../../../shared/domain/goals';
import type { NumberFormats } from '../funnel/format-numbers';
import { formatDate } from '../../ui/format';

const W = 520;
const H = 180;
const PAD = { left: 56, right: 16, top: 16, bottom: 28 };

/**
 * Check-in values over time, between the baseline and the target lines, from
 * the goal's start to its deadline when they are set.
 */
export function ProgressChart({ goal, formats }: { goal: Goal; formats: NumberFormats }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string | undefined) => (iso ? formatDate(iso, i18n.language) : '');
  const points = goal.checkIns.map((c) => ({ x: Date.parse(c.date), y: c.value, id: c.id }));
  const xs = [
    ...points.map((p) => p.x),
    ...(goal.start ? [Date.parse(goal.start)] : []),
    ...(goal.deadline ? [Date.parse(goal.deadline)] : []),
  ];
  const ys = [
    ...points.map((p) => p.y),
    ...(goal.baseline !== null ? [goal.baseline] : []),
    ...(goal.target !== null ? [goal.target] : []),
  ];
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys, 0), Math.max(...ys)];
  const sx = (x: number) =>
    PAD.left + (x1 === x0 ? 0.5 : (x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
  const sy = (y: number) =>
    H - PAD.bottom - (y1 === y0 ? 0.5 : (y - y0) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`)
    .join(' ');
  const latest = points.at(-1);

  return (
    <svg
      className="progress-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={t('goals.checkIns.chart', {
        count: points.length,
        latest: formats.decimal(latest?.y),
      })}
    >
      {goal.target !== null && (
        <g className="chart-target">
          <line x1={PAD.left} x2={W - PAD.right} y1={sy(goal.target)} y2={sy(goal.target)} />
          <text x={PAD.left - 6} y={sy(goal.target) + 4} textAnchor="end">
            {formats.decimal(goal.target)}
          </text>
        </g>
      )}
      {goal.baseline !== null && (
        <g className="chart-baseline">
          <line x1={PAD.left} x2={W - PAD.right} y1={sy(goal.baseline)} y2={sy(goal.baseline)} />
          <text x={PAD.left - 6} y={sy(goal.baseline) + 4} textAnchor="end">
            {formats.decimal(goal.baseline)}
          </text>
        </g>
      )}
      <path d={path} className="chart-line" />
      {points.map((p) => (
        <circle
          key={p.id}
          cx={sx(p.x)}
          cy={sy(p.y)}
          r={5}
          className="chart-point"
          data-value={p.y}
        />
      ))}
      <text x={PAD.left} y={H - 8} className="chart-axis">
        {day(goal.start ?? goal.checkIns[0]?.date)}
      </text>
      <text x={W - PAD.right} y={H - 8} textAnchor="end" className="chart-axis">
        {day(goal.deadline ?? goal.checkIns.at(-1)?.date)}
      </text>
    </svg>
  );
}
