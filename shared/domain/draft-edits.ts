import { isDraft, original } from 'immer';

/**
 * Lookups and removals on a reducer's draft.
 *
 * Removals are made in place. A list or record rebuilt whole (a filtered copy assigned back)
 * is recorded by immer as the whole list, in the undo step's patches and again in its
 * inverse, and counts as changed throughout for undo's paths and for the check that parses
 * what changed. Taken out in place, a removal records only the entries it moved or dropped:
 * a plan's undo history stays the size of its edits, not of its lists.
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

/**
 * Where the item with `id` is in a draft list. It is looked for in the list as it was before
 * this edit, plain objects, and confirmed on the draft: read through the draft, the search
 * made a draft of every item it passed, two hundred of them to set one RACI letter. An item
 * added or moved earlier in the same edit is found by searching the draft itself.
 */
export function indexById<T extends { id: string }>(list: T[], id: string): number {
  const before = isDraft(list) ? original<Array<{ id: string }>>(list) : undefined;
  if (before) {
    const index = before.findIndex((item) => item.id === id);
    if (index >= 0 && list[index]?.id === id) return index;
  }
  return list.findIndex((item) => item.id === id);
}

/** The item with `id` in a draft list (its draft), found as indexById finds it. */
export function findById<T extends { id: string }>(list: T[], id: string): T | undefined {
  const index = indexById(list, id);
  return index >= 0 ? list[index] : undefined;
}

/** Takes the item with `id` out of a draft list, when it is there. */
export function removeById<T extends { id: string }>(list: T[], id: string): void {
  const index = indexById(list, id);
  if (index >= 0) list.splice(index, 1);
}
