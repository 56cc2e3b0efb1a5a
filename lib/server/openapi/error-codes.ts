import { errorStatus, type ErrorCode } from '../../contract';

/** What each error code means, for the OpenAPI document and the docs page. Typed: a new code needs a line. */
export const errorCodeDescriptions: Record<ErrorCode, string> = {
  MISSING_API_KEY: 'No API key provided (and no session cookie).',
  INVALID_API_KEY: 'No API key with this value exists.',
  INVALID_API_KEY_FORMAT:
    'The API key format is incorrect ("sk-" followed by 32–128 letters and digits), or the Authorization header is neither "Bearer …" nor "Token …".',
  API_KEY_INACTIVE: 'The API key is inactive or revoked.',
  USER_NOT_FOUND: 'The API key owner was not found.',
  UNAUTHORIZED: 'Not signed in (Cutroom’s own session-only routes).',
  FORBIDDEN: 'A cookie-authenticated write from another site was refused (CSRF protection).',
  INVALID_REQUEST: 'Request parameters are invalid: malformed JSON, a bad page/limit/status/type, or a bad field. details.issues names each.',
  INVALID_CONFIG: 'The video configuration is invalid. details.issues lists every problem as { path, message }, e.g. tracks[0].clips[1].duration.',
  INVALID_PROFILE: 'RendrSink routes: the processing profile named does not exist for this account (or does not fit the file: video derivatives of a file with no picture).',
  NO_FILES: 'No files were provided (multipart fields file or files).',
  UNSUPPORTED_FILE_TYPE: 'The file is not an image, video, audio, font or GLB model file (judged by its content, which must agree with the declared type).',
  ALREADY_RENDERING: 'The task is already rendering.',
  INSUFFICIENT_CREDITS: 'Not enough credits for this render; details has required and available.',
  STORAGE_LIMIT_EXCEEDED: 'The upload would exceed the plan’s storage quota; nothing was stored.',
  NOT_FOUND: 'The resource does not exist, belongs to another account, or (previews) has expired.',
  METHOD_NOT_ALLOWED: 'The HTTP method is not one any route answers (TRACE, TRACK, CONNECT, …); Allow lists those that are.',
  IDEMPOTENCY_KEY_REUSED: 'Cutroom: this Idempotency-Key was already used by the account for a different request (another route or body).',
  IDEMPOTENCY_KEY_IN_USE: 'Cutroom: a request with this Idempotency-Key is still in progress; retry after it has finished.',
  CONFLICT:
    'Cutroom: the task changed since the version this PATCH was based on (If-Match / version); nothing was written. details.currentVersion is the version now stored.',
  FILE_TOO_LARGE: 'A file exceeds the server’s maximum upload size (MAX_UPLOAD_BYTES).',
  PAYLOAD_TOO_LARGE: 'Cutroom: a JSON request body is larger than MAX_JSON_BODY_BYTES (5 MB by default); details.limitBytes gives the limit.',
  RATE_LIMITED: 'Too many requests for the caller\'s RATE_LIMIT_* budget; Retry-After says when to retry (details.retryAfterSeconds).',
  UPLOAD_FAILED: 'The upload could not be stored.',
  REMOTE_ERROR: 'Kept for compatibility with RenderingVideo. Cutroom has no upstream service, so it does not occur.',
  RENDER_TRIGGER_FAILED: 'Kept for compatibility with RenderingVideo. Cutroom renders in-house, so it does not occur.',
  INTERNAL_ERROR: 'Unexpected server error; the details are in the server log.',
};

/** Every code with its HTTP status and meaning, in the order of the status table. */
export function errorCodeTable() {
  return (Object.keys(errorStatus) as ErrorCode[]).map((code) => ({
    code,
    status: errorStatus[code],
    description: errorCodeDescriptions[code],
  }));
}

/** The auth failures every authenticated endpoint can answer with. */
export const authErrorCodes: ErrorCode[] = [
  'MISSING_API_KEY',
  'INVALID_API_KEY_FORMAT',
  'INVALID_API_KEY',
  'API_KEY_INACTIVE',
  'USER_NOT_FOUND',
];
