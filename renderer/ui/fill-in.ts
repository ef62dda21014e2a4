import type { TFunction } from 'i18next';

/** Private-use characters: no translation or name a user types is made of them. */
const MARK_BASE = 0xe000;

/**
 * A translation with values filled in, worked out once for a list of items rather than once
 * per item: asking i18next for the same sentence for each of a thousand grid cells or three
 * hundred stages (it looks the key up and interpolates every time) was a large part of
 * drawing them. The translation is fetched once with marks where the values go and cut at
 * the marks; filling it in is a join.
 */
export function fillIn<Name extends string>(
  t: TFunction,
  key: string,
  names: readonly Name[],
): (values: Readonly<Record<Name, string>>) => string {
  const marks = names.map((_, i) => String.fromCharCode(MARK_BASE + 1 + i));
  const options = Object.fromEntries(names.map((name, i) => [name, marks[i]]));
  const markPattern = new RegExp(`(${marks.join('|')})`);
  const parts = t(key, options).split(markPattern);
  const nameOfMark = new Map(marks.map((mark, i) => [mark, names[i] as Name]));
  return (values) =>
    parts
      .map((part) => {
        const name = nameOfMark.get(part);
        return name === undefined ? part : values[name];
      })
      .join('');
}
