/** Base class of everything the SDK throws on purpose. */
export class CutroomError extends Error {
  override name = 'CutroomError';
}

/**
 * The server answered with an error. Both error shapes end up here:
 * RenderingVideo's `{ success: false, error, code, details }` (code `NOT_FOUND`, `CONFLICT`, …) and
 * RendrSink's `{ error: { code, message, ... } }` (code `not_found`, `invalid_profile`, …; its other
 * fields, such as `retry_after_ms` or `max_bytes`, are in `details`).
 */
export class CutroomApiError extends CutroomError {
  override name = 'CutroomApiError';
  /** HTTP status. */
  readonly status: number;
  /** The server's error code, as sent (`HTTP_<status>` when the body was not an API error). */
  readonly code: string;
  readonly details: Record<string, unknown>;
  /** Which shape the server answered in. */
  readonly shape: 'renderingvideo' | 'rendrsink' | 'unknown';
  /** The response headers (rate-limit headers, Retry-After…). */
  readonly headers: Headers;
  readonly method: string;
  readonly url: string;

  constructor(input: {
    status: number;
    code: string;
    message: string;
    details?: Record<string, unknown>;
    shape: CutroomApiError['shape'];
    headers: Headers;
    method: string;
    url: string;
  }) {
    super(input.message);
    this.status = input.status;
    this.code = input.code;
    this.details = input.details ?? {};
    this.shape = input.shape;
    this.headers = input.headers;
    this.method = input.method;
    this.url = input.url;
  }
}

/** A request (one attempt) or a wait (`waitForRender`, `waitForProcessing`) took longer than allowed. */
export class CutroomTimeoutError extends CutroomError {
  override name = 'CutroomTimeoutError';
  constructor(
    message: string,
    readonly timeoutMs: number,
  ) {
    super(message);
  }
}

/** No answer from the server (refused, reset, DNS…) after every retry. `cause` is the last failure. */
export class CutroomConnectionError extends CutroomError {
  override name = 'CutroomConnectionError';
}

/**
 * Turns an error response into a CutroomApiError, whichever shape its body has.
 * `body` is the parsed JSON (or undefined when it was not JSON).
 */
export function apiErrorFrom(res: { status: number; statusText?: string; headers: Headers }, body: unknown, request: { method: string; url: string }): CutroomApiError {
  const base = { status: res.status, headers: res.headers, method: request.method, url: request.url };
  if (isObject(body) && typeof body.code === 'string' && typeof body.error === 'string') {
    return new CutroomApiError({
      ...base,
      code: body.code,
      message: body.error,
      details: isObject(body.details) ? body.details : {},
      shape: 'renderingvideo',
    });
  }
  if (isObject(body) && isObject(body.error) && typeof body.error.code === 'string') {
    const { code, message, ...rest } = body.error;
    return new CutroomApiError({
      ...base,
      code: code as string,
      message: typeof message === 'string' ? message : `HTTP ${res.status}`,
      details: rest,
      shape: 'rendrsink',
    });
  }
  return new CutroomApiError({
    ...base,
    code: `HTTP_${res.status}`,
    message: `${request.method} ${request.url} answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
    details: body === undefined ? {} : { body },
    shape: 'unknown',
  });
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
