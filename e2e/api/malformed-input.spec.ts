import { expect, test } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { expectError, raw } from '../fixtures/contract';
import { signInOverHttp } from '../fixtures/session';

// Malformed input anywhere gets a 4xx with a clear message, never a 500 (an outside review found 81
// of 501 malformed route requests answered 500), and what validates also renders and displays.

const meta = { version: '2.0.0', width: 320, height: 180, fps: 30 };
const oneClip = (clip: Record<string, unknown>) => ({ meta, tracks: [{ clips: [{ type: 'text', text: 'hi', start: 0, duration: 1, ...clip }] }] });

let account: Account;
test.beforeAll(() => {
  account = createAccount();
});

test('malformed percent-encoding in a path is a 400, on API id routes (error shape) and on pages', async ({ request }) => {
  const bad = '%E0%A4%A';
  for (const [method, path] of [
    ['GET', `/api/v1/video/${bad}`],
    ['DELETE', `/api/v1/video/${bad}`],
    ['POST', `/api/v1/video/${bad}/render`],
    ['DELETE', `/api/v1/files/${bad}`],
    ['GET', `/api/v1/preview/${bad}`],
  ] as const) {
    const res = await request.fetch(path, { method, headers: bearer(account.key) });
    const body = await expectError(res, 400, 'INVALID_REQUEST');
    expect(body.error, `${method} ${path}`).toBe('The URL path has malformed percent-encoding.');
  }
  for (const path of [`/v/${bad}`, `/watch/${bad}`, `/t/${bad}`, `/preview/${bad}`, `/editor/${bad}`, `/configs/${bad}.json`, `/files/${bad}`]) {
    expect((await request.get(path)).status(), path).toBe(400);
  }
});

test('/files/%25 is not found (no second decoding); ?download= with CR/LF or emoji still downloads', async ({ request }) => {
  expect((await request.get('/files/%25')).status()).toBe(404);
  expect((await request.get('/files/uploads/%25/x.png')).status()).toBe(404);
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
  const upload = await request.post('/api/v1/upload', { headers: bearer(account.key), multipart: { file: { name: 'dot.png', mimeType: 'image/png', buffer: png } } });
  expect(upload.status()).toBe(200);
  const url = new URL(String(((await upload.json()) as { assets: { url: string }[] }).assets[0]?.url));
  for (const name of ['a\r\nSet-Cookie: x=1', '😀 clip.png']) {
    const res = await request.get(`${url.pathname}?download=${encodeURIComponent(name)}`);
    expect(res.status(), name).toBe(200);
    expect(res.headers()['set-cookie']).toBeUndefined();
    expect(res.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(name.replace(/[\r\n]/g, ''))}`);
    expect((await res.body()).equals(png)).toBe(true);
  }
});

test('a cookie write with Origin: null or a malformed Origin is FORBIDDEN (403), not a 500', async () => {
  const { cookie } = await signInOverHttp(account.email, account.password);
  expect(cookie).not.toBe('');
  const port = process.env.E2E_PORT ?? 3210;
  for (const origin of ['null', 'http://', '::::', 'http://[bad']) {
    const res = await fetch(`http://localhost:${port}/api/v1/video`, {
      method: 'POST',
      headers: { cookie, origin, 'content-type': 'application/json' },
      body: JSON.stringify({ config: oneClip({}) }),
    });
    expect(res.status, origin).toBe(403);
    expect(await res.json()).toMatchObject({ success: false, code: 'FORBIDDEN' });
  }
});

test('times are bounded: 1e308 durations and starts, and start + duration past 4 hours, are INVALID_CONFIG', async ({ request }) => {
  for (const [clip, path] of [
    [{ duration: 1e308 }, 'tracks[0].clips[0].duration'],
    [{ start: 1e308 }, 'tracks[0].clips[0].start'],
    [{ start: 14_000, duration: 1_000 }, 'tracks[0].clips[0].duration'],
  ] as const) {
    for (const route of ['/api/v1/video', '/api/v1/preview']) {
      const data = route === '/api/v1/video' ? { config: oneClip(clip) } : oneClip(clip);
      const body = await expectError(await request.post(route, { headers: bearer(account.key), data }), 400, 'INVALID_CONFIG');
      expect(JSON.stringify(body.details), route).toContain(path);
    }
  }
});

test('deep nesting (layouts 2000 deep, metadata or style 5000 deep) is a 400, not a 500', async ({ request }) => {
  let layout: Record<string, unknown> = { type: 'text', text: 'deep' };
  for (let i = 0; i < 2000; i++) layout = { type: 'layout', children: [layout] };
  const deepLayout = { meta, tracks: [{ clips: [{ ...layout, start: 0, duration: 1 }] }] };
  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const bodies = [
    JSON.stringify({ config: deepLayout }),
    `{"config":${JSON.stringify(oneClip({}))},"metadata":${nested(5000)}}`,
    `{"config":{"meta":${JSON.stringify(meta)},"tracks":[{"clips":[{"type":"text","text":"x","start":0,"duration":1,"style":${nested(5000)}}]}]}}`,
  ];
  for (const body of bodies) {
    const res = await request.post('/api/v1/video', { headers: { ...bearer(account.key), 'content-type': 'application/json' }, data: raw(body) });
    expect((await expectError(res, 400, 'INVALID_REQUEST')).error).toMatch(/nested deeper than 64 levels/);
  }
});

test('pages and API answers carry the security headers; API answers are not cached', async ({ request }) => {
  const page = await request.get('/signin');
  const headers = page.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  const api = await request.get('/api/v1/credits', { headers: bearer(account.key) });
  expect(api.headers()['cache-control']).toBe('no-store');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});

test('stored documents are bounded: more than 5000 clips, 200 tracks or 16 KB of metadata are refused clearly', async ({ request }) => {
  const text = { type: 'text', text: 'x', start: 0, duration: 1 };
  const many = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config: { meta, tracks: [{ clips: Array(5001).fill(text) }] } } });
  expect((await expectError(many, 400, 'INVALID_CONFIG')).error).toContain('at most 5000');
  const preview = await request.post('/api/v1/preview', { headers: bearer(account.key), data: { meta, tracks: Array(201).fill({ clips: [text] }) } });
  await expectError(preview, 400, 'INVALID_CONFIG');
  const metadata = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config: oneClip({}), metadata: { blob: 'x'.repeat(17 * 1024) } } });
  expect((await expectError(metadata, 400, 'INVALID_REQUEST')).error).toContain('metadata: must be at most 16 KB of JSON');
});
