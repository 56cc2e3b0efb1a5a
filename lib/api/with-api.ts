import { NextResponse, type NextRequest } from 'next/server';
import { ApiError } from '../server/errors';
import { authenticateApiKey, findUser } from '../server/accounts';
import { auth } from './auth';

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

async function authenticate(req: NextRequest): Promise<{ userId: string; via: 'api-key' | 'session' }> {
  const key = extractApiKey(req);
  if (key !== null) return { ...(await authenticateApiKey(key)), via: 'api-key' };
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
  return { userId, via: 'session' };
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

export function errorResponse(err: unknown): NextResponse {
  if (err instanceof ApiError) {
    return NextResponse.json(
      { success: false, error: err.message, code: err.code, ...(err.details ? { details: err.details } : {}) },
      { status: err.status },
    );
  }
  console.error('[api] unexpected error', err);
  return NextResponse.json({ success: false, error: 'Internal server error', code: 'INTERNAL_ERROR' }, { status: 500 });
}

/**
 * The one wrapper for every /api/v1 handler: authenticates (API key in 4 forms, or the session cookie),
 * runs the handler, and turns any throw into `{ success: false, error, code, details }`.
 */
export function withApi<P = Record<string, never>>(handler: Handler<P>, opts: { auth?: 'key-or-session' | 'none' } = {}) {
  return async (req: NextRequest, ctx: { params: Promise<P> }): Promise<Response> => {
    try {
      const caller = opts.auth === 'none' ? { userId: '', via: 'session' as const } : await authenticate(req);
      const result = await handler({ req, params: await ctx.params, ...caller });
      if (result instanceof Response) return result;
      return NextResponse.json({ success: true, ...result });
    } catch (err) {
      return errorResponse(err);
    }
  };
}
