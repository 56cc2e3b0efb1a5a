import { z } from 'zod';

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
  INVALID_PROFILE: 400,
  NO_FILES: 400,
  UNSUPPORTED_FILE_TYPE: 400,
  ALREADY_RENDERING: 400,
  INSUFFICIENT_CREDITS: 402,
  STORAGE_LIMIT_EXCEEDED: 402,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  IDEMPOTENCY_KEY_REUSED: 409,
  IDEMPOTENCY_KEY_IN_USE: 409,
  CONFLICT: 409,
  FILE_TOO_LARGE: 413,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UPLOAD_FAILED: 500,
  REMOTE_ERROR: 502,
  RENDER_TRIGGER_FAILED: 502,
  INTERNAL_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export const errorCodeSchema = z.enum(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]]);

/** One problem in a request or a config: where (`tracks[0].clips[1].duration`) and what. */
export const issueSchema = z.object({ path: z.string(), message: z.string() });
export type Issue = z.infer<typeof issueSchema>;

/** The one error shape of every /api/v1 failure. */
export const errorResponse = z.object({
  success: z.literal(false),
  error: z.string().describe('Human-readable message'),
  code: errorCodeSchema,
  details: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('More context; INVALID_CONFIG and INVALID_REQUEST carry issues: [{ path, message }]'),
});
export type ErrorResponse = z.infer<typeof errorResponse>;

/** `details.issues` of an error, when it carries them (INVALID_CONFIG, INVALID_REQUEST); [] otherwise. */
export function issuesOf(details: Record<string, unknown> | undefined): Issue[] {
  const parsed = z.array(issueSchema).safeParse(details?.issues);
  return parsed.success ? parsed.data : [];
}
