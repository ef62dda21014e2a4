import { applyPatches, enablePatches, type Patch } from 'immer';
import { DomainError, describeIssues } from './errors';
import { planChangeIssues, type PlanDoc } from './plan-doc';

/**
 * What undo needs to decide, the same on a laptop and on the team server: which parts of
 * the plan a step touched, whether a later step touched any of them, and how its stored
 * patches are replayed. Undo takes back one person's step only where nobody changed the
 * same thing since; that is what keeps it from overwriting someone else's newer edit.
 */

enablePatches();

/**
 * The paths where two versions of a plan differ. A list item with an id is named by its id
 * ("funnel/stages/@s3/name"), so an edit to one stage does not touch another however the
 * list is ordered; a list whose items were added, removed or reordered is touched whole,
 * since that moves every position in it. Unchanged branches are the same objects in
 * documents made by the reducer, so this walks only what changed.
 */
export function touchedPaths(before: unknown, after: unknown): string[] {
  const paths: string[] = [];
  walk(before, after, '', paths);
  return paths;
}

function walk(before: unknown, after: unknown, path: string, paths: string[]): void {
  if (Object.is(before, after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length || before.some((item, i) => !sameKey(item, after[i]))) {
      paths.push(path);
      return;
    }
    before.forEach((item, i) => {
      // Only a changed item's key is written out: most of a long list is the same objects.
      if (!Object.is(item, after[i])) walk(item, after[i], `${path}/${itemKey(item, i)}`, paths);
    });
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      walk(before[key], after[key], `${path}/${escape(key)}`, paths);
    }
    return;
  }
  paths.push(path);
}

function itemKey(item: unknown, index: number): string {
  return isRecord(item) && typeof item.id === 'string' ? `@${escape(item.id)}` : String(index);
}

/** Whether two items at one position have the same key: the same id, or neither has one. */
function sameKey(a: unknown, b: unknown): boolean {
  const idA = isRecord(a) && typeof a.id === 'string' ? a.id : undefined;
  const idB = isRecord(b) && typeof b.id === 'string' ? b.id : undefined;
  return idA === idB;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys are written as in a JSON pointer, so a key holding "/" cannot pose as a deeper path. */
function escape(key: string): string {
  // Nearly every key is an id or a field name with neither character: returned as it is.
  if (!key.includes('~') && !key.includes('/')) return key;
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * Whether two steps touched the same thing: one's path is the other's or lies inside it.
 * A step whose paths are not known (stored before they were recorded) touched everything.
 */
export function overlaps(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return true;
  return a.some((p) => b.some((q) => p === q || p.startsWith(`${q}/`) || q.startsWith(`${p}/`)));
}

/** The paths of two steps as one (a step merged into the one before it). */
export function joinPaths(
  a: readonly string[] | null,
  b: readonly string[] | null,
): string[] | null {
  return a === null || b === null ? null : [...new Set([...a, ...b])];
}

/** Replays stored patches (an undo or a redo); the result is checked like any other write. */
export function applyStoredPatches(doc: PlanDoc, patches: readonly Patch[]): PlanDoc {
  let next: unknown;
  try {
    next = applyPatches(doc, patches as Patch[]);
  } catch (error) {
    throw noLongerApplies(error instanceof Error ? error.message : String(error));
  }
  const issues = planChangeIssues(doc, next);
  if (issues.length > 0) throw noLongerApplies(describeIssues(issues));
  return next as PlanDoc;
}

function noLongerApplies(detail: string): DomainError {
  return new DomainError('CONFLICT', `stored change no longer applies: ${detail}`, {
    code: 'undo.noLongerApplies',
  });
}
