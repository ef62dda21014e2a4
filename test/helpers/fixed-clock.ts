import type { ServiceClock } from '../../electron/core/plan-service';

/** A clock the test moves by hand, and ids that count up: service results become predictable. */
export function fixedClock(start = '2026-11-27T09:00:00.000Z'): ServiceClock & {
  advance: (ms: number) => void;
} {
  let time = Date.parse(start);
  let counter = 0;
  return {
    now: () => new Date(time),
    newId: () => `plan-${++counter}`,
    advance: (ms) => {
      time += ms;
    },
  };
}
