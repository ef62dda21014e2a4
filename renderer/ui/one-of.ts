/**
 * The member of a fixed list that a string names, or undefined: how a select's or a
 * menu's value becomes a typed choice without loading the plan's schemas.
 */
export function oneOf<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}
