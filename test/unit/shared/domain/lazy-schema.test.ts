import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { buildSchemas, lazySchema, warmSchemas } from '../../../../shared/domain/lazy-schema';

function counted<T extends object>(build: () => T) {
  const calls = { count: 0 };
  const schema = lazySchema(() => {
    calls.count += 1;
    return build();
  });
  return { schema, calls };
}

describe('lazySchema', () => {
  it('builds nothing until the schema is first read, then builds it once', () => {
    const { schema, calls } = counted(() => z.string().min(2));
    expect(calls.count).toBe(0);
    expect(schema.safeParse('ab').success).toBe(true);
    expect(schema.safeParse('a').success).toBe(false);
    expect(calls.count).toBe(1);
  });

  it('parses inside other schemas as the built schema would, paths and messages included', () => {
    const Amount = lazySchema(() => z.number().nonnegative('must not be negative'));
    const Line = lazySchema(() => z.strictObject({ label: z.string(), amount: Amount }));
    const Order = z.strictObject({ lines: z.array(Line).min(1) });

    expect(Order.parse({ lines: [{ label: 'a', amount: 3 }] })).toEqual({
      lines: [{ label: 'a', amount: 3 }],
    });
    const refused = Order.safeParse({ lines: [{ label: 'a', amount: -1 }] });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues).toMatchObject([
      { path: ['lines', 0, 'amount'], message: 'must not be negative' },
    ]);
  });

  it('keeps what a zod schema offers: options, shape, derived schemas and instanceof', () => {
    const Kind = lazySchema(() => z.enum(['mql', 'sql']));
    const Stage = lazySchema(() => z.strictObject({ id: z.string(), kind: Kind }));

    expect(Kind.options).toEqual(['mql', 'sql']);
    expect(Stage).toBeInstanceOf(z.ZodObject);
    expect(Stage.shape.kind.safeParse('sql').success).toBe(true);
    expect(Stage.omit({ id: true }).partial().parse({})).toEqual({});
    expect(Stage.extend({ name: z.string() }).safeParse({ id: 's', kind: 'mql' }).success).toBe(
      false,
    );
  });

  it('stands in for a table of schemas, built when one entry is read', () => {
    const { schema: route, calls } = counted(() => ({
      input: z.strictObject({ id: z.string() }),
      output: z.boolean(),
    }));
    expect(calls.count).toBe(0);
    expect(route.input.safeParse({ id: 'p1' }).success).toBe(true);
    expect(route.output.safeParse('yes').success).toBe(false);
    expect(calls.count).toBe(1);
  });
});

describe('warmSchemas', () => {
  it('builds every schema not yet used, letting other work run between batches', async () => {
    const waiting = Array.from({ length: 45 }, (_, index) => counted(() => z.literal(index)));
    let turns = 0;
    await warmSchemas(async () => {
      turns += 1;
    });
    expect(waiting.every(({ calls }) => calls.count === 1)).toBe(true);
    expect(turns).toBeGreaterThanOrEqual(3);
    // Built once: using them afterwards builds nothing again.
    expect(waiting[44]?.schema.parse(44)).toBe(44);
    expect(waiting[44]?.calls.count).toBe(1);
  });
});

describe('buildSchemas', () => {
  it('builds schemas in order while there is time, and goes on from there the next time', () => {
    buildSchemas(() => true); // those other tests declared
    const waiting = Array.from({ length: 10 }, (_, index) => counted(() => z.literal(index)));
    let left = 4;
    expect(buildSchemas(() => left-- > 0)).toBe(false);
    expect(waiting.map(({ calls }) => calls.count)).toEqual([1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(buildSchemas(() => true)).toBe(true);
    expect(waiting.every(({ calls }) => calls.count === 1)).toBe(true);
  });
});
