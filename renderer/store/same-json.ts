/**
 * Whether two values would be written as the same JSON (bar the order of keys): what the
 * host's answer to an edit is compared with, to keep the plan this window already holds when
 * the host made the same one. Walked in place rather than written out: writing both out
 * made two copies of the whole plan as text at every save, and a large plan's copies, at a
 * key a frame, brought on the collections that held up a key now and then.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) {
      // JSON writes a missing or undefined item of a list as null.
      if (!sameJson(a[i] ?? null, b[i] ?? null)) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let fields = 0;
  for (const key in left) {
    const value = left[key];
    // JSON leaves a field out whose value is undefined.
    if (value === undefined) continue;
    fields += 1;
    if (!Object.hasOwn(right, key) || !sameJson(value, right[key])) return false;
  }
  for (const key in right) if (right[key] !== undefined) fields -= 1;
  return fields === 0;
}
