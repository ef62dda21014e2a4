import type { ErrorCode, Refusal } from '../domain/errors';

/** What crosses a process boundary: a value, or a stable code and a message, never a stack. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** What the screen says, in the user's language; `message` is for logs. */
  refusal: Refusal;
}

export type ApiEnvelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** The error the renderer's client throws; `code` is what the UI branches on. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly refusal: Refusal;

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.refusal = body.refusal;
  }
}

export const HTTP_STATUS_BY_CODE: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IO: 500,
};
