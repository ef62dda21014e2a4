/** How many alternating subject/floor rounds every benchmark's ratio is the median of. */
export const ROUNDS = 5;

export interface RoundsResult {
  /** Median of the subject's measurements over every round. */
  subject: number;
  /** Median of the floor's measurements over every round. */
  floor: number;
  /** Median of the rounds' own ratios: one noisy round can neither pass nor fail it. */
  ratio: number;
  /** Every round's ratio, in order, for the record. */
  ratios: number[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Measures floor and subject in turn, `rounds` times, each round a floor then a subject
 * (the floor first, so a machine getting busier would count against the subject, never
 * for it), and compares them round by round.
 */
export async function alternateRounds(
  measure: { floor: () => Promise<number>; subject: () => Promise<number> },
  rounds = ROUNDS,
): Promise<RoundsResult> {
  const floors: number[] = [];
  const subjects: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    floors.push(await measure.floor());
    subjects.push(await measure.subject());
  }
  return summarise(subjects, floors);
}

/** The rounds' figures: medians of each side, and the median of the rounds' ratios. */
export function summarise(subjects: readonly number[], floors: readonly number[]): RoundsResult {
  const ratios = subjects.map((subject, index) => subject / (floors[index] ?? Number.NaN));
  return { subject: median(subjects), floor: median(floors), ratio: median(ratios), ratios };
}
