/**
 * A piece of work done a little at a time: it does what it can while `hasTime()` says so
 * (asking before each small step) and returns true once it is finished.
 */
export type IdleJob = (hasTime: () => boolean) => boolean;

/** Milliseconds an idle moment is used for where the browser cannot say how long it has. */
const SLICE_WITHOUT_IDLE_CALLBACKS_MS = 4;

/**
 * Runs jobs in the page's idle moments, one after another, each moment until the browser
 * needs the thread back: between a typist's keys and frames, never in their way.
 */
export function runWhenIdle(job: IdleJob): void {
  // Not every browser the shell may be opened in has idle callbacks (nor has the store
  // when its tests run in Node).
  if (typeof globalThis.requestIdleCallback === 'function') {
    const step = (deadline: IdleDeadline) => {
      if (!job(() => deadline.timeRemaining() > 1)) globalThis.requestIdleCallback(step);
    };
    globalThis.requestIdleCallback(step);
    return;
  }
  const step = () => {
    const until = performance.now() + SLICE_WITHOUT_IDLE_CALLBACKS_MS;
    if (!job(() => performance.now() < until)) setTimeout(step, 50);
  };
  setTimeout(step, 50);
}

/** How many objects are frozen between two looks at the clock. */
const FREEZES_PER_LOOK = 64;

/**
 * Deep-freezes a plan as immer freezes what it returns, children before their parent.
 *
 * Why: immer freezes a document the first time an edit returns it, so the first letter
 * typed into a plan just opened froze the whole plan (thousands of objects, a frame's time
 * on the developers' machine) before the letter could show. Frozen in idle moments after
 * the plan arrives, that edit finds it frozen and freezes only what it changed.
 */
export function freezeDeeply(root: unknown): IdleJob {
  // Each entry: an object, and whether its children have been put on the stack yet.
  const stack: Array<[object, boolean]> = isUnfrozenObject(root) ? [[root, false]] : [];
  return (hasTime) => {
    let sinceLook = 0;
    while (stack.length > 0) {
      if (sinceLook === 0 && !hasTime()) return false;
      sinceLook = (sinceLook + 1) % FREEZES_PER_LOOK;
      const top = stack[stack.length - 1] as [object, boolean];
      if (top[1]) {
        Object.freeze(top[0]);
        stack.pop();
        continue;
      }
      top[1] = true;
      for (const child of Object.values(top[0])) {
        if (isUnfrozenObject(child)) stack.push([child, false]);
      }
    }
    return true;
  };
}

function isUnfrozenObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Object.isFrozen(value);
}
