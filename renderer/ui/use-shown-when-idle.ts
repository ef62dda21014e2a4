import { useEffect, useState } from 'react';
import { whenIdle } from './when-idle';

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
    return whenIdle(() => setShown(true));
  }, [shown]);
  return shown;
}
