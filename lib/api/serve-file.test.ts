import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLocalStorage } from '../storage/storage';
import { contentDisposition, mimeTypeForKey, parseRange, serveStoredFile } from './serve-file';

describe('parseRange', () => {
  it.each([
    [null, 100, null],
    ['bytes=0-9', 100, { start: 0, end: 9 }],
    ['bytes=90-', 100, { start: 90, end: 99 }],
    ['bytes=-10', 100, { start: 90, end: 99 }],
    ['bytes=50-500', 100, { start: 50, end: 99 }],
    ['bytes=100-', 100, 'invalid'],
    ['bytes=9-1', 100, 'invalid'],
    ['bytes=-0', 100, 'invalid'],
    ['items=0-1', 100, 'invalid'],
  ] as const)('%s of %d bytes → %j', (header, size, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });
});

describe('mimeTypeForKey', () => {
  it('knows video, audio and images, and falls back to octet-stream', () => {
    expect(mimeTypeForKey('renders/a/b.mp4')).toBe('video/mp4');
    expect(mimeTypeForKey('x.MP3')).toBe('audio/mpeg');
    expect(mimeTypeForKey('x.webp')).toBe('image/webp');
    expect(mimeTypeForKey('x.bin')).toBe('application/octet-stream');
  });
});

describe('serveStoredFile', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cutroom-serve-'));
  const storage = createLocalStorage(root);
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>';

  it('serves an uploaded SVG inert: sandboxed, never sniffed into HTML', async () => {
    await storage.put('uploads/u/x.svg', Readable.from([Buffer.from(svg)]));
    const res = await serveStoredFile(storage, 'uploads/u/x.svg', new Request('http://x/files/uploads/u/x.svg'));
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(svg);
  });

  it('leaves other media without a sandbox, so a video opened directly still plays', async () => {
    await storage.put('renders/t/r.mp4', Readable.from([Buffer.from('not really a video')]));
    const res = await serveStoredFile(storage, 'renders/t/r.mp4', new Request('http://x/files/renders/t/r.mp4', { headers: { range: 'bytes=0-2' } }));
    expect(res.status).toBe(206);
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(await res.text()).toBe('not');
  });
});

describe('contentDisposition', () => {
  it.each([
    ['clip.mp4', `attachment; filename="clip.mp4"; filename*=UTF-8''clip.mp4`],
    ['a\r\nSet-Cookie: x=1', `attachment; filename="aSet-Cookie: x=1"; filename*=UTF-8''aSet-Cookie%3A%20x%3D1`],
    ['😀 film.mp4', `attachment; filename="__ film.mp4"; filename*=UTF-8''%F0%9F%98%80%20film.mp4`],
    ['"', `attachment; filename="download"; filename*=UTF-8''download`],
  ])('%j → a header value that Headers accepts', (name, expected) => {
    expect(contentDisposition(name)).toBe(expected);
    expect(() => new Headers({ 'content-disposition': contentDisposition(name) })).not.toThrow();
  });
});
