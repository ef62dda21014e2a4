/** Stable error codes: they cross the API boundary and the UI maps them to messages. */
export type ErrorCode = 'NOT_FOUND' | 'INVALID_INPUT' | 'CONFLICT' | 'IO';

/** An expected failure with a stable code and a message a person can act on. */
export class DomainError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
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
