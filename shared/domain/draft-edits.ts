/**
 * Removals made in place on a reducer's draft. A list or record rebuilt whole (a filtered
 * copy assigned back) is recorded by immer as the whole list, in the undo step's patches and
 * again in its inverse, and counts as changed throughout for undo's paths and for the check
 * that parses what changed. Taken out in place, a removal records only the entries it moved
 * or dropped: a plan's undo history stays the size of its edits, not of its lists.
 */

/** Takes out of `list` every item `drop` picks, keeping the others' order. */
export function removeWhere<T>(list: T[], drop: (item: T) => boolean): void {
  for (let index = list.length - 1; index >= 0; index--) {
    if (drop(list[index] as T)) list.splice(index, 1);
  }
}

/** Takes `key` out of `record` when it is there. */
export function removeKey(record: Record<string, unknown>, key: string): void {
  if (Object.hasOwn(record, key)) Reflect.deleteProperty(record, key);
}
