/** Every error code the API can answer with, and its HTTP status. The one table. */
export const errorStatus = {
  MISSING_API_KEY: 401,
  INVALID_API_KEY: 401,
  INVALID_API_KEY_FORMAT: 401,
  API_KEY_INACTIVE: 401,
  USER_NOT_FOUND: 401,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  INVALID_REQUEST: 400,
  INVALID_CONFIG: 400,
  NO_FILES: 400,
  UNSUPPORTED_FILE_TYPE: 400,
  ALREADY_RENDERING: 400,
  INSUFFICIENT_CREDITS: 402,
  STORAGE_LIMIT_EXCEEDED: 402,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UPLOAD_FAILED: 500,
  REMOTE_ERROR: 502,
  RENDER_TRIGGER_FAILED: 502,
  INTERNAL_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

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

export const notFound = (what: string) => new ApiError('NOT_FOUND', `${what} not found`);
