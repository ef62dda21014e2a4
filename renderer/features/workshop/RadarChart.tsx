import { useId } from 'react';
import './radar-chart.css';

export interface RadarSeries {
  label: string;
  /** One value per axis on the 1–5 scale; null where nothing was answered. */
  values: ReadonlyArray<number | null>;
  className: string;
}

interface RadarChartProps {
  axes: readonly string[];
  series: readonly RadarSeries[];
  title: string;
  description: string;
  size?: number;
}

const MIN = 1;
const MAX = 5;

/**
 * The classic radar: one axis per dimension from 1 at the centre to 5 at the
 * rim, one closed shape per team, so where the shapes part the teams
 * disagree. Pure SVG from props, so the screen and a report draw the same.
 */
export function RadarChart({ axes, series, title, description, size = 420 }: RadarChartProps) {
  const id = useId();
  // Wider than tall: the labels left and right of the shape need the room.
  const width = size * 1.5;
  const centerX = width / 2;
  const center = size / 2;
  const radius = size / 2 - 70;
  const angle = (i: number) => (Math.PI * 2 * i) / axes.length - Math.PI / 2;
  const point = (i: number, value: number) => {
    const r = ((value - MIN) / (MAX - MIN)) * radius;
    return [centerX + Math.cos(angle(i)) * r, center + Math.sin(angle(i)) * r] as const;
  };
  const ring = (value: number) => axes.map((_, i) => point(i, value).join(',')).join(' ');
  return (
    <svg
      className="radar-chart"
      viewBox={`0 0 ${width} ${size}`}
      width={width}
      height={size}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {[2, 3, 4, 5].map((v) => (
        <polygon key={v} points={ring(v)} className="radar-ring" />
      ))}
      {axes.map((axis, i) => {
        const [x, y] = point(i, MAX);
        const [lx, ly] = point(i, MAX + 0.7);
        const lines = wrap(axis);
        return (
          <g key={axis}>
            <line x1={centerX} y1={center} x2={x} y2={y} className="radar-axis" />
            <text
              x={lx}
              y={ly - ((lines.length - 1) * 20) / 2}
              className="radar-label"
              textAnchor={Math.abs(lx - centerX) < 10 ? 'middle' : lx > centerX ? 'start' : 'end'}
              dominantBaseline="middle"
            >
              {lines.map((line, n) => (
                <tspan key={n} x={lx} dy={n === 0 ? 0 : 20}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      {series.map((s) => (
        <polygon
          key={s.label}
          className={`radar-shape ${s.className}`}
          points={s.values.map((v, i) => point(i, v ?? MIN).join(',')).join(' ')}
        />
      ))}
    </svg>
  );
}

/** A long axis name on two lines, split at the space nearest its middle. */
function wrap(label: string): string[] {
  if (label.length <= 16) return [label];
  const middle = label.length / 2;
  let best = -1;
  for (let i = 0; i < label.length; i++) {
    if (label[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  }
  return best < 0 ? [label] : [label.slice(0, best), label.slice(best + 1)];
}
