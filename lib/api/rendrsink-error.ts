import { rendrSinkErrorCode } from '../contract';
import type { ApiError } from '../server/errors';

/**
 * The RendrSink routes' error body `{ error: { code, message, ... } }` for one of our errors: its codes are
 * lower-case (`unauthorized`, `not_found`, `rate_limited` with `retry_after_ms`, `file_too_large` with
 * `max_bytes`, `invalid_request` (also for a missing file), `invalid_profile`…); the HTTP status stays ours.
 */
export function rendrSinkErrorBody(err: ApiError): { error: Record<string, unknown> } {
  const details = err.details ?? {};
  const code = rendrSinkErrorCode(err.code);
  const extra: Record<string, unknown> = {};
  if (err.code === 'RATE_LIMITED' && typeof details.retryAfterMs === 'number') extra.retry_after_ms = details.retryAfterMs;
  if (err.code === 'FILE_TOO_LARGE' && typeof details.maxBytes === 'number') extra.max_bytes = details.maxBytes;
  return { error: { code, message: err.message, ...extra } };
}
