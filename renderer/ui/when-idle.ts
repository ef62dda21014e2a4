/** The longest a task waits for an idle moment before it runs all the same. */
const LONGEST_WAIT_MS = 2000;

/**
 * Runs a task at the page's first idle moment (or after `longestWaitMs` at the latest):
 * for work the first screen does not need, so it does not delay it. Returns a cancel.
 */
export function whenIdle(task: () => void, longestWaitMs = LONGEST_WAIT_MS): () => void {
  // Not every browser the shell may be opened in has idle callbacks.
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(task, 200);
    return () => window.clearTimeout(timer);
  }
  const idle = window.requestIdleCallback(task, { timeout: longestWaitMs });
  return () => window.cancelIdleCallback(idle);
}
