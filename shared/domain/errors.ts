import { refusalOfIssues, type Refusal, type SchemaIssue, type ThingKind } from './refusals';

export type { Refusal, RefusalCode, ThingKind } from './refusals';

/** Stable error codes: they cross the API boundary and the UI maps them to messages. */
export type ErrorCode = 'NOT_FOUND' | 'INVALID_INPUT' | 'CONFLICT' | 'IO';

/** An expected failure with a stable code and a message a person can act on. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  /** What a screen shows, in the user's language. */
  readonly refusal: Refusal;

  constructor(code: ErrorCode, message: string, refusal: Refusal) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.refusal = refusal;
  }
}

/** Formats zod issues as "field.path: message; …" so the message names the field. */
export function describeIssues(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): string {
  return issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

/** A command named something the plan no longer has, most often removed in another window. */
export function missing(kind: ThingKind, id: string): DomainError {
  return new DomainError('NOT_FOUND', `${kind} ${id} does not exist`, { code: `missing.${kind}` });
}

/** A command adds something whose id the plan already has: the same edit sent twice. */
export function duplicate(kind: ThingKind, id: string): DomainError {
  return new DomainError('CONFLICT', `${kind} ${id} already exists`, { code: 'duplicate' });
}

/** A value that failed its schema: the field and limit for the screen, the zod text for logs. */
export function invalidInput(issues: ReadonlyArray<SchemaIssue>, prefix = ''): DomainError {
  return new DomainError(
    'INVALID_INPUT',
    `${prefix}${describeIssues(issues)}`,
    refusalOfIssues(issues),
  );
}
