import { useEffect, useState } from 'react';

/** The longest a part waits for an idle moment before it is drawn all the same. */
const LONGEST_WAIT_MS = 2000;

/**
 * False on the first render; true at the page's first idle moment after it. For the parts
 * of a screen below what the screen opens to (the funnel's chart and scenarios under the
 * map): the part in view is drawn and usable first, and the rest follows once the browser
 * has nothing else to do, rather than adding its build to the opening.
 */
export function useShownWhenIdle(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) return;
    // Not every browser the shell may be opened in has idle callbacks.
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(() => setShown(true), 50);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(() => setShown(true), { timeout: LONGEST_WAIT_MS });
    return () => window.cancelIdleCallback(idle);
  }, [shown]);
  return shown;
}
