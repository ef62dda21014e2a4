import type { ActualsImport } from '../domain/actuals';
import { monthsBetween } from './review-figures';

/**
 * How an import knows a stage: it dates it ('dated'), or counts the records passing through
 * it on the way between two stages it dates ('passing'). A stage before the first or after
 * the last stage an export dates is not measured by it: no figure, never a zero.
 */
export function howCounted(
  entry: Pick<ActualsImport, 'measured' | 'counting'>,
  stageId: string,
  path: readonly string[],
): 'dated' | 'passing' | null {
  if (entry.measured.includes(stageId)) return 'dated';
  if (entry.counting !== 'passThrough') return null;
  const at = path.indexOf(stageId);
  if (at < 0) return null;
  let first = -1;
  let last = -1;
  path.forEach((id, index) => {
    if (!entry.measured.includes(id)) return;
    if (first < 0) first = index;
    last = index;
  });
  return first >= 0 && first < at && at < last ? 'passing' : null;
}

/**
 * The import that speaks for a stage in a month, where several cover the month (contacts
 * and deals of the same months sit side by side): one that dates the stage before one
 * that counts it passing through, then the latest imported.
 */
export function importFor(
  imports: readonly ActualsImport[],
  path: readonly string[],
  stageId: string,
  month: string,
): ActualsImport | undefined {
  let best: { entry: ActualsImport; rank: number } | undefined;
  for (const entry of imports) {
    if (month < entry.firstMonth || entry.lastMonth < month) continue;
    const how = howCounted(entry, stageId, path);
    if (how === null) continue;
    const rank = how === 'dated' ? 1 : 0;
    if (
      !best ||
      rank > best.rank ||
      (rank === best.rank && entry.importedAt > best.entry.importedAt)
    ) {
      best = { entry, rank };
    }
  }
  return best?.entry;
}

/** Records that entered a stage in a month, or null where no import measures it then. */
export function enteredIn(
  imports: readonly ActualsImport[],
  path: readonly string[],
  stageId: string,
  month: string,
): number | null {
  const entry = importFor(imports, path, stageId, month);
  if (!entry) return null;
  return entry.months.find((m) => m.month === month && m.stageId === stageId)?.entered ?? 0;
}

/**
 * The share of a month an import saw: an export taken on 10 April saw a third of April, so
 * April is compared with a third of a month's plan. 1 for every earlier month.
 */
export function monthSeen(entry: Pick<ActualsImport, 'asOf'>, month: string): number {
  if (entry.asOf.slice(0, 7) !== month) return 1;
  const [year = 1970, index = 1, day = 1] = entry.asOf.split('-').map(Number);
  const days = new Date(Date.UTC(year, index, 0)).getUTCDate();
  return day / days;
}

/** Every month any import covers, in order: a month with no records in it is a zero, too. */
export function importedMonths(
  imports: ReadonlyArray<Pick<ActualsImport, 'firstMonth' | 'lastMonth'>>,
): string[] {
  return [
    ...new Set(imports.flatMap((entry) => monthsBetween(entry.firstMonth, entry.lastMonth))),
  ].sort();
}
