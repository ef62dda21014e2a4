import type { SyncErrorCode } from '../shared/sync/protocol';

/** A refusal the server answers with: a stable code for the device, a sentence for its log. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

export const HTTP_STATUS: Record<SyncErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
  NEWER_SCHEMA: 409,
  TOO_MANY_ATTEMPTS: 429,
  UNAVAILABLE: 503,
};
