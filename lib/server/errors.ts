import { errorStatus, type ErrorCode } from '../contract';

/** A failure the caller should see: code, human message, optional details. Thrown by domain code. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): number {
    return errorStatus[this.code];
  }
}
