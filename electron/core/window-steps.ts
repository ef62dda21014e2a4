/**
 * Which window a stored step belongs to, when several windows edit one plan. A step is a
 * window's own if it made it; a step made by no window open in this run (the app was
 * restarted since, or it predates telling windows apart) is anyone's, so undo still works
 * after a restart as it always did.
 */
export class WindowSteps {
  /** The windows that have read or written a plan since the library was opened. */
  private readonly windowsThisRun = new Set<string>();

  /** Notes a window as open in this run (it read or wrote a plan). */
  seen(origin: string | undefined): void {
    if (origin !== undefined) this.windowsThisRun.add(origin);
  }

  ownedBy(stepOrigin: string | null, origin: string): boolean {
    return stepOrigin === null || stepOrigin === origin || !this.windowsThisRun.has(stepOrigin);
  }
}
