import type { TFunction } from 'i18next';
import { useId } from 'react';
import { chartLabelLines } from './chart-label-lines';
import type { StageNumbers } from '../../../shared/domain/funnel-math';
import type { NumberFormats } from './format-numbers';
import './funnel-chart.css';

export interface FunnelChartLabels {
  title: string;
  description: string;
  forecast: string;
  required: string;
  short: (value: string) => string;
}

/** The chart's words in a language: the app's, a report's or the presenter's. */
export function funnelChartLabels(t: TFunction): FunnelChartLabels {
  return {
    title: t('funnel.chart.title'),
    description: t('funnel.chart.description'),
    forecast: t('funnel.forecast'),
    required: t('funnel.required'),
    short: (value: string) => t('funnel.chart.short', { value }),
  };
}

interface FunnelChartProps {
  rows: StageNumbers[];
  names: ReadonlyMap<string, string>;
  formats: NumberFormats;
  labels: FunnelChartLabels;
  width?: number;
}

const BAND = 46;
const GAP = 8;
const LABEL_WIDTH = 150;
const VALUES_WIDTH = 150;
/** Letters of a stage's name (bold, 15 units) that fit the label column on one line. */
const LABEL_CHARS = 15;
/** Lines a name may take beside its band, and the distance between them. */
const LABEL_LINES = 2;
const LABEL_LINE_HEIGHT = 17;

/**
 * The classic funnel drawing: one band per stage on the main path, its width
 * growing with its forecast volume; the required volume is a dashed outline, and where the
 * forecast falls short the missing part is hatched and the shortfall written
 * out. Pure SVG from props, so the report and the PDF draw the same chart.
 */
export function FunnelChart({ rows, names, formats, labels, width = 640 }: FunnelChartProps) {
  const id = useId();
  const plotWidth = width - LABEL_WIDTH - VALUES_WIDTH;
  const center = LABEL_WIDTH + plotWidth / 2;
  const largest = Math.max(1, ...rows.flatMap((r) => [r.forecast ?? 0, r.required ?? 0]));
  // Square-root widths: the top of a funnel is often 100× its bottom, and a linear
  // scale would shrink the lower stages to slivers. Both bands of a row share the scale.
  const half = (value: number | null) =>
    value === null ? 0 : Math.max(3, Math.sqrt(Math.max(0, value) / largest) * (plotWidth / 2));
  const height = rows.length * (BAND + GAP) + 28;

  return (
    <svg
      className="funnel-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMidYMin meet"
    >
      <title id={`${id}-title`}>{labels.title}</title>
      <desc id={`${id}-desc`}>{labels.description}</desc>
      <defs>
        <pattern
          id={`${id}-hatch`}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" fill="#fee2e2" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#b91c1c" strokeWidth="3" />
        </pattern>
      </defs>
      <g className="funnel-chart-legend" transform={`translate(${LABEL_WIDTH}, 12)`}>
        <rect x="0" y="-9" width="14" height="10" className="band-forecast" />
        <text x="20" y="0">
          {labels.forecast}
        </text>
        <rect x="120" y="-9" width="14" height="10" className="band-required" />
        <text x="140" y="0">
          {labels.required}
        </text>
      </g>
      {rows.map((row, index) => {
        const y = 24 + index * (BAND + GAP);
        const f = half(row.forecast);
        const r = half(row.required);
        const short = row.gap !== null && row.gap < 0;
        return (
          <g key={row.stageId}>
            <StageLabel
              name={names.get(row.stageId) ?? ''}
              x={LABEL_WIDTH - 12}
              middle={y + BAND / 2}
            />
            {short && (
              <rect x={center - r} y={y} width={r * 2} height={BAND} fill={`url(#${id}-hatch)`} />
            )}
            <rect
              x={center - f}
              y={y}
              width={f * 2}
              height={BAND}
              rx="4"
              className="band-forecast"
            />
            {row.required !== null && (
              <rect
                x={center - r}
                y={y + 1}
                width={r * 2}
                height={BAND - 2}
                rx="4"
                className="band-required"
              />
            )}
            <text x={LABEL_WIDTH + plotWidth + 12} y={y + 18} className="chart-value">
              {formats.volume(row.forecast)}
            </text>
            <text
              x={LABEL_WIDTH + plotWidth + 12}
              y={y + 36}
              className={`chart-value-sub${short ? ' is-short' : ''}`}
            >
              {short
                ? labels.short(formats.volume(-(row.gap ?? 0)))
                : `${labels.required}: ${formats.volume(row.required)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A stage's name, right-aligned to `x` and centred on `middle`, on one or two lines. */
function StageLabel({ name, x, middle }: { name: string; x: number; middle: number }) {
  const lines = chartLabelLines(name, LABEL_CHARS, LABEL_LINES);
  // The first line's baseline: the lines' block centred on the band (5 lowers a line's
  // baseline from its middle).
  const first = middle + 5 - ((lines.length - 1) * LABEL_LINE_HEIGHT) / 2;
  return (
    <text x={x} y={first} textAnchor="end" className="chart-stage">
      {lines.map((line, index) => (
        <tspan key={index} x={x} dy={index === 0 ? 0 : LABEL_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
