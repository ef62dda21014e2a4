/** How long records took between stages, in days: the count, the median and the 90th percentile. */
export interface TimeSummary {
  count: number;
  medianDays: number;
  p90Days: number;
}

/** How many of a cohort reached the next stage within the horizon (days; null: not yet). */
export function countWithin(reachedAfter: ReadonlyArray<number | null>, horizon: number): number {
  let reached = 0;
  for (const days of reachedAfter) if (days !== null && days <= horizon) reached++;
  return reached;
}

export function summarise(days: number[]): TimeSummary | null {
  if (days.length === 0) return null;
  // A typed array sorts numbers as numbers without calling back into a comparator: a
  // step's hundred thousand durations sort several times faster.
  const sorted = Float64Array.from(days).sort();
  return {
    count: sorted.length,
    medianDays: quantile(sorted, 0.5),
    p90Days: quantile(sorted, 0.9),
  };
}

/** The q-quantile of sorted values, interpolated between neighbours (as spreadsheets do). */
function quantile(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] ?? 0;
  const high = sorted[above] ?? low;
  return low + (high - low) * (position - below);
}
