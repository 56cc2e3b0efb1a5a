import { NextResponse, type NextRequest } from 'next/server';
import { ApiError } from '../server/errors';
import { authenticateApiKey, findUser } from '../server/accounts';
import { auth } from './auth';
import { consumeApiRequest, rateLimitHeaders, type ApiRateBucket, type ApiRateState } from '../server/limits';
import { clientAddress } from '../server/net/client-address';
import { withIdempotency } from './with-idempotency';
import { rendrSinkErrorBody } from './rendrsink-error';

export interface ApiContext<P> {
  req: NextRequest;
  params: P;
  /** The caller: every lib/server call is scoped to it. */
  userId: string;
  via: 'api-key' | 'session';
}

type Handler<P> = (ctx: ApiContext<P>) => Promise<Record<string, unknown> | Response>;

/** The presented API key, from any of the four documented forms, or null. */
export function extractApiKey(req: NextRequest): string | null {
  const header = req.headers.get('authorization');
  if (header) {
    const match = /^(Bearer|Token)\s+(.+)$/i.exec(header.trim());
    if (match?.[2]) return match[2].trim();
  }
  const xKey = req.headers.get('x-api-key');
  if (xKey?.trim()) return xKey.trim();
  const query = req.nextUrl.searchParams.get('api_key');
  return query?.trim() ? query.trim() : null;
}

interface Caller {
  userId: string;
  via: 'api-key' | 'session';
  /** Whose rate-limit budget the request spends: the API key, else the account. */
  subject: string;
}

async function authenticate(req: NextRequest): Promise<Caller> {
  const key = extractApiKey(req);
  if (key !== null) {
    const { userId, apiKeyId } = await authenticateApiKey(key);
    return { userId, via: 'api-key', subject: `key:${apiKeyId}` };
  }
  if (req.headers.get('authorization')) {
    throw new ApiError('INVALID_API_KEY_FORMAT', 'Authorization header must be "Bearer sk-…" or "Token sk-…".');
  }
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) throw new ApiError('MISSING_API_KEY', 'No API key provided. Send "Authorization: Bearer sk-…".');
  if (!(await findUser(userId))) {
    throw new ApiError('USER_NOT_FOUND', 'Your account no longer exists. Sign in again.');
  }
  if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) assertSameOrigin(req);
  return { userId, via: 'session', subject: `user:${userId}` };
}

/**
 * Authenticates and spends one request of the caller's budget. Without auth (public routes) and when
 * auth fails, the client address pays, so guessing keys is limited too (a spent address gets
 * RATE_LIMITED rather than the auth error).
 */
async function authenticateWithinLimit(req: NextRequest, opts: WithApiOptions, onLimit: (state: ApiRateState) => void): Promise<Caller> {
  const byAddress = async () => {
    const state = await consumeApiRequest('requests', `ip:${clientAddress(req.headers)}`);
    onLimit(state);
    return state;
  };
  if (opts.auth === 'none') {
    const state = await byAddress();
    if (!state.isAllowed) throw rateLimitedError(state);
    return { userId: '', via: 'session', subject: '' };
  }
  let caller: Caller;
  try {
    caller = await authenticate(req);
  } catch (err) {
    const state = await byAddress();
    throw state.isAllowed ? err : rateLimitedError(state);
  }
  const state = await consumeApiRequest(opts.rateLimit ?? 'requests', caller.subject);
  onLimit(state);
  if (!state.isAllowed) throw rateLimitedError(state);
  return caller;
}

function rateLimitedError(state: ApiRateState): ApiError {
  const seconds = Math.ceil(state.retryAfterMs / 1000);
  return new ApiError('RATE_LIMITED', `Rate limit exceeded: ${state.limit} requests per window. Retry after ${seconds} s.`, {
    limit: state.limit,
    retryAfterSeconds: seconds,
    retryAfterMs: state.retryAfterMs,
  });
}

/** Sets headers on a response, copying it first when its headers are immutable (e.g. a fetched one). */
function withHeaders(res: Response, headers: Record<string, string>): Response {
  try {
    for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
    return res;
  } catch {
    const copy = new Response(res.body, { status: res.status, statusText: res.statusText, headers: res.headers });
    for (const [k, v] of Object.entries(headers)) copy.headers.set(k, v);
    return copy;
  }
}

/** Cookie-authenticated writes must come from our own pages (CSRF). API-key calls carry no cookie risk. */
function assertSameOrigin(req: NextRequest) {
  const site = req.headers.get('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') {
    throw new ApiError('FORBIDDEN', 'Cross-site request refused.');
  }
  const origin = req.headers.get('origin');
  if (origin !== null) {
    // `Origin: null` (sandboxed frames, file: pages) and malformed values are never our own pages.
    const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
    if (!host || originHost(origin) !== host) throw new ApiError('FORBIDDEN', 'Cross-site request refused.');
  }
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

export function errorResponse(err: unknown, shape: ErrorShape = 'renderingvideo'): NextResponse {
  if (err instanceof ApiError && shape === 'rendrsink') return NextResponse.json(rendrSinkErrorBody(err), { status: err.status });
  if (err instanceof ApiError) {
    return NextResponse.json(
      { success: false, error: err.message, code: err.code, ...(err.details ? { details: err.details } : {}) },
      { status: err.status },
    );
  }
  console.error('[api] unexpected error', err);
  if (shape === 'rendrsink') return NextResponse.json({ error: { code: 'internal_error', message: 'Internal server error' } }, { status: 500 });
  return NextResponse.json({ success: false, error: 'Internal server error', code: 'INTERNAL_ERROR' }, { status: 500 });
}

/** The RenderingVideo routes' `{ success: false, error, code }`, or RendrSink's `{ error: { code, message } }`. */
export type ErrorShape = 'renderingvideo' | 'rendrsink';

export interface WithApiOptions {
  auth?: 'key-or-session' | 'none';
  /** The error body's shape (default: RenderingVideo's). */
  errors?: ErrorShape;
  /** The RATE_LIMIT_* budget the route spends (default: requests). */
  rateLimit?: ApiRateBucket;
}

/**
 * The one wrapper for every /api/v1 handler: authenticates (API key in 4 forms, or the session cookie),
 * rate-limits (X-RateLimit-* on every response, 429 RATE_LIMITED with Retry-After), runs a keyed POST
 * at most once (Idempotency-Key), runs the handler, and turns any throw into `{ success: false, error, code, details }`.
 */
export function withApi<P = Record<string, never>>(handler: Handler<P>, opts: WithApiOptions = {}) {
  return async (req: NextRequest, ctx: { params: Promise<P> }): Promise<Response> => {
    let limitHeaders: Record<string, string> = {};
    const run = async (): Promise<Response> => {
      try {
        const { userId, via } = await authenticateWithinLimit(req, opts, (state) => (limitHeaders = rateLimitHeaders(state)));
        const params = await ctx.params;
        const call = async (request: NextRequest): Promise<Response> => {
          try {
            const result = await handler({ req: request, params, userId, via });
            return result instanceof Response ? result : NextResponse.json({ success: true, ...result });
          } catch (err) {
            return errorResponse(err, opts.errors);
          }
        };
        return userId ? await withIdempotency(req, userId, call) : await call(req);
      } catch (err) {
        return errorResponse(err, opts.errors);
      }
    };
    return withHeaders(await run(), limitHeaders);
  };
}
