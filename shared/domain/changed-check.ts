import * as z from 'zod';
import type { SchemaIssue } from './refusals';

type Schema = z.core.$ZodType;
type Path = PropertyKey[];

/** Length rules of an array schema, kept without its element: checked on any elements. */
const lengthOnly = new WeakMap<z.core.$ZodArrayDef, z.ZodType>();

/**
 * What `schema.safeParse(next)` would say of a value made from `before` (which passed
 * the same schema) by structural sharing, as immer's edits and stored patches make it:
 * only the parts whose reference changed are parsed again. Objects, arrays and string-keyed
 * records without refinements of their own are walked; anything else that changed (a
 * refined object, a union, a value) is parsed whole, so the answer is the schema's own.
 *
 * Why: a RACI keystroke changes one cell of 8,000, and parsing the whole plan after each
 * took most of an edit's time in the window and in the library.
 */
export function changedIssues(
  schema: Schema,
  before: unknown,
  next: unknown,
  path: Path = [],
): SchemaIssue[] {
  if (Object.is(before, next)) return [];
  const def = schema._zod.def;
  const walkable = (def.checks?.length ?? 0) === 0;
  if (def.type === 'object' && walkable && isPlainObject(before) && isPlainObject(next)) {
    return objectIssues(def as z.core.$ZodObjectDef, schema, before, next, path);
  }
  if (def.type === 'array' && Array.isArray(before) && Array.isArray(next)) {
    return arrayIssues(def as z.core.$ZodArrayDef, before, next, path);
  }
  if (
    def.type === 'record' &&
    walkable &&
    isPlainObject(before) &&
    isPlainObject(next) &&
    isStringKeyed(def as z.core.$ZodRecordDef)
  ) {
    return recordIssues(def as z.core.$ZodRecordDef, schema, before, next, path);
  }
  return parseIssues(schema, next, path);
}

function objectIssues(
  def: z.core.$ZodObjectDef,
  schema: Schema,
  before: Record<string, unknown>,
  next: Record<string, unknown>,
  path: Path,
): SchemaIssue[] {
  // A key the shape does not name: the schema decides (a strict object refuses it).
  for (const key of Object.keys(next)) {
    if (!(key in def.shape)) return parseIssues(schema, next, path);
  }
  const issues: SchemaIssue[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    // Most fields are unchanged: no path is made for them.
    if (Object.is(before[key], next[key])) continue;
    issues.push(...changedIssues(field, before[key], next[key], [...path, key]));
  }
  return issues;
}

function arrayIssues(
  def: z.core.$ZodArrayDef,
  before: readonly unknown[],
  next: readonly unknown[],
  path: Path,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  if ((def.checks?.length ?? 0) > 0 && before.length !== next.length) {
    issues.push(...parseIssues(lengthRules(def), next, path));
  }
  next.forEach((item, index) => {
    if (Object.is(before[index], item)) return;
    issues.push(...changedIssues(def.element, before[index], item, [...path, index]));
  });
  return issues;
}

function recordIssues(
  def: z.core.$ZodRecordDef,
  schema: Schema,
  before: Record<string, unknown>,
  next: Record<string, unknown>,
  path: Path,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  for (const [key, value] of Object.entries(next)) {
    // A new key that is not an id: the record's own refusal, worded as it words it.
    if (!(key in before) && !z.safeParse(def.keyType, key).success) {
      return parseIssues(schema, next, path);
    }
    if (Object.is(before[key], value)) continue;
    issues.push(...changedIssues(def.valueType, before[key], value, [...path, key]));
  }
  return issues;
}

function lengthRules(def: z.core.$ZodArrayDef): z.ZodType {
  const known = lengthOnly.get(def);
  if (known) return known;
  const rules = z
    .array(z.unknown())
    .check(...((def.checks ?? []) as z.core.$ZodCheck<unknown[]>[]));
  lengthOnly.set(def, rules);
  return rules;
}

function parseIssues(schema: Schema, value: unknown, path: Path): SchemaIssue[] {
  const result = z.safeParse(schema, value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
}

/** Records keyed by plain strings (ids) may hold any subset of keys; others are parsed whole. */
function isStringKeyed(def: z.core.$ZodRecordDef): boolean {
  return def.keyType._zod.def.type === 'string' && def.mode !== 'loose';
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
