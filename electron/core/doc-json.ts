/**
 * A plan document as JSON: the same text `JSON.stringify` writes, put together from the
 * text of its parts written before.
 *
 * Why: every edit stores the whole document, and a document is made by the reducer from the
 * one before by structural sharing: everything the edit did not touch is the same frozen
 * object as before. Writing the text of a 200 × 40 RACI again for each letter typed took
 * longer than the rest of the edit. Here only the parts an edit replaced are written; the
 * others' text is remembered, by object, for as long as the object lives.
 *
 * Only frozen objects are remembered (immer freezes what it produces), so a part that could
 * still change in place is always written afresh.
 */
const remembered = new WeakMap<object, string>();

/**
 * How many levels are put together from their parts' text: the document, its sections,
 * their lists and records, the items of those. Below, an item is written whole by
 * `JSON.stringify`, which writes a small object faster than any join of its fields.
 */
const LEVELS = 3;

export function docJson(doc: object): string {
  return partJson(doc, LEVELS) ?? 'null';
}

/** The JSON of `value`, or undefined where `JSON.stringify` leaves a property out. */
function partJson(value: unknown, levels: number): string | undefined {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  const known = remembered.get(value);
  if (known !== undefined) return known;
  const text = levels === 0 || hasToJson(value) ? JSON.stringify(value) : joined(value, levels);
  if (Object.isFrozen(value)) remembered.set(value, text);
  return text;
}

function joined(value: object, levels: number): string {
  if (Array.isArray(value)) {
    // As JSON.stringify does: an item it cannot write is null in a list.
    return `[${value.map((item: unknown) => partJson(item, levels - 1) ?? 'null').join(',')}]`;
  }
  const fields: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    const text = partJson(field, levels - 1);
    if (text !== undefined) fields.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${fields.join(',')}}`;
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}
