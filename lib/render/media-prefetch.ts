import fs from 'node:fs';
import fsp from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { VideoConfig } from '../video';
import { getSettings } from '../config';
import { getStorage } from '../server/get-storage';
import { outboundFetch, OutboundError } from '../server/net/outbound-fetch';
import { replaceStrings } from '../server/files/resolve-render-media';
import { checkMedia, MediaError, mediaRefs, probeMedia } from './media-check';
import { renderFetchOptions } from '../server/net/fetch-remote-json';

/** A config whose media all point at this process's loopback server, and how to let go of it. */
export interface LocalMedia {
  config: VideoConfig;
  close: () => Promise<void>;
}

/** A source the local server hands out: a downloaded file, or one of this server's own stored files. */
type Entry = ({ file: string } | { key: string }) & { size: number; type?: string };

/**
 * The Content-Type a source is served with, where the browser needs one: Chromium never sniffs SVG, so an SVG
 * image served without `image/svg+xml` does not decode. Everything else is left to sniffing, as before.
 */
export function servedType(name: string, upstreamType?: string): string | undefined {
  if (/^image\/svg\+xml\b/i.test(upstreamType ?? '') || /\.svg$/i.test(name)) return 'image/svg+xml';
  return undefined;
}

/**
 * The storage key of one of this server's own files: `APP_URL/files/<key>` or the relative
 * `/files/<key>` (what a relative source means: APP_URL's, never the renderer's internal server).
 * Null for anything else; `invalid` for a /files path no stored file can have.
 */
export function ownFileKey(url: string, appUrl: string): string | null | 'invalid' {
  const rest = url.startsWith(`${appUrl}/files/`) ? url.slice(appUrl.length) : url;
  if (!rest.startsWith('/files/')) return null;
  try {
    const parts = rest.slice('/files/'.length).split(/[?#]/)[0]!.split('/').map(decodeURIComponent);
    if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\'))) return 'invalid';
    return parts.join('/');
  } catch {
    return 'invalid';
  }
}

/** Fewest bytes a download must bring per RENDER_FETCH_TIMEOUT_MS window once it has started. */
const MIN_WINDOW_BYTES = 16 * 1024;

const mb = (n: number) => `${+(n / 1024 ** 2).toFixed(1)} MB`;

/** One loopback HTTP server per prefetch: Chromium and Remotion's downloader read only from it. */
async function serveLocally() {
  const entries = new Map<string, Entry>();
  const server = http.createServer((req, res) => {
    const entry = entries.get((req.url ?? '').split('?')[0]!);
    if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) return void res.writeHead(404).end();
    // Fonts load through FontFace, which fetches with CORS from the bundle's own origin.
    res.writeHead(200, {
      'content-length': String(entry.size),
      'access-control-allow-origin': '*',
      'cache-control': 'no-store',
      ...(entry.type ? { 'content-type': entry.type } : {}),
    });
    if (req.method === 'HEAD' || entry.size === 0) return void res.end();
    const body = 'file' in entry ? fs.createReadStream(entry.file) : getStorage().read(entry.key);
    body.on('error', () => res.destroy());
    body.pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    /** The loopback URL of an entry; the original name's extension is kept (Remotion infers the type from it). */
    add(entry: Entry, name: string): string {
      const ext = /\.[a-z0-9]{1,8}$/i.exec(name)?.[0] ?? '';
      const route = `/${randomBytes(12).toString('hex')}${ext.toLowerCase()}`;
      entries.set(route, entry);
      return `${base}${route}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Fetches every media source of a config before the render, so the browser never fetches (or
 * resolves) a name itself: the address policy checked on our connection is the only one that
 * counts, and a DNS answer that changes afterwards (rebinding) reaches nothing. Each source is
 * - one of our own files (`APP_URL/files/…` or relative `/files/…`): read from storage, no network;
 * - another relative path: APP_URL's (this app), fetched from there;
 * - remote: probed (first KB within RENDER_FETCH_TIMEOUT_MS, declared size), then downloaded through
 *   outboundFetch into a temp folder, counted against MAX_MEDIA_BYTES as it arrives (larger sources
 *   are refused, not truncated) and dropped when it slows to a drip.
 * A failure names the clip and URL (MediaError). One on our side — an own file missing, a relative
 * path of this app failing — is `refundable`: the account does not pay for it.
 */
export async function prefetchMedia(config: VideoConfig): Promise<LocalMedia> {
  const refs = mediaRefs(config);
  if (refs.length === 0) return { config, close: async () => undefined };
  const settings = getSettings();
  const appOrigin = new URL(settings.appUrl).origin;
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cutroom-media-'));
  const local = await serveLocally();
  const close = async () => {
    await local.close();
    await fsp.rm(dir, { recursive: true, force: true });
  };
  const swaps = new Map<string, string>();
  let isOurSide = false;
  const ours = (problem: string) => {
    isOurSide = true;
    return problem;
  };
  let n = 0;

  const fetchOne = async (url: string): Promise<string | null> => {
    const key = ownFileKey(url, settings.appUrl);
    const name = url.split(/[?#]/)[0]!;
    if (key === 'invalid') return 'not a file of this server';
    if (key !== null) {
      const stat = await getStorage().stat(key);
      if (!stat) return ours('this server has no such file (deleted?)');
      swaps.set(url, local.add({ key, size: stat.size, type: servedType(name) }, name));
      return null;
    }
    // `//host/x` is what a browser would make of it on an https page; `/x` is this app's.
    const absolute = url.startsWith('//') ? `https:${url}` : url.startsWith('/') ? `${settings.appUrl}${url}` : url;
    let isThisApp: boolean;
    try {
      // This app itself (APP_URL, by configuration) may live on a private address; nothing else may.
      isThisApp = new URL(absolute).origin === appOrigin;
    } catch {
      return 'not a valid URL';
    }
    const allowPrivate = settings.allowPrivateMedia || isThisApp;
    if (!isThisApp) {
      const problem = await probeMedia(absolute);
      if (problem) return problem;
    }
    const file = path.join(dir, `${n++}`);
    try {
      const res = await outboundFetch(absolute, {
        ...renderFetchOptions(),
        allowPrivate,
        timeoutMs: settings.renderTimeoutMs,
        idleTimeoutMs: settings.renderFetchTimeoutMs,
        minWindowBytes: MIN_WINDOW_BYTES,
        maxBytes: settings.maxMediaBytes,
        toFile: file,
      });
      if (res.status < 200 || res.status >= 300) return isThisApp ? ours(`HTTP ${res.status}`) : `HTTP ${res.status}`;
      const upstreamType = res.headers['content-type'];
      swaps.set(url, local.add({ file, size: res.bytes, type: servedType(name, upstreamType) }, name));
      return null;
    } catch (err) {
      const problem =
        err instanceof OutboundError && err.reason === 'too-large'
          ? `it is larger than the ${mb(settings.maxMediaBytes)} limit (MAX_MEDIA_BYTES); refused`
          : err instanceof Error ? err.message : String(err);
      return isThisApp ? ours(problem) : problem;
    }
  };

  try {
    await checkMedia(config, fetchOne);
  } catch (err) {
    await close();
    if (err instanceof MediaError && isOurSide) throw new MediaError(`${err.message}. Your credits were refunded.`, { refundable: true });
    throw err;
  }
  return { config: replaceStrings(config, swaps) as VideoConfig, close };
}
