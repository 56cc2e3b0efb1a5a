import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders } from './security-headers';

/** The methods any route of the app answers; TRACE, TRACK, CONNECT and the WebDAV verbs never reach Next.js. */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

export function isAllowedMethod(method: string | undefined): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method ?? '');
}

/**
 * An error answer written straight to the socket's response, in the API's error shape on /api paths
 * and as plain text elsewhere (pages), as the routes themselves answer.
 */
export function sendError(res: ServerResponse, pathname: string, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  const isApi = pathname.startsWith('/api/');
  const body = isApi ? JSON.stringify({ success: false, error: message, code }) : message;
  res.writeHead(status, {
    ...Object.fromEntries(securityHeaders.map((h) => [h.key, h.value])),
    'content-type': isApi ? 'application/json' : 'text/plain; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * A refusal written to a bare socket, for what Node never hands to a request listener: CONNECT, and
 * methods its parser does not know (TRACK) — a 405 — or other unparsable requests. In the API's
 * error shape on /api paths, plain text elsewhere, as `sendError`.
 */
export function rawRefusal(kind: 'method' | 'timeout' | 'headers-too-large' | 'bad-request', request: { method?: string; pathname?: string } = {}): string {
  const [status, code, message] = {
    method: ['405 Method Not Allowed', 'METHOD_NOT_ALLOWED', `${request.method ?? 'This method'} is not supported.`],
    timeout: ['408 Request Timeout', 'INVALID_REQUEST', 'The request took too long to arrive.'],
    'headers-too-large': ['431 Request Header Fields Too Large', 'INVALID_REQUEST', 'The request headers are too large.'],
    'bad-request': ['400 Bad Request', 'INVALID_REQUEST', 'The request is malformed.'],
  }[kind] as [string, string, string];
  const isApi = request.pathname?.startsWith('/api/') ?? true;
  const body = isApi ? JSON.stringify({ success: false, error: message, code }) : message;
  return [
    `HTTP/1.1 ${status}`,
    `content-type: ${isApi ? 'application/json' : 'text/plain; charset=utf-8'}`,
    `content-length: ${Buffer.byteLength(body)}`,
    ...securityHeaders.map((h) => `${h.key}: ${h.value}`),
    ...(kind === 'method' ? [`allow: ${ALLOWED_METHODS.join(', ')}`] : []),
    'connection: close',
    '',
    body,
  ].join('\r\n');
}

/** The method and path of a request line Node could not parse (its `rawPacket`), as far as they read. */
export function requestLineOf(raw: Buffer | undefined): { method?: string; pathname?: string } {
  const m = /^([A-Za-z-]{1,20}) (\/[^\s?#]*)/.exec(raw?.subarray(0, 2048).toString('latin1') ?? '');
  return m ? { method: m[1]!.toUpperCase(), pathname: m[2] } : {};
}

/** Which refusal a parse error of Node's HTTP server deserves (its default answers, plus 405 for unknown methods). */
export function refusalForClientError(code: string | undefined): Parameters<typeof rawRefusal>[0] {
  if (code === 'HPE_INVALID_METHOD') return 'method';
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 'timeout';
  if (code === 'HPE_HEADER_OVERFLOW') return 'headers-too-large';
  return 'bad-request';
}

/**
 * Whether a Host header can be part of a URL (`localhost:99999`, `%`, `a b` cannot): pages build
 * absolute URLs from it, and Next.js answers a 500 for one that does not parse.
 */
export function isValidHost(host: string | undefined): boolean {
  if (host === undefined) return true; // HTTP/1.0: the app falls back to APP_URL
  try {
    return new URL(`http://${host}`).host === host.toLowerCase().replace(/:80$/, '');
  } catch {
    return false;
  }
}

/** Headers a client could use to claim another address or host; only a trusted proxy's are kept. */
export const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded', 'x-real-ip'];

export interface BodyGuardOptions {
  /** The length of one observation window. */
  windowMs: number;
  /** Fewest body bytes a client must send in each window while the app waits for more. */
  minBytesPerWindow: number;
  /** What happens to a request that trickles (default: the socket is destroyed). */
  onTrickle?: (req: IncomingMessage) => void;
}

const hasBody = (req: IncomingMessage) =>
  (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0') || req.headers['transfer-encoding'] !== undefined;

/**
 * Drops a request whose body arrives slower than `minBytesPerWindow` per window (a client that
 * trickles a byte every few seconds holds a connection and a handler indefinitely; Node's own
 * requestTimeout is all-or-nothing and too coarse for 5 GB uploads). Counted on the socket, so the
 * body is left to the app untouched; a window in which the app has let its buffer fill (Node then
 * stops reading the socket) is not held against the client.
 */
export function guardRequestBody(req: IncomingMessage, res: ServerResponse, opts: BodyGuardOptions): void {
  if (!hasBody(req)) return;
  const socket = req.socket;
  let last = socket.bytesRead;
  const timer = setInterval(() => {
    if (req.complete || res.writableEnded || socket.destroyed) return stop();
    const now = socket.bytesRead;
    // The buffer full: Node paused the socket because the app is not reading, not the client's fault.
    const isAppBehind = req.readableLength >= req.readableHighWaterMark;
    if (!isAppBehind && now - last < opts.minBytesPerWindow) {
      stop();
      if (opts.onTrickle) opts.onTrickle(req);
      else socket.destroy();
      return;
    }
    last = now;
  }, opts.windowMs);
  timer.unref();
  const stop = () => clearInterval(timer);
  res.once('close', stop);
  req.once('end', stop);
}
