import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { cli, createAccount, type Account } from '../fixtures/cli';
import { makeMedia, makePng, svgText, wavBytesPerSecond } from '../fixtures/media';
import { sanitizeSvg } from '../../lib/media/sanitize-svg';

// The upload, list and delete endpoints against the real server. The server runs with
// MAX_UPLOAD_BYTES=20000000 (playwright.config.ts), so FILE_TOO_LARGE can be reached with a 21 MB file, and with
// PLAN_STORAGE_LIMITS=free=64MiB, so the free plan is filled by three of them.
const MAX_UPLOAD_BYTES = 20_000_000;
const FREE_PLAN_BYTES = 64 * 1024 ** 2;

interface Part {
  field: string;
  name: string;
  mimeType: string;
  bytes: Buffer;
}

/** Real media, made once: a hand-built PNG, the rest by ffmpeg. */
const media = {} as Record<'png' | 'jpg' | 'svg' | 'mp4' | 'webm' | 'mp3' | 'wav' | 'm4a' | 'wav20s', Buffer>;
test.beforeAll(() => {
  media.png = makePng(16, 16, [0, 128, 255]);
  media.jpg = makeMedia('jpg');
  media.svg = Buffer.from(svgText);
  media.mp4 = makeMedia('mp4');
  media.webm = makeMedia('webm');
  media.mp3 = makeMedia('mp3');
  media.wav = makeMedia('wav');
  media.m4a = makeMedia('m4a');
  media.wav20s = makeMedia('wav', { seconds: 20 }); // 3.84 MB: more than any single read or chunk
});

/** What the server stores for a part: the bytes as sent, except SVGs, which are stored sanitized. */
function storedBytes(p: Part): Buffer {
  if (p.mimeType !== 'image/svg+xml') return p.bytes;
  const clean = sanitizeSvg(p.bytes.toString('utf8'));
  if (!clean.ok) throw new Error(clean.reason);
  return Buffer.from(clean.svg);
}

/** Cutroom's processing fields as an upload answers them: not processed yet. */
const justUploaded = {
  status: 'processing', error: null, duration: null, width: null, height: null, fps: null, hasAudio: null,
  thumbnailUrl: null, posterUrl: null, waveformUrl: null, proxyUrl: null, filmstrip: null,
};

const part = (field: string, kind: keyof typeof media, name: string, mimeType: string): Part => ({ field, name, mimeType, bytes: media[kind] });

function formOf(parts: Part[]): FormData {
  const form = new FormData();
  for (const p of parts) form.append(p.field, new Blob([new Uint8Array(p.bytes)], { type: p.mimeType }), p.name);
  return form;
}

function upload(request: APIRequestContext, key: string, parts: Part[] | FormData) {
  return request.post('/api/v1/upload', { headers: bearer(key), multipart: parts instanceof FormData ? parts : formOf(parts) });
}

async function listAll(request: APIRequestContext, key: string, query = '') {
  const res = await request.get(`/api/v1/files${query}`, { headers: bearer(key) });
  expect(res.status()).toBe(200);
  return (await res.json()) as { success: true; files: Asset[]; pagination: { page: number; limit: number; total: number } };
}

interface Asset {
  id: string;
  name: string;
  url: string;
  type: string;
  mimeType: string;
  size: number;
  createdAt: string;
  status: 'processing' | 'ready' | 'failed';
}

const uploadsDir = path.resolve(__dirname, '..', '..', process.env.E2E_DATA_DIR ?? '.data-e2e', 'files', 'uploads');

/**
 * Every uploaded object (partial writes included) in the server's upload storage, or one user's part of
 * it; with `derived`, also the derivatives processing adds in the background (`<userId>/derived/…`).
 */
function storedObjects(userId = '', opts: { derived?: boolean } = {}): string[] {
  const dir = path.join(uploadsDir, userId);
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter(
    (p) => (opts.derived || !p.split(path.sep).includes('derived')) && fs.statSync(path.join(dir, p)).isFile(),
  );
}

/** The user folder in a /files/uploads/<userId>/… URL. */
const ownerOf = (url: string) => new URL(url).pathname.split('/')[3]!;

const errorBody = (code: string) => ({ success: false, error: expect.any(String), code });

test.describe('POST /api/v1/upload', () => {
  const cases: { name: string; parts: () => Part[]; expected: Record<string, unknown>[] }[] = [
    {
      name: 'one image in `file`',
      parts: () => [part('file', 'png', 'blue.png', 'image/png')],
      expected: [{ name: 'blue.png', type: 'image', mimeType: 'image/png' }],
    },
    {
      name: 'image, video and audio in `files`',
      parts: () => [part('files', 'jpg', 'photo.jpg', 'image/jpeg'), part('files', 'mp4', 'clip.mp4', 'video/mp4'), part('files', 'mp3', 'tone.mp3', 'audio/mpeg')],
      expected: [
        { name: 'photo.jpg', type: 'image', mimeType: 'image/jpeg' },
        { name: 'clip.mp4', type: 'video', mimeType: 'video/mp4' },
        { name: 'tone.mp3', type: 'audio', mimeType: 'audio/mpeg' },
      ],
    },
    {
      name: '`file` and `files` together, with SVG, WebM, WAV and M4A',
      parts: () => [
        part('file', 'svg', 'logo.svg', 'image/svg+xml'),
        part('files', 'webm', 'loop.webm', 'video/webm'),
        part('files', 'wav', 'beep.wav', 'audio/wav'),
        part('files', 'm4a', 'voice.m4a', 'audio/mp4'),
      ],
      expected: [
        { name: 'logo.svg', type: 'image', mimeType: 'image/svg+xml' },
        { name: 'loop.webm', type: 'video', mimeType: 'video/webm' },
        { name: 'beep.wav', type: 'audio', mimeType: 'audio/wav' },
        { name: 'voice.m4a', type: 'audio', mimeType: expect.stringMatching(/^audio\//) },
      ],
    },
    {
      name: 'a few MB (streamed, not cut off by any body limit)',
      parts: () => [part('file', 'wav20s', 'long.wav', 'audio/wav')],
      expected: [{ name: 'long.wav', type: 'audio', mimeType: 'audio/wav' }],
    },
  ];

  for (const c of cases) {
    test(`uploads ${c.name}, and serves each file back byte for byte`, async ({ request, baseURL }) => {
      const account = createAccount();
      const parts = c.parts();
      const started = Date.now();
      const res = await upload(request, account.key, parts);
      expect(res.status(), await res.text()).toBe(200);
      const body = await res.json();
      expect(body).toEqual({
        success: true,
        message: `Successfully uploaded ${parts.length} file(s)`,
        count: parts.length,
        assets: c.expected.map((e, i) => ({
          ...e,
          id: expect.stringMatching(/^asset_[A-Za-z0-9]{20}$/),
          url: expect.stringMatching(new RegExp(`^${baseURL}/files/uploads/usr_[A-Za-z0-9]+/\\d{4}/\\d{2}/asset_`)),
          size: storedBytes(parts[i]!).length,
          createdAt: expect.any(String),
          ...justUploaded,
        })),
      });
      const assets = body.assets as Asset[];
      expect(new Set(assets.map((a) => a.id)).size).toBe(assets.length);
      for (const [i, asset] of assets.entries()) {
        const created = Date.parse(asset.createdAt);
        expect(new Date(created).toISOString()).toBe(asset.createdAt);
        expect(created).toBeGreaterThanOrEqual(started - 5_000);
        const served = await request.get(asset.url);
        expect(served.status()).toBe(200);
        const bytes = storedBytes(parts[i]!);
        expect((await served.body()).equals(bytes), `${asset.name} served back unchanged (SVG: sanitized)`).toBe(true);
        const size = bytes.length;
        const range = await request.get(asset.url, { headers: { range: 'bytes=10-19' } });
        expect(range.status()).toBe(206);
        expect(range.headers()['content-range']).toBe(`bytes 10-19/${size}`);
        expect((await range.body()).equals(bytes.subarray(10, 20))).toBe(true);
      }
      expect((await listAll(request, account.key)).pagination.total).toBe(parts.length);
    });
  }

  test('serves an uploaded SVG with its type, sandboxed', async ({ request }) => {
    const account = createAccount();
    const [asset] = (await (await upload(request, account.key, [part('file', 'svg', 'logo.svg', 'image/svg+xml')])).json()).assets as Asset[];
    const served = await request.get(asset!.url);
    expect(served.headers()['content-type']).toBe('image/svg+xml');
    expect(served.headers()['content-security-policy']).toContain('sandbox');
  });

  test.describe('refusals leave nothing behind', () => {
    const refusals: { name: string; send: () => Part[] | FormData | { raw: string; contentType: string }; status: number; code: string; mentions?: string }[] = [
      { name: 'a PNG declared as video/mp4', send: () => [part('file', 'png', 'movie.mp4', 'video/mp4')], status: 400, code: 'UNSUPPORTED_FILE_TYPE', mentions: 'movie.mp4' },
      { name: 'an MP3 declared as image/png', send: () => [part('file', 'mp3', 'cover.png', 'image/png')], status: 400, code: 'UNSUPPORTED_FILE_TYPE', mentions: 'cover.png' },
      {
        name: 'a .txt file',
        send: () => [{ field: 'file', name: 'notes.txt', mimeType: 'text/plain', bytes: Buffer.from('just some notes\n') }],
        status: 400,
        code: 'UNSUPPORTED_FILE_TYPE',
        mentions: 'notes.txt',
      },
      {
        name: 'text claiming to be a PNG',
        send: () => [{ field: 'file', name: 'fake.png', mimeType: 'image/png', bytes: Buffer.from('not a picture at all') }],
        status: 400,
        code: 'UNSUPPORTED_FILE_TYPE',
        mentions: 'fake.png',
      },
      { name: 'an empty file', send: () => [{ field: 'file', name: 'empty.png', mimeType: 'image/png', bytes: Buffer.alloc(0) }], status: 400, code: 'UNSUPPORTED_FILE_TYPE', mentions: 'empty.png' },
      {
        name: 'good files followed by a bad one (all or nothing)',
        send: () => [part('file', 'png', 'ok.png', 'image/png'), part('files', 'mp4', 'ok.mp4', 'video/mp4'), { field: 'files', name: 'bad.txt', mimeType: 'text/plain', bytes: Buffer.from('x') }],
        status: 400,
        code: 'UNSUPPORTED_FILE_TYPE',
        mentions: 'bad.txt',
      },
      {
        name: 'no file field (NO_FILES)',
        send: () => {
          const form = new FormData();
          form.append('title', 'no files here');
          return form;
        },
        status: 400,
        code: 'NO_FILES',
      },
      { name: 'a file under another field name', send: () => [part('upload', 'png', 'a.png', 'image/png')], status: 400, code: 'NO_FILES' },
      { name: 'a JSON body', send: () => ({ raw: JSON.stringify({ file: 'x' }), contentType: 'application/json' }), status: 400, code: 'NO_FILES' },
      {
        name: 'a 21 MB WAV over MAX_UPLOAD_BYTES',
        send: () => [{ field: 'file', name: 'huge.wav', mimeType: 'audio/wav', bytes: makeMedia('wav', { seconds: 110 }) }],
        status: 413,
        code: 'FILE_TOO_LARGE',
        mentions: 'huge.wav',
      },
      {
        name: 'a small file, then one over MAX_UPLOAD_BYTES',
        send: () => [part('files', 'png', 'small.png', 'image/png'), { field: 'files', name: 'huge.wav', mimeType: 'audio/wav', bytes: makeMedia('wav', { seconds: 110 }) }],
        status: 413,
        code: 'FILE_TOO_LARGE',
      },
    ];

    // One account for every refusal: each must leave its file list empty.
    let account: Account;
    test.beforeAll(() => {
      account = createAccount();
    });

    for (const r of refusals) {
      test(r.name, async ({ request }) => {
        const sent = r.send();
        // This account's folder only: specs running beside this one upload too.
        const objectsBefore = storedObjects(account.userId).length;
        if (Array.isArray(sent) && sent.some((p) => p.name === 'huge.wav')) {
          expect(sent.find((p) => p.name === 'huge.wav')!.bytes.length).toBeGreaterThan(MAX_UPLOAD_BYTES);
        }
        const res =
          'raw' in sent
            ? await request.post('/api/v1/upload', { headers: { ...bearer(account.key), 'content-type': sent.contentType }, data: sent.raw })
            : await upload(request, account.key, sent);
        expect(res.status()).toBe(r.status);
        const body = await res.json();
        expect(body).toMatchObject(errorBody(r.code));
        if (r.mentions) expect(body.error).toContain(r.mentions);
        expect((await listAll(request, account.key)).pagination.total).toBe(0);
        expect(storedObjects(account.userId).length, 'no object or partial write left in storage').toBe(objectsBefore);
      });
    }
  });

  test('without an API key: 401, nothing stored', async ({ request }) => {
    const res = await request.post('/api/v1/upload', { multipart: formOf([part('file', 'png', 'a.png', 'image/png')]) });
    expect(res.status()).toBe(401);
    expect(await res.json()).toEqual(errorBody('MISSING_API_KEY'));
  });

  test('storage quota by plan: STORAGE_LIMIT_EXCEEDED with nothing written; freed by delete; raised by a plan change', async ({ request }) => {
    test.setTimeout(180_000);
    const account = createAccount();
    // Fill the free plan's 64 MiB with real uploads just under MAX_UPLOAD_BYTES each.
    const chunk = makeMedia('wav', { seconds: 104 });
    expect(chunk.length).toBeLessThanOrEqual(MAX_UPLOAD_BYTES);
    const fits = Math.floor(FREE_PLAN_BYTES / chunk.length);
    const ids: string[] = [];
    for (let i = 0; i < fits; i++) {
      const res = await upload(request, account.key, [{ field: 'file', name: `part-${i}.wav`, mimeType: 'audio/wav', bytes: chunk }]);
      expect(res.status(), await res.text()).toBe(200);
      ids.push(((await res.json()).assets as Asset[])[0]!.id);
    }
    // The quota counts originals and their derivatives (here each WAV's waveform): wait for processing,
    // then add up what it stored.
    await expect
      .poll(async () => (await listAll(request, account.key, '?limit=100')).files.filter((f) => f.status === 'processing').length, { timeout: 120_000 })
      .toBe(0);
    const owner = ownerOf((await listAll(request, account.key, '?limit=1')).files[0]!.url);
    const derivedBytes = storedObjects(owner, { derived: true })
      .filter((p) => p.startsWith('derived/'))
      .reduce((n, p) => n + fs.statSync(path.join(uploadsDir, owner, p)).size, 0);
    expect(derivedBytes).toBeGreaterThan(0);
    const used = fits * chunk.length + derivedBytes;
    const next = makeMedia('wav', { seconds: Math.ceil((FREE_PLAN_BYTES - used) / wavBytesPerSecond) + 1 });
    expect(used + next.length).toBeGreaterThan(FREE_PLAN_BYTES);
    expect(next.length).toBeLessThan(MAX_UPLOAD_BYTES);

    const refused = await upload(request, account.key, [part('file', 'png', 'small.png', 'image/png'), { field: 'files', name: 'over.wav', mimeType: 'audio/wav', bytes: next }]);
    expect(refused.status()).toBe(402);
    expect(await refused.json()).toEqual({
      ...errorBody('STORAGE_LIMIT_EXCEEDED'),
      details: { file: 'over.wav', limit: FREE_PLAN_BYTES, used },
    });
    const afterRefusal = await listAll(request, account.key, '?limit=100');
    expect(afterRefusal.pagination.total).toBe(fits);
    expect(afterRefusal.files.map((f) => f.name)).not.toContain('small.png');
    // Nor on disk: not the small file, not a partial write of the big one.
    expect(storedObjects(ownerOf(afterRefusal.files[0]!.url))).toHaveLength(fits);

    // Deleting a file gives its space back: `next` fits now, and then a whole `chunk` no longer does.
    expect((await request.delete(`/api/v1/files/${ids.pop()!}`, { headers: bearer(account.key) })).status()).toBe(200);
    expect((await upload(request, account.key, [{ field: 'file', name: 'over.wav', mimeType: 'audio/wav', bytes: next }])).status()).toBe(200);
    expect(chunk.length).toBeGreaterThan(FREE_PLAN_BYTES - (used - chunk.length + next.length));
    const again = { field: 'file', name: 'again.wav', mimeType: 'audio/wav', bytes: chunk };
    expect((await upload(request, account.key, [again])).status()).toBe(402);

    // A bigger plan (set with the admin CLI) takes it.
    cli('user', 'plan', '--email', account.email, '--plan', 'starter');
    expect((await upload(request, account.key, [again])).status()).toBe(200);

    // Leave nothing behind in the test data folder.
    for (const f of (await listAll(request, account.key, '?limit=100')).files) {
      expect((await request.delete(`/api/v1/files/${f.id}`, { headers: bearer(account.key) })).status()).toBe(200);
    }
  });
});

test.describe('GET /api/v1/files', () => {
  let account: Account;
  /** Names in upload order: 1 image, then a video + an audio in one request, then another image. */
  const uploaded = ['first.png', 'second.mp4', 'third.mp3', 'fourth.png'];

  test.beforeAll(async ({ request }) => {
    account = createAccount();
    for (const parts of [
      [part('file', 'png', 'first.png', 'image/png')],
      [part('files', 'mp4', 'second.mp4', 'video/mp4'), part('files', 'mp3', 'third.mp3', 'audio/mpeg')],
      [part('file', 'png', 'fourth.png', 'image/png')],
    ]) {
      expect((await upload(request, account.key, parts)).status()).toBe(200);
    }
  });

  const listings: { query: string; names: string[]; pagination: { page: number; limit: number; total: number } }[] = [
    { query: '', names: [...uploaded].reverse(), pagination: { page: 1, limit: 20, total: 4 } },
    { query: '?type=image', names: ['fourth.png', 'first.png'], pagination: { page: 1, limit: 20, total: 2 } },
    { query: '?type=video', names: ['second.mp4'], pagination: { page: 1, limit: 20, total: 1 } },
    { query: '?type=audio', names: ['third.mp3'], pagination: { page: 1, limit: 20, total: 1 } },
    { query: '?page=1&limit=3', names: ['fourth.png', 'third.mp3', 'second.mp4'], pagination: { page: 1, limit: 3, total: 4 } },
    { query: '?page=2&limit=3', names: ['first.png'], pagination: { page: 2, limit: 3, total: 4 } },
    { query: '?page=3&limit=3', names: [], pagination: { page: 3, limit: 3, total: 4 } },
    { query: '?limit=1', names: ['fourth.png'], pagination: { page: 1, limit: 1, total: 4 } },
    { query: '?limit=100&type=image&page=1', names: ['fourth.png', 'first.png'], pagination: { page: 1, limit: 100, total: 2 } },
  ];
  for (const l of listings) {
    test(`lists newest first: ${l.query || '(no query)'}`, async ({ request }) => {
      const body = await listAll(request, account.key, l.query);
      expect(body.files.map((f) => f.name)).toEqual(l.names);
      expect(body.pagination).toEqual(l.pagination);
      for (const f of body.files) {
        expect(Object.keys(f).sort()).toEqual([
          'createdAt', 'duration', 'error', 'filmstrip', 'fps', 'hasAudio', 'height', 'id', 'mimeType', 'name', 'posterUrl',
          'proxyUrl', 'size', 'status', 'thumbnailUrl', 'type', 'url', 'waveformUrl', 'width',
        ]);
      }
    });
  }

  const badQueries = ['page=0', 'page=-1', 'page=1.5', 'page=abc', 'limit=0', 'limit=101', 'limit=abc', 'type=doc', 'type=IMAGE', 'type=images'];
  for (const q of badQueries) {
    test(`?${q} → 400 INVALID_REQUEST`, async ({ request }) => {
      const res = await request.get(`/api/v1/files?${q}`, { headers: bearer(account.key) });
      expect(res.status()).toBe(400);
      const body = await res.json();
      expect(body).toMatchObject(errorBody('INVALID_REQUEST'));
      expect(body.error).toContain(q.split('=')[0]);
    });
  }

  const authForms: { name: string; send: (key: string) => { path: string; headers: Record<string, string> } }[] = [
    { name: 'Authorization: Bearer', send: (key) => ({ path: '/api/v1/files', headers: { authorization: `Bearer ${key}` } }) },
    { name: 'Authorization: Token', send: (key) => ({ path: '/api/v1/files', headers: { authorization: `Token ${key}` } }) },
    { name: 'X-API-Key', send: (key) => ({ path: '/api/v1/files', headers: { 'x-api-key': key } }) },
    { name: '?api_key=', send: (key) => ({ path: `/api/v1/files?api_key=${encodeURIComponent(key)}&type=image`, headers: {} }) },
  ];
  for (const form of authForms) {
    test(`authenticates with ${form.name}`, async ({ request }) => {
      const { path, headers } = form.send(account.key);
      const res = await request.get(path, { headers });
      expect(res.status()).toBe(200);
      const body = await res.json();
      expect(body.pagination.total).toBe(path.includes('type=image') ? 2 : 4);
    });
  }

  test('without a key: 401 MISSING_API_KEY', async ({ request }) => {
    const res = await request.get('/api/v1/files');
    expect(res.status()).toBe(401);
    expect(await res.json()).toEqual(errorBody('MISSING_API_KEY'));
  });

  test("another account sees none of these files", async ({ request }) => {
    const other = createAccount();
    expect(await listAll(request, other.key)).toEqual({ success: true, files: [], pagination: { page: 1, limit: 20, total: 0 } });
  });
});

test.describe('DELETE /api/v1/files/:fileId', () => {
  test('deletes the record and the stored object', async ({ request }) => {
    const body = await (await upload(request, account.key, [part('file', 'png', 'a.png', 'image/png'), part('files', 'mp3', 'b.mp3', 'audio/mpeg')])).json();
    const [gone, kept] = body.assets as Asset[];

    const res = await request.delete(`/api/v1/files/${gone!.id}`, { headers: bearer(account.key) });
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ success: true, fileId: gone!.id, deleted: true, message: 'File deleted successfully' });

    expect((await request.get(gone!.url)).status()).toBe(404);
    expect((await request.get(kept!.url)).status()).toBe(200);
    expect((await listAll(request, account.key)).files.map((f) => f.id)).toEqual([kept!.id]);

    const again = await request.delete(`/api/v1/files/${gone!.id}`, { headers: bearer(account.key) });
    expect(again.status()).toBe(404);
    expect(await again.json()).toEqual(errorBody('NOT_FOUND'));
  });

  let account: Account;
  test.beforeAll(() => {
    account = createAccount();
  });

  const errors: { name: string; path: string; status: number; code: string }[] = [
    { name: 'an unknown id', path: '/api/v1/files/asset_00000000000000000000', status: 404, code: 'NOT_FOUND' },
    { name: 'no id', path: '/api/v1/files', status: 400, code: 'INVALID_REQUEST' },
    { name: 'a blank id', path: '/api/v1/files/%20', status: 400, code: 'INVALID_REQUEST' },
  ];
  for (const e of errors) {
    test(`${e.name} → ${e.status} ${e.code}`, async ({ request }) => {
      const res = await request.delete(e.path, { headers: bearer(account.key) });
      expect(res.status()).toBe(e.status);
      expect(await res.json()).toMatchObject(errorBody(e.code));
    });
  }

  test("another user's file is NOT_FOUND and stays", async ({ request }) => {
    const owner = createAccount();
    const intruder = createAccount();
    const [asset] = (await (await upload(request, owner.key, [part('file', 'png', 'mine.png', 'image/png')])).json()).assets as Asset[];
    const res = await request.delete(`/api/v1/files/${asset!.id}`, { headers: bearer(intruder.key) });
    expect(res.status()).toBe(404);
    expect(await res.json()).toEqual(errorBody('NOT_FOUND'));
    expect((await request.get(asset!.url)).status()).toBe(200);
    expect((await listAll(request, owner.key)).pagination.total).toBe(1);
  });
});

/**
 * A client written the way RenderingVideo's Node SDK talks to the API: global fetch, FormData with
 * Blobs, `Authorization: Bearer`, JSON answers. Only the base URL points at Cutroom.
 */
class RenderingVideoClient {
  constructor(
    private readonly apiKey: string,
    private readonly baseUrl: string,
  ) {}

  private async call<T>(path: string, init: RequestInit = {}): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${this.apiKey}`, ...(init.headers as Record<string, string> | undefined) },
    });
    const body = (await res.json()) as T & { success: boolean; code?: string; error?: string };
    if (!res.ok || !body.success) throw Object.assign(new Error(body.error ?? `HTTP ${res.status}`), { status: res.status, code: body.code });
    return body;
  }

  uploadFiles(files: { name: string; type: string; data: Uint8Array<ArrayBuffer> }[]) {
    const form = new FormData();
    if (files.length === 1) form.append('file', new Blob([files[0]!.data], { type: files[0]!.type }), files[0]!.name);
    else for (const f of files) form.append('files', new Blob([f.data], { type: f.type }), f.name);
    return this.call<{ count: number; message: string; assets: Asset[] }>('/api/v1/upload', { method: 'POST', body: form });
  }

  listFiles(params: { page?: number; limit?: number; type?: 'image' | 'video' | 'audio' } = {}) {
    const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
    return this.call<{ files: Asset[]; pagination: { page: number; limit: number; total: number } }>(`/api/v1/files?${query}`);
  }

  deleteFile(fileId: string) {
    return this.call<{ fileId: string; deleted: boolean; message: string }>(`/api/v1/files/${encodeURIComponent(fileId)}`, { method: 'DELETE' });
  }
}

test('an SDK-style client (fetch + FormData + Blob) uploads, lists and deletes', async ({ baseURL }) => {
  const account = createAccount();
  const client = new RenderingVideoClient(account.key, baseURL!);

  const single = await client.uploadFiles([{ name: 'frame.png', type: 'image/png', data: new Uint8Array(media.png) }]);
  expect(single).toMatchObject({ count: 1, message: 'Successfully uploaded 1 file(s)', assets: [{ name: 'frame.png', type: 'image', size: media.png.length }] });

  // A Blob with no type (what many callers send): the bytes decide.
  const several = await client.uploadFiles([
    { name: 'clip.mp4', type: 'video/mp4', data: new Uint8Array(media.mp4) },
    { name: 'music.mp3', type: '', data: new Uint8Array(media.mp3) },
  ]);
  expect(several.assets.map((a) => [a.name, a.type, a.mimeType])).toEqual([
    ['clip.mp4', 'video', 'video/mp4'],
    ['music.mp3', 'audio', 'audio/mpeg'],
  ]);
  const downloaded = Buffer.from(await (await fetch(several.assets[0]!.url)).arrayBuffer());
  expect(downloaded.equals(media.mp4)).toBe(true);

  const videos = await client.listFiles({ type: 'video' });
  expect(videos.files.map((f) => f.name)).toEqual(['clip.mp4']);
  expect((await client.listFiles({ page: 1, limit: 2 })).files.map((f) => f.name)).toEqual(['music.mp3', 'clip.mp4']);

  expect(await client.deleteFile(single.assets[0]!.id)).toMatchObject({ deleted: true, fileId: single.assets[0]!.id });
  expect((await client.listFiles()).pagination.total).toBe(2);
  await expect(client.deleteFile(single.assets[0]!.id)).rejects.toMatchObject({ status: 404, code: 'NOT_FOUND' });
  await expect(client.uploadFiles([{ name: 'lie.mp4', type: 'video/mp4', data: new Uint8Array(media.png) }])).rejects.toMatchObject({
    status: 400,
    code: 'UNSUPPORTED_FILE_TYPE',
  });
});

test('the signed-in app uploads with its session cookie', async ({ page }) => {
  const account = createAccount();
  await page.goto('/signin');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  const pngBytes = [...media.png];
  const result = await page.evaluate(async (bytes) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), 'from-browser.png');
    const res = await fetch('/api/v1/upload', { method: 'POST', body: form });
    return { status: res.status, body: (await res.json()) as { assets: { name: string }[] } };
  }, pngBytes);
  expect(result.status).toBe(200);
  expect(result.body.assets.map((a) => a.name)).toEqual(['from-browser.png']);
});
