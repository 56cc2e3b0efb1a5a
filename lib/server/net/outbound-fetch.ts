import dns from 'node:dns';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { LookupFunction } from 'node:net';
import { isPublicAddress } from './address-policy';

/** Why an outbound request did not produce a response; `message` is fit to show the account. */
export class OutboundError extends Error {
  override readonly name = 'OutboundError';
  constructor(
    readonly reason: 'refused-address' | 'timeout' | 'too-large' | 'unresolved' | 'network' | 'bad-url',
    message: string,
  ) {
    super(message);
  }
}

export interface OutboundOptions {
  method?: 'GET' | 'POST' | 'HEAD';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The whole exchange — connect, headers and body — must finish within this. */
  timeoutMs: number;
  /** Largest response body read (declared or counted); more is `too-large`. */
  maxBytes: number;
  /** Connect to private, loopback and own addresses too (self-hosting, tests). */
  allowPrivate?: boolean;
  /** Redirects followed, each through the same policy (default 0: a 3xx is returned as is). */
  maxRedirects?: number;
  /** Stop after the headers (a probe): the body is not read and comes back empty. */
  headersOnly?: boolean;
  /** Stop once this many body bytes arrived (a probe that must see the source really answer). */
  prefixBytes?: number;
  /** Stream the body into this file instead of memory (the body comes back empty; `bytes` counts it). */
  toFile?: string;
  /** Fail when fewer than `minWindowBytes` (default 1) body bytes arrive in a window this long (a source that drips), on top of `timeoutMs`. */
  idleTimeoutMs?: number;
  minWindowBytes?: number;
  /** The resolver (tests); default `dns.lookup`. */
  lookup?: typeof dns.lookup;
}

export interface OutboundResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The address the socket actually connected to. */
  remoteAddress: string;
  url: string;
  /** Body bytes received (in `body`, or written to `toFile`). */
  bytes: number;
}

const seconds = (ms: number) => `${+(ms / 1000).toFixed(1)} s`;

/**
 * The one way the server fetches a URL it was given (webhooks, media checks, remote subtitles, fonts):
 * http(s) only, a total timeout, a response size cap, and an address policy applied to the address the
 * socket connects to — the name is resolved once, inside the connection, so a DNS answer that changes
 * between a check and the request (rebinding) cannot slip through.
 */
export async function outboundFetch(url: string, opts: OutboundOptions): Promise<OutboundResponse> {
  const deadline = Date.now() + opts.timeoutMs;
  let current = url;
  for (let hop = 0; ; hop++) {
    const res = await requestOnce(current, opts, deadline);
    const location = res.headers.location;
    if (res.status >= 300 && res.status < 400 && location && hop < (opts.maxRedirects ?? 0)) {
      current = new URL(location, current).toString();
      continue;
    }
    return res;
  }
}

function requestOnce(url: string, opts: OutboundOptions, deadline: number): Promise<OutboundResponse> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.reject(new OutboundError('bad-url', 'not a valid URL'));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return Promise.reject(new OutboundError('bad-url', `only http and https URLs can be fetched, not ${parsed.protocol}`));
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const allowed = (address: string) => opts.allowPrivate || isPublicAddress(address);
  // An IP literal is connected to without a lookup: judge it here.
  if (net.isIP(host) && !allowed(host)) {
    return Promise.reject(new OutboundError('refused-address', `${host} is a private or local address; refused`));
  }
  const resolve = opts.lookup ?? dns.lookup;
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(new OutboundError('unresolved', `${hostname} does not resolve`), '', 4);
      const list = addresses as dns.LookupAddress[];
      const bad = list.find((a) => !allowed(a.address));
      // The address is not named: what a name resolves to inside our network is not the account's business.
      if (bad) return callback(new OutboundError('refused-address', `${hostname} resolves to a private or local address; refused`), '', 4);
      if (list.length === 0) return callback(new OutboundError('unresolved', `${hostname} does not resolve`), '', 4);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };

  return new Promise((resolvePromise, reject) => {
    const remaining = deadline - Date.now();
    const client = parsed.protocol === 'https:' ? https : http;
    const req = client.request(parsed, {
      method: opts.method ?? 'GET',
      headers: opts.body !== undefined ? { 'content-length': String(Buffer.byteLength(opts.body)), ...opts.headers } : opts.headers,
      lookup,
      agent: false,
    });
    let settled = false;
    let out: fs.WriteStream | undefined;
    let idle: NodeJS.Timeout | undefined; // an interval: cleared with clearTimeout like the others
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(idle);
      req.destroy();
      out?.destroy();
      reject(err instanceof OutboundError ? err : new OutboundError('network', `connection failed (${(err as NodeJS.ErrnoException).code ?? err.message})`));
    };
    const total = opts.timeoutMs;
    const timer = setTimeout(() => fail(new OutboundError('timeout', `no complete answer within ${seconds(total)}`)), Math.max(0, remaining));
    req.on('error', fail);
    req.on('socket', (socket) => {
      // Belt and braces: whatever resolved, judge the address the socket really reached.
      socket.once('connect', () => {
        const address = socket.remoteAddress ?? '';
        if (!allowed(address)) fail(new OutboundError('refused-address', `${host} connected to a private or local address; refused`));
      });
    });
    req.on('response', (res) => {
      const remoteAddress = res.socket.remoteAddress ?? '';
      const done = (body: Buffer, bytes = body.length) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearTimeout(idle);
        resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body, remoteAddress, url: parsed.toString(), bytes });
      };
      if (opts.headersOnly || (res.statusCode ?? 0) >= 300 && (res.statusCode ?? 0) < 400) {
        done(Buffer.alloc(0));
        res.destroy();
        return;
      }
      const prefix = opts.prefixBytes;
      const declared = Number(res.headers['content-length']);
      if (prefix === undefined && Number.isFinite(declared) && declared > opts.maxBytes) {
        return fail(new OutboundError('too-large', `the answer is larger than ${opts.maxBytes} bytes`));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      const windowMs = opts.idleTimeoutMs;
      if (windowMs !== undefined) {
        const floor = Math.max(1, opts.minWindowBytes ?? 1);
        let mark = 0;
        idle = setInterval(() => {
          const slow = floor === 1 ? `no data for ${seconds(windowMs)}` : `fewer than ${floor} bytes arrived in ${seconds(windowMs)}`;
          if (size - mark < floor) fail(new OutboundError('timeout', slow));
          mark = size;
        }, windowMs);
      }
      if (opts.toFile && (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300) {
        const file = (out = fs.createWriteStream(opts.toFile));
        file.on('error', fail);
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > opts.maxBytes) return fail(new OutboundError('too-large', `the answer is larger than ${opts.maxBytes} bytes`));
          if (!file.write(chunk)) {
            res.pause();
            file.once('drain', () => res.resume());
          }
        });
        res.on('end', () => file.end(() => done(Buffer.alloc(0), size)));
        res.on('error', fail);
        return;
      }
      res.on('data', (chunk: Buffer) => {
        if (prefix !== undefined && size + chunk.length >= prefix) {
          chunks.push(chunk.subarray(0, prefix - size));
          done(Buffer.concat(chunks, prefix));
          res.destroy();
          return;
        }
        size += chunk.length;
        if (size > opts.maxBytes) return fail(new OutboundError('too-large', `the answer is larger than ${opts.maxBytes} bytes`));
        chunks.push(chunk);
      });
      res.on('end', () => done(Buffer.concat(chunks, size)));
      res.on('error', fail);
    });
    req.end(opts.body);
  });
}
