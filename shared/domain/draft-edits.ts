import { current, isDraft } from 'immer';

/**
 * Lookups and removals on a reducer's draft.
 *
 * Removals are made in place. A list or record rebuilt whole (a filtered copy assigned back)
 * is recorded by immer as the whole list, in the undo step's patches and again in its
 * inverse, and counts as changed throughout for undo's paths and for the check that parses
 * what changed. Taken out in place, a removal records only the entries it moved or dropped:
 * a plan's undo history stays the size of its edits, not of its lists.
 */

/**
 * The items of a list, a draft or not, as plain objects to read. Read through a draft, every
 * item passed became a draft of its own: a search for one id among fifty people made fifty
 * drafts, most of an edit's time. A draft not yet changed in this edit is its original list.
 */
export function plainItems<T>(list: readonly T[]): readonly T[] {
  return isDraft(list) ? (current(list as unknown as object) as readonly T[]) : list;
}

/** Takes out of `list` every item `drop` picks, keeping the others' order. */
export function removeWhere<T>(list: T[], drop: (item: T) => boolean): void {
  const items = plainItems(list);
  for (let index = items.length - 1; index >= 0; index--) {
    if (drop(items[index] as T)) list.splice(index, 1);
  }
}

/** Takes `key` out of `record` when it is there. */
export function removeKey(record: Record<string, unknown>, key: string): void {
  if (Object.hasOwn(record, key)) Reflect.deleteProperty(record, key);
}

/** Where the item with `id` is in a list, a draft or not; -1 when it is not there. */
export function indexById<T extends { id: string }>(list: readonly T[], id: string): number {
  return plainItems(list).findIndex((item) => item.id === id);
}

/** Whether a list, a draft or not, holds an item with `id`. */
export function hasId(list: readonly { id: string }[], id: string): boolean {
  return indexById(list, id) >= 0;
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
