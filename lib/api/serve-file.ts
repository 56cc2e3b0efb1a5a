import { Readable } from 'node:stream';
import { getSettings } from '../config';
import type { Storage } from '../storage';

const mimeByExt: Record<string, string> = {
  mp4: 'video/mp4', webm: 'video/webm', mov: 'video/quicktime', mkv: 'video/x-matroska', ogv: 'video/ogg',
  mp3: 'audio/mpeg', wav: 'audio/wav', ogg: 'audio/ogg', oga: 'audio/ogg', aac: 'audio/aac', m4a: 'audio/mp4', flac: 'audio/flac',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
  svg: 'image/svg+xml', heic: 'image/heic', heif: 'image/heif', json: 'application/json',
  ttf: 'font/ttf', otf: 'font/otf', woff: 'font/woff', woff2: 'font/woff2',
};

export function mimeTypeForKey(key: string): string {
  const ext = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
  return mimeByExt[ext] ?? 'application/octet-stream';
}

/** Parses a single `bytes=a-b` range against a size; null = whole file, 'invalid' = 416. */
export function parseRange(header: string | null, size: number): { start: number; end: number } | null | 'invalid' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'invalid';
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'invalid';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start > end || start >= size) return 'invalid';
  return { start, end };
}

/**
 * `attachment` with the name as given (RFC 6266/5987 `filename*`, any Unicode) and an ASCII fallback;
 * control characters (a CR/LF would split the header) and quotes are dropped.
 */
export function contentDisposition(name: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = name.replace(/[\u0000-\u001f\u007f"\\]/g, '').slice(0, 200) || 'download';
  const ascii = clean.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}

/**
 * Streams a stored object with HTTP range support so browsers can seek in videos. With S3 storage and
 * S3_SERVE=redirect, answers 302 to a short-lived presigned URL instead (the client sends its Range
 * there); the /files URL itself stays the stable one (docs/storage.md).
 */
export async function serveStoredFile(storage: Storage, key: string, req: Request, opts: { download?: string } = {}) {
  const stat = await storage.stat(key);
  if (!stat) return new Response('Not found', { status: 404 });
  const settings = getSettings().storage;
  if (settings.kind === 's3' && settings.serve === 'redirect') {
    const url = await storage.presignedUrl(key, {
      expiresInSeconds: settings.presignSeconds,
      contentType: mimeTypeForKey(key),
      contentDisposition: opts.download ? contentDisposition(opts.download) : undefined,
    });
    // The presigned URL expires: never cached past a fraction of its life.
    const maxAge = Math.floor(settings.presignSeconds / 2);
    if (url) return new Response(null, { status: 302, headers: { location: url, 'cache-control': `private, max-age=${maxAge}` } });
  }
  const headers = new Headers({
    'content-type': mimeTypeForKey(key),
    'accept-ranges': 'bytes',
    'last-modified': stat.mtime.toUTCString(),
    'cache-control': 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  // Uploaded SVGs can carry scripts and are served from the app's own origin: opened directly, they
  // would run with the user's session. A sandbox CSP keeps them inert (as <img> they never run anyway).
  if (headers.get('content-type') === 'image/svg+xml') {
    headers.set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
  }
  if (opts.download) headers.set('content-disposition', contentDisposition(opts.download));
  const range = parseRange(req.headers.get('range'), stat.size);
  if (range === 'invalid') {
    headers.set('content-range', `bytes */${stat.size}`);
    return new Response(null, { status: 416, headers });
  }
  if (req.method === 'HEAD') {
    headers.set('content-length', String(stat.size));
    return new Response(null, { status: 200, headers });
  }
  const part = range ?? { start: 0, end: stat.size - 1 };
  headers.set('content-length', String(part.end - part.start + 1));
  if (range) headers.set('content-range', `bytes ${range.start}-${range.end}/${stat.size}`);
  const body = stat.size === 0 ? null : (Readable.toWeb(storage.read(key, part)) as ReadableStream);
  return new Response(body, { status: range ? 206 : 200, headers });
}
