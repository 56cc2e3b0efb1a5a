import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { bearer, waitForRender } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';

// What Cutroom's own HTTP server (scripts/server.ts, in front of Next.js) bounds: methods, client
// addresses, slow clients, /files headers. The suite's server has the defaults; a second instance of
// the same server on the same database gets short timeouts and TRUST_PROXY=127.0.0.1, so that a peer
// at 127.0.0.2 is an untrusted client and 127.0.0.1 a trusted proxy.

const root = path.resolve(__dirname, '..', '..');
const mainPort = Number(process.env.E2E_PORT ?? 3210);
const dataDir = path.resolve(root, process.env.E2E_DATA_DIR ?? '.data-e2e');

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One request on its own connection, optionally from a chosen local address. */
function call(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string; localAddress?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers, localAddress: opts.localAddress, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

type Outcome = 'signed-in' | 'wrong' | 'rate-limited';

/**
 * A sign-in through next-auth's credentials callback, from `localAddress`, claiming `forwardedFor`.
 * Many at once on a loaded machine sometimes lose next-auth's CSRF pairing (MissingCSRF, before any
 * limit is consulted): such a round is repeated.
 */
async function signIn(port: number, email: string, password: string, from: { localAddress: string; forwardedFor: string }): Promise<Outcome> {
  for (let round = 0; ; round++) {
    const outcome = await signInOnce(port, email, password, from);
    if (outcome !== 'missing-csrf') return outcome;
    if (round === 3) throw new Error('next-auth kept answering MissingCSRF');
  }
}

async function signInOnce(port: number, email: string, password: string, from: { localAddress: string; forwardedFor: string }): Promise<Outcome | 'missing-csrf'> {
  const claim = { 'x-forwarded-for': from.forwardedFor };
  const csrf = await call(port, { path: '/api/auth/csrf', headers: claim, localAddress: from.localAddress });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = (csrf.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  const res = await call(port, {
    method: 'POST',
    path: '/api/auth/callback/credentials',
    headers: { ...claim, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/dashboard' }).toString(),
    localAddress: from.localAddress,
  });
  if ((res.headers['set-cookie'] ?? []).some((c) => c.startsWith('authjs.session-token='))) return 'signed-in';
  const location = String(res.headers.location ?? '');
  if (/code=rate_limited/.test(location)) return 'rate-limited';
  if (/error=MissingCSRF/.test(location)) return 'missing-csrf';
  expect(location, `unexpected answer ${res.status} ${location}`).toMatch(/error=CredentialsSignin/);
  return 'wrong';
}

/**
 * 40 wrong sign-ins at once (each for another unknown email, so only the address limit can stop
 * them; the limit counts attempts atomically, so sending them together is honest and fast). Returns
 * how many were refused.
 */
async function exhaustAddressLimit(port: number, from: (i: number) => { localAddress: string; forwardedFor: string }) {
  const outcomes = await Promise.all(
    Array.from({ length: 40 }, (_, i) => signIn(port, `nobody-${randomBytes(4).toString('hex')}@example.test`, 'wrong-pass-1', from(i))),
  );
  return outcomes.filter((o) => o === 'rate-limited').length;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

let account: ReturnType<typeof createAccount>;
let second: ChildProcess | undefined;
let secondPort = 0;
let secondLog = '';

test.beforeAll(async () => {
  account = createAccount();
  secondPort = await freePort();
  second = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(secondPort),
      APP_URL: `http://localhost:${secondPort}`,
      DATA_DIR: dataDir,
      AUTH_SECRET: fs.readFileSync(path.join(dataDir, 'auth-secret'), 'utf8').trim(),
      AUTH_TRUST_HOST: 'true',
      NEXT_TELEMETRY_DISABLED: '1',
      TRUST_PROXY: '127.0.0.1',
      HTTP_HEADERS_TIMEOUT_MS: '1500',
      HTTP_BODY_WINDOW_MS: '1000',
      HTTP_BODY_MIN_RATE: '200',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  second.stdout?.on('data', (d: Buffer) => (secondLog += d.toString()));
  second.stderr?.on('data', (d: Buffer) => (secondLog += d.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await call(secondPort, { path: '/api/health' }).then((r) => r.status === 200, () => false);
    if (up) break;
    if (Date.now() > deadline || second.exitCode !== null) throw new Error(`second server did not start:\n${secondLog}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(() => {
  second?.kill('SIGTERM');
});

test('TRACE, TRACK and CONNECT are 405 in the route’s error shape, before Next.js sees them', async () => {
  for (const method of ['TRACE', 'TRACK']) {
    const api = await call(mainPort, { method, path: '/api/v1/video' });
    expect(api.status, method).toBe(405);
    expect(JSON.parse(api.body)).toEqual({ success: false, error: `${method} is not supported.`, code: 'METHOD_NOT_ALLOWED' });
    expect(api.headers.allow).toContain('GET');
    const page = await call(mainPort, { method, path: '/' });
    expect(page.status, method).toBe(405);
    expect(page.headers['content-type']).toMatch(/^text\/plain/);
  }
  const connect = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(mainPort, '127.0.0.1', () => socket.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'));
    let got = '';
    socket.on('data', (d) => (got += d.toString()));
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
  });
  expect(connect).toMatch(/^HTTP\/1\.1 405 /);
  expect(connect).toContain('"code":"METHOD_NOT_ALLOWED"');
});

test('a Host header no URL can hold is a 400, and an absolute-form target stays on this server (L3)', async () => {
  for (const host of ['localhost:99999', '%']) {
    const res = await call(mainPort, { path: '/', headers: { host } });
    expect(res.status, host).toBe(400);
  }
  const absolute = await call(mainPort, { path: 'http://evil.example/api/health' });
  expect([absolute.status, absolute.headers.location]).toEqual([200, undefined]);
});

test('/files: HEAD and whole-file GET send Content-Length; a range sends its own', async ({ request }) => {
  const { key } = account;
  const bytes = fs.readFileSync(path.join(root, 'e2e/fixtures/media/quadrants.png'));
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'quadrants.png');
  const uploaded = await request.post('/api/v1/upload', { headers: bearer(key), multipart: form });
  expect(uploaded.status()).toBe(200);
  const url = new URL(String(((await uploaded.json()) as { assets: { url: string }[] }).assets[0]?.url));
  const head = await call(mainPort, { method: 'HEAD', path: url.pathname });
  expect([head.status, head.headers['content-length'], head.headers['content-type']]).toEqual([200, String(bytes.length), 'image/png']);
  const get = await call(mainPort, { path: url.pathname });
  expect([get.status, get.headers['content-length'], Buffer.byteLength(get.body, 'latin1') > 0]).toEqual([200, String(bytes.length), true]);
  const part = await call(mainPort, { path: url.pathname, headers: { range: 'bytes=0-9' } });
  expect([part.status, part.headers['content-length'], part.headers['content-range']]).toEqual([206, '10', `bytes 0-9/${bytes.length}`]);
  // The same security headers as every page, and the stored-file rules of the route it replaces.
  expect([get.headers['x-content-type-options'], get.headers['x-frame-options']]).toEqual(['nosniff', 'SAMEORIGIN']);
  expect((await call(mainPort, { path: '/files/%25' })).status).toBe(404);
  expect((await call(mainPort, { path: '/files/%E0%A4%A' })).status).toBe(400);
});

test('a spoofed X-Forwarded-For from an untrusted peer is ignored: the socket address is what the sign-in limit counts', async () => {
  const { email, password } = account;
  // Every attempt claims another address; all come from 127.0.0.2, which TRUST_PROXY does not name.
  expect(await exhaustAddressLimit(secondPort, (i) => ({ localAddress: '127.0.0.2', forwardedFor: `198.51.100.${i + 1}` }))).toBeGreaterThan(0);
  expect(await signIn(secondPort, email, password, { localAddress: '127.0.0.2', forwardedFor: '198.51.100.250' })).toBe('rate-limited');
  // Someone else, through the trusted proxy, is not held back by that.
  expect(await signIn(secondPort, email, password, { localAddress: '127.0.0.1', forwardedFor: '198.51.100.251' })).toBe('signed-in');
});

test('X-Forwarded-For from a trusted proxy is used: its clients are counted apart', async () => {
  const { email, password } = account;
  const client = `203.0.113.${1 + (randomBytes(1)[0]! % 200)}`;
  expect(await exhaustAddressLimit(secondPort, () => ({ localAddress: '127.0.0.1', forwardedFor: `10.9.9.9, ${client}` }))).toBeGreaterThan(0);
  expect(await signIn(secondPort, email, password, { localAddress: '127.0.0.1', forwardedFor: client })).toBe('rate-limited');
  expect(await signIn(secondPort, email, password, { localAddress: '127.0.0.1', forwardedFor: '203.0.113.254' })).toBe('signed-in');
});

/** Opens a raw connection, writes `head`, then `drip()` every `everyMs`; resolves with what arrived and when it closed. */
function trickle(port: number, head: string, drip: () => string, everyMs: number, giveUpMs: number) {
  return new Promise<{ closedAfterMs: number; received: string }>((resolve) => {
    const started = Date.now();
    let received = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write(head));
    const timer = setInterval(() => socket.writable && socket.write(drip()), everyMs);
    const end = () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ closedAfterMs: Date.now() - started, received });
    };
    const giveUp = setTimeout(() => socket.destroy(), giveUpMs);
    socket.on('data', (d) => (received += d.toString()));
    socket.on('close', end);
    socket.on('error', () => undefined);
  });
}

test('a client trickling a body or its headers is dropped within the configured time; a slow steady body is not', async () => {
  const { key } = account;
  // 1 byte every 250 ms against a floor of 200 bytes per 1 s window.
  const body = await trickle(secondPort, `POST /api/v1/video HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{`, () => ' ', 250, 15_000);
  expect(body.closedAfterMs, secondLog).toBeLessThan(4_000);
  expect(body.received).not.toMatch(/^HTTP\/1\.1 2/);
  // Headers one line every 300 ms, never finished: HTTP_HEADERS_TIMEOUT_MS=1500.
  const headers = await trickle(secondPort, 'GET /api/health HTTP/1.1\r\nHost: x\r\n', () => `X-Pad-${randomBytes(2).toString('hex')}: 1\r\n`, 300, 15_000);
  expect(headers.closedAfterMs).toBeLessThan(4_000);
  // 2 KB/s, slower than any real client yet above the floor, for longer than a window: answered.
  const json = JSON.stringify({ config: { meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: [] }, metadata: { pad: 'x'.repeat(3000) } });
  let sent = 0;
  const steady = await trickle(
    secondPort,
    `POST /api/v1/video HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n`,
    () => json.slice(sent, (sent += 300)),
    150,
    15_000,
  );
  expect(steady.closedAfterMs).toBeGreaterThan(1_000);
  expect(steady.received).toMatch(/^HTTP\/1\.1 (200|400) /);
});

// ── Renders fetch their media themselves (M1) ────────────────────────────────────────────────────

/** A media source on loopback (the suite runs with ALLOW_PRIVATE_MEDIA=1) that records who asked. */
async function mediaSource() {
  const asked: { url: string; userAgent: string }[] = [];
  let bytesSent = 0;
  const png = fs.readFileSync(path.join(root, 'e2e/fixtures/media/quadrants.png'));
  const font = fs.readFileSync(path.join(root, 'e2e/fixtures/media/source-code-pro-500.woff2'));
  const server = http.createServer((req, res) => {
    asked.push({ url: req.url ?? '', userAgent: String(req.headers['user-agent'] ?? '') });
    if (req.url === '/huge.mp4') {
      // Declares 300 MB and would send it all, as fast as it is read.
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(300 * 1024 ** 2), 'access-control-allow-origin': '*' });
      const chunk = Buffer.alloc(64 * 1024);
      const pump = () => {
        while (!res.destroyed && res.write(chunk)) bytesSent += chunk.length;
      };
      res.on('drain', pump);
      return pump();
    }
    const body = req.url === '/font.woff2' ? font : png;
    res.writeHead(200, { 'content-type': req.url === '/font.woff2' ? 'font/woff2' : 'image/png', 'content-length': String(body.length), 'access-control-allow-origin': '*' });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return { base, asked, bytesSent: () => bytesSent, close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const meta = { version: '2.0.0', width: 320, height: 180, fps: 30, background: '#000000' };

async function renderConfig(request: APIRequestContext, key: string, config: unknown) {
  const created = await request.post('/api/v1/video', { headers: bearer(key), data: { config } });
  expect(created.status(), await created.text()).toBe(200);
  const taskId = String((await created.json()).taskId);
  const started = await request.post(`/api/v1/video/${taskId}/render`, { headers: bearer(key), data: {} });
  expect(started.status(), await started.text()).toBe(200);
  return (await waitForRender(request, taskId, key, 90_000)).body;
}

const credits = async (request: APIRequestContext, key: string) =>
  Number(((await (await request.get('/api/v1/credits', { headers: bearer(key) })).json()) as { credits: number }).credits);

test('a render reads relative /files sources from storage and remote ones through the server: Chromium fetches nothing itself', async ({ request }) => {
  const { key } = account;
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(fs.readFileSync(path.join(root, 'e2e/fixtures/media/quadrants.png')))], { type: 'image/png' }), 'q.png');
  const uploaded = await request.post('/api/v1/upload', { headers: bearer(key), multipart: form });
  const relative = new URL(String(((await uploaded.json()) as { assets: { url: string }[] }).assets[0]?.url)).pathname;
  const source = await mediaSource();
  try {
    const body = await renderConfig(request, key, {
      meta,
      assets: { fonts: [{ id: 'code', family: 'Code', src: `${source.base}/font.woff2` }] },
      tracks: [
        {
          clips: [
            { type: 'image', src: relative, start: 0, duration: 1, transform: { x: '25%', y: '50%', width: 100, height: 100 } },
            { type: 'image', src: `${source.base}/remote.png`, start: 0, duration: 1, transform: { x: '75%', y: '50%', width: 100, height: 100 } },
            { type: 'text', text: 'fetched', start: 0, duration: 1, style: { fontFamily: 'Code', fill: '#ffffff', fontSize: 20 } },
          ],
        },
      ],
    });
    expect(body.status, String(body.error)).toBe('completed');
    const paths = source.asked.map((a) => a.url);
    expect(paths).toContain('/remote.png');
    expect(paths).toContain('/font.woff2');
    // Every request came from the server's own fetch, none from the browser.
    expect(source.asked.filter((a) => /chrome|mozilla/i.test(a.userAgent))).toEqual([]);
  } finally {
    await source.close();
  }
});

test('a missing relative /files source fails the render before any frame and costs nothing', async ({ request }) => {
  const { key } = account;
  const before = await credits(request, key);
  const body = await renderConfig(request, key, { meta, tracks: [{ clips: [{ type: 'image', src: '/files/uploads/nobody/missing.png', start: 0, duration: 1 }] }] });
  expect(body.status).toBe('failed');
  expect(String(body.error)).toContain('tracks[0].clips[0] (image): could not load /files/uploads/nobody/missing.png');
  expect(await credits(request, key)).toBe(before);
});

test('a 300 MB remote video for a 1 s clip is refused past MAX_MEDIA_BYTES without being downloaded', async ({ request }) => {
  const { key } = account;
  const source = await mediaSource();
  try {
    const body = await renderConfig(request, key, { meta, tracks: [{ clips: [{ type: 'video', src: `${source.base}/huge.mp4`, start: 0, duration: 1 }] }] });
    expect(body.status).toBe('failed');
    expect(String(body.error)).toContain(`tracks[0].clips[0] (video): could not load ${source.base}/huge.mp4`);
    expect(String(body.error)).toContain('MAX_MEDIA_BYTES');
    expect(source.bytesSent()).toBeLessThan(16 * 1024 ** 2);
  } finally {
    await source.close();
  }
});

test('a colour field with url() is refused at the API with its path (L4)', async ({ request }) => {
  const { key } = account;
  const config = {
    meta: { ...meta, background: 'url(http://169.254.169.254/latest/meta-data/)' },
    tracks: [{ clips: [{ type: 'rect', start: 0, duration: 1, style: { fill: 'url(//tracker.example/p.png)', stroke: 'rgb(0 0 0 / 50%)' } }] }],
  };
  // A task takes `{ config }`; a preview's body is the config itself.
  for (const [route, data] of [['/api/v1/video', { config }], ['/api/v1/preview', config]] as const) {
    const res = await request.post(route, { headers: bearer(key), data });
    expect(res.status(), route).toBe(400);
    const body = (await res.json()) as { code: string; details: { issues: { path: string; message: string }[] } };
    expect(body.code).toBe('INVALID_CONFIG');
    const paths = body.details.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['meta.background', 'tracks[0].clips[0].style.fill']));
    expect(paths).not.toContain('tracks[0].clips[0].style.stroke');
    expect(body.details.issues.find((i) => i.path === 'tracks[0].clips[0].style.fill')?.message).toMatch(/url\(\)/);
  }
});
