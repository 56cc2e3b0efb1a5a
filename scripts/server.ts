// The web server `npm start` runs (scripts/start.mjs spawns `node --import tsx scripts/server.ts`): Node's
// HTTP server in front of the built Next.js app (its programmatic API), so what Next.js cannot bound is
// bounded here, before a request reaches it:
// - header and body timeouts, and a guard that drops a body trickling in (HTTP_* settings);
// - methods no route answers (TRACE, TRACK, CONNECT, …) → 405 in the route's error shape;
// - the client's address: the socket's peer, or X-Forwarded-For from TRUST_PROXY peers only, handed to
//   the app in one header of our own (lib/server/net/client-address.ts) — whatever a client sent is removed;
// - /files/* served straight from storage, so HEAD and whole-file GETs carry Content-Length (Next.js 16
//   drops it from route handlers); same keys, ranges and headers as app/files/[...key]/route.ts.
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import next from 'next';
import { getSettings } from '../lib/config';
import { serveStoredFile } from '../lib/api/serve-file';
import { securityHeaders } from '../lib/server/net/security-headers';
import { getStorage } from '../lib/server/get-storage';
import { CLIENT_ADDRESS_HEADER } from '../lib/server/net/client-address';
import { parseTrustProxy, resolveClientAddress } from '../lib/server/net/trusted-proxies';
import { ALLOWED_METHODS, FORWARDING_HEADERS, isValidHost, rawRefusal, refusalForClientError, requestLineOf, guardRequestBody, isAllowedMethod, sendError } from '../lib/server/net/request-guards';

// tsx turns on Node's source maps for this file's TypeScript; for Next.js's own chunks that makes every
// stack trace Next.js reads a source-map lookup. `next start` runs without them.
process.setSourceMapsEnabled(false);
// next.config.ts sends the Content-Security-Policy in production only; `next start` sets this too.
(process.env as Record<string, string>).NODE_ENV = 'production';
const settings = getSettings();
const isTrusted = parseTrustProxy(settings.trustProxy);
const app = next({ dev: false, dir: path.resolve(__dirname, '..'), port: settings.port });
const handle = app.getRequestHandler();

/** The client's address for the app, and no forwarding header it did not get from a trusted proxy. */
function stampClientAddress(req: http.IncomingMessage) {
  const peer = req.socket.remoteAddress ?? '';
  const forwarded = req.headers['x-forwarded-for'];
  const client = resolveClientAddress(peer, Array.isArray(forwarded) ? forwarded.join(',') : forwarded, isTrusted);
  if (!isTrusted(peer)) for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers[CLIENT_ADDRESS_HEADER] = client;
}

const badEncoding = 'The URL path has malformed percent-encoding.';

// GET|HEAD /files/:key – stored uploads and renders (unguessable keys), with range requests
async function serveFiles(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
  let key: string[];
  try {
    // Decoded once, as Next.js decodes route segments: `%25` is a key with `%` in it, not a second round.
    key = url.pathname.slice('/files/'.length).split('/').map(decodeURIComponent);
  } catch {
    return sendError(res, url.pathname, 400, 'INVALID_REQUEST', badEncoding);
  }
  const headers = new Headers(securityHeaders.map((h): [string, string] => [h.key, h.value]));
  if (key.some((p) => p === '..' || p === '.' || p === '' || p.includes('/') || p.includes('\\'))) {
    return sendError(res, url.pathname, 404, 'NOT_FOUND', 'Not found');
  }
  const download = url.searchParams.get('download');
  const request = new Request(url, { method: req.method, headers: req.headers.range ? { range: req.headers.range } : {} });
  const answer = await serveStoredFile(getStorage(), key.join('/'), request, download !== null ? { download: download || key.at(-1) } : {});
  answer.headers.forEach((value, name) => headers.set(name, value));
  res.writeHead(answer.status, Object.fromEntries(headers));
  if (req.method === 'HEAD' || !answer.body) {
    await answer.body?.cancel();
    res.end();
    return;
  }
  await pipeline(Readable.fromWeb(answer.body as import('node:stream/web').ReadableStream), res);
}

const server = http.createServer(
  {
    headersTimeout: settings.httpHeadersTimeoutMs,
    requestTimeout: settings.httpRequestTimeoutMs,
    // Node checks both timeouts on this interval (30 s by default): keep it finer than the timeouts.
    connectionsCheckingInterval: Math.min(1000, Math.floor(settings.httpHeadersTimeoutMs / 2)),
  },
  (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendError(res, '/', 400, 'INVALID_REQUEST', 'The request URL is malformed.');
    }
    if (!isAllowedMethod(req.method)) {
      return sendError(res, url.pathname, 405, 'METHOD_NOT_ALLOWED', `${req.method} is not supported.`, { allow: ALLOWED_METHODS.join(', ') });
    }
    if (!isValidHost(req.headers.host)) return sendError(res, url.pathname, 400, 'INVALID_REQUEST', 'The Host header is malformed.');
    // An absolute-form target (`GET http://other.example/x`, meant for proxies) is this server's path:
    // Next.js would otherwise redirect to the other host.
    if (!req.url?.startsWith('/')) req.url = `${url.pathname}${url.search}`;
    stampClientAddress(req);
    guardRequestBody(req, res, {
      windowMs: settings.httpBodyWindowMs,
      minBytesPerWindow: Math.ceil((settings.httpBodyMinRate * settings.httpBodyWindowMs) / 1000),
    });
    const served =
      url.pathname.startsWith('/files/') && (req.method === 'GET' || req.method === 'HEAD') ? serveFiles(req, res, url) : handle(req, res);
    served.catch((err: unknown) => {
      // A client that goes away mid-answer is not an error of ours.
      if (res.headersSent || req.destroyed) return void res.destroy();
      console.error('[server] request failed', req.method, url.pathname, err);
      sendError(res, url.pathname, 500, 'INTERNAL_ERROR', 'Internal server error');
    });
  },
);

// CONNECT and methods Node's parser does not know never reach the request listener: Node would close
// the connection, or answer a bare 400.
server.on('connect', (_req, socket) => socket.end(rawRefusal('method', { method: 'CONNECT' })));
server.on('clientError', (err: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
  if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  socket.end(rawRefusal(refusalForClientError(err.code), requestLineOf(err.rawPacket)));
});

void app.prepare().then(() =>
  server.listen(settings.port, () => console.log(`[server] listening on port ${settings.port} (trusted proxies: ${settings.trustProxy ?? 'none'})`)),
);

const stop = () => {
  server.close();
  server.closeAllConnections();
  void app.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
