import type { VirtualItem } from '@tanstack/react-virtual';

/**
 * The drawn rows in order with a spacer wherever rows are left out (above the view, below
 * it, and around the tab stop's row when it is away from the view), so the table keeps
 * its full height and every drawn row sits where it would be.
 */
export function withSpacers<T>(
  items: readonly VirtualItem[],
  top: number,
  bottom: number,
  spacer: (height: number, key: string) => T,
  row: (item: VirtualItem) => T,
): T[] {
  const out: T[] = [];
  let cursor = top;
  for (const item of items) {
    if (item.start > cursor) out.push(spacer(item.start - cursor, `gap-${item.index}`));
    out.push(row(item));
    cursor = item.end;
  }
  if (bottom > cursor) out.push(spacer(bottom - cursor, 'gap-end'));
  return out;
}

/** The sticky activity column's width: cells scroll clear of it. */
export function activityColumnWidth(table: HTMLTableElement | null): number {
  return table?.querySelector<HTMLElement>('.raci-corner')?.offsetWidth ?? 0;
}

/**
 * Scrolls `box` so `cell` shows whole below the sticky header and right of the sticky
 * column. Only the box: scrollIntoView would scroll the page too, taking the headers away.
 */
export function revealInBox(box: HTMLElement, cell: HTMLElement, top: number, left: number): void {
  const area = box.getBoundingClientRect();
  const place = cell.getBoundingClientRect();
  const visible = {
    top: area.top + top,
    bottom: area.top + box.clientHeight,
    left: area.left + left,
    right: area.left + box.clientWidth,
  };
  let dx = 0;
  let dy = 0;
  if (place.left < visible.left) dx = place.left - visible.left;
  else if (place.right > visible.right) dx = place.right - visible.right;
  if (place.top < visible.top) dy = place.top - visible.top;
  else if (place.bottom > visible.bottom) dy = place.bottom - visible.bottom;
  if (dx !== 0 || dy !== 0) box.scrollBy(dx, dy);
}

/** How a virtualiser hears of its scroll offset: the offset and whether a scroll is under way. */
type OffsetObserver<I> = (
  instance: I,
  onOffset: (offset: number, isScrolling: boolean) => void,
) => (() => void) | undefined;

/**
 * Passes on only what moves the offset the virtualiser reads (the vertical one, for the
 * grid's rows). The browser fires the same scroll events when the grid scrolls sideways, as
 * it does at every arrow key along a row past the view's edge; passed on, each started and
 * ended a "scroll" that drew the whole matrix again, twice, for rows that had not moved.
 */
export function onlyWhenOffsetMoves<I>(observe: OffsetObserver<I>): OffsetObserver<I> {
  return (instance, onOffset) => {
    let last: number | undefined;
    let scrolling = false;
    return observe(instance, (offset, isScrolling) => {
      // Unmoved: a sideways scroll, or its end, unless it ends a scroll that did move.
      if (offset === last && (isScrolling || !scrolling)) return;
      last = offset;
      scrolling = isScrolling;
      onOffset(offset, isScrolling);
    });
  };
}
