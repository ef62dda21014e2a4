/** Stable error codes: they cross the API boundary and the UI maps them to messages. */
export type ErrorCode = 'NOT_FOUND' | 'INVALID_INPUT' | 'CONFLICT' | 'IO';

/**
 * A refusal a screen can put in the user's words: a code the catalogues have a sentence for
 * (`refusals.<code>` in both languages), with the values that sentence names.
 */
export type RefusalCode = 'undo.changedSince' | 'undo.nothingOfYours' | 'redo.notYours';
export interface Refusal {
  code: RefusalCode;
  values?: Record<string, string | number>;
}

/** An expected failure with a stable code and a message a person can act on. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly refusal: Refusal | undefined;

  constructor(code: ErrorCode, message: string, refusal?: Refusal) {
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
