/**
 * A schema (or a table of schemas) built the first time anything reads it, then the same
 * object for good. The domain's two thousand-odd zod schemas took half of the host's start
 * when they were all built as their modules loaded; built on first use, a start builds
 * only what its first requests parse, and the rest is built while the window opens
 * (`warmSchemas`).
 *
 * What it returns stands in for the built value: every read, call, `in` and `instanceof`
 * reaches the built object, so it composes into other schemas and parses as the schema
 * itself does. Only identity differs (the stand-in is not `===` the built schema), which
 * nothing in the domain relies on.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const value = (): T => (built ??= build());
  const handler: ProxyHandler<T> = {
    get: (_, key) => Reflect.get(value(), key),
    set: (_, key, next) => Reflect.set(value(), key, next),
    has: (_, key) => Reflect.has(value(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(value()),
  };
  const standIn = new Proxy(Object.create(null) as T, handler);
  builders.push(value);
  return standIn;
}

const builders: Array<() => unknown> = [];
/** How many of `builders`, in order, have been asked to build (a built one builds nothing). */
let warmed = 0;

/**
 * Builds schemas not built yet, in the order they were declared, while `hasTime()` says
 * so (asked before each). True once none is left.
 */
export function buildSchemas(hasTime: () => boolean): boolean {
  while (warmed < builders.length) {
    if (!hasTime()) return false;
    const build = builders[warmed];
    warmed += 1;
    build?.();
  }
  return true;
}

/**
 * Builds every schema not built yet, a few at a time between other work, so that a host
 * that has started answering requests builds the rest while it is idle: the first edit
 * then does not pay for the command schemas. Resolves once all are built.
 */
export async function warmSchemas(
  yieldToOthers: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<void> {
  const BATCH = 20;
  let done = false;
  while (!done) {
    await yieldToOthers();
    let left = BATCH;
    done = buildSchemas(() => left-- > 0);
  }
}
