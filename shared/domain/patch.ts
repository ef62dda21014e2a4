/**
 * A patch without its undefined fields: with exactOptionalPropertyTypes an
 * edit never writes `undefined` into the document, it leaves the field alone.
 */
export function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
