import { PLAN_NAME_MAX } from '../../shared/domain/plan-doc';

/** `name`, or `name (2)`, `name (3)`… whichever is not among `taken` (case ignored). */
export function unusedName(name: string, taken: readonly string[]): string {
  const names = new Set(taken.map((plan) => plan.toLocaleLowerCase()));
  if (!names.has(name.toLocaleLowerCase())) return name;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, PLAN_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!names.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
