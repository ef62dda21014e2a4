import { useState, type ReactNode } from 'react';

/**
 * Renders a dialog from the first time it opens, and keeps it from then on (its
 * state, its focus return). A dialog nobody has opened costs the first screen nothing:
 * on the library, its three closed dialogs were a fifth of the first render.
 */
export function OpenedOnce({ open, children }: { open: boolean; children: ReactNode }) {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened || open ? children : null;
}
