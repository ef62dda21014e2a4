import { describe, expect, it } from 'vitest';
import { onlyWhenOffsetMoves } from '../../../../renderer/features/raci/grid-scroll';

/** A scroll source driven by the test: what the browser would report, in order. */
function scrollSource() {
  let report: (offset: number, isScrolling: boolean) => void = () => undefined;
  let stopped = false;
  const observe = (_instance: unknown, onOffset: typeof report) => {
    report = onOffset;
    return () => {
      stopped = true;
    };
  };
  return {
    observe,
    emit: (offset: number, isScrolling: boolean) => report(offset, isScrolling),
    stopped: () => stopped,
  };
}

describe('the RACI grid hears of its scroll offset', () => {
  it('when the rows move, not when the grid scrolls sideways', () => {
    const source = scrollSource();
    const heard: Array<[number, boolean]> = [];
    const stop = onlyWhenOffsetMoves(source.observe)({}, (offset, isScrolling) =>
      heard.push([offset, isScrolling]),
    );
    source.emit(0, false); // where it starts
    source.emit(0, true); // arrow keys along a row: the grid scrolls right…
    source.emit(0, true);
    source.emit(0, false); // …and stops
    source.emit(132, true); // down a row
    source.emit(132, true); // sideways while it scrolls down
    source.emit(176, true);
    source.emit(176, false); // the scroll down ends
    source.emit(176, false); // a sideways scroll's end after it
    expect(heard).toEqual([
      [0, false],
      [132, true],
      [176, true],
      [176, false],
    ]);
    stop?.();
    expect(source.stopped()).toBe(true);
  });
});
