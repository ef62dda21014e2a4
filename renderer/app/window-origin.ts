const ORIGIN_KEY = 'smarketing.origin';

/**
 * The id this window's edits carry: kept for the tab (or desktop window) in sessionStorage,
 * so a reload is still the same window and can undo what it did before reloading.
 */
export function windowOrigin(): string {
  try {
    const storage = globalThis.sessionStorage;
    const kept = storage?.getItem(ORIGIN_KEY);
    if (kept) return kept;
    const made = crypto.randomUUID();
    storage?.setItem(ORIGIN_KEY, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}
