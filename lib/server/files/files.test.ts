import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';
import { makeMedia, makePng } from '../testing/media';

// A real PostgreSQL database and real local storage under a temp DATA_DIR; modules are imported after it is set.
let dataDir: string;
let mod: {
  files: typeof import('./');
  users: typeof import('../accounts');
  db: typeof import('../db/client').db;
};

beforeAll(async () => {
  dataDir = useFreshDatabase();
  mod = { files: await import('./'), users: await import('../accounts'), db: (await import('../db/client')).db };
});

afterEach(() => {
  delete process.env.MAX_UPLOAD_BYTES;
});

const png = makePng(8, 8);
const mp3 = makeMedia('mp3');
const mp4 = makeMedia('mp4');

async function newUser() {
  return mod.users.createUser({ email: `u${Math.random().toString(36).slice(2)}@x.test`, password: 'password1' });
}

type Part = [field: string, bytes: Buffer | string, name: string, type?: string];

/** A multipart body exactly as fetch would send it: FormData encoded by the platform. */
function form(parts: Part[]) {
  const data = new FormData();
  for (const [field, bytes, name, type] of parts) {
    if (name === '') data.append(field, String(bytes));
    else data.append(field, new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], type ? { type } : {}), name);
  }
  const res = new Response(data);
  return { body: res.body, contentType: res.headers.get('content-type') };
}

function upload(userId: string, parts: Part[]) {
  return mod.files.uploadFiles({ userId, ...form(parts) });
}

/** Every stored object of a user, as relative paths (in-progress `.part` files included). */
function storedObjects(userId: string): string[] {
  const dir = path.join(dataDir, 'files', 'uploads', userId);
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((p) => fs.statSync(path.join(dir, p)).isFile());
}

/** Pretends the account already stores `bytes` (a record without an object is enough for the quota). */
async function seedUsage(userId: string, bytes: number) {
  await mod.db.file.create({
    data: { id: `asset_seed${Math.random().toString(36).slice(2)}`, userId, name: 'old.mp4', key: `seed/${userId}/${Math.random()}`, type: 'video', mimeType: 'video/mp4', size: bytes },
  });
}

describe('uploadFiles', () => {
  it('streams every file to storage, byte for byte, and records it', async () => {
    const user = await newUser();
    const files = await upload(user.id, [
      ['file', png, 'red.png', 'image/png'],
      ['files', mp4, 'clip.mp4', 'video/mp4'],
      ['files', mp3, 'tone.mp3', 'audio/mpeg'],
    ]);
    expect(files.map((f) => [f.name, f.type, f.mimeType, f.size])).toEqual([
      ['red.png', 'image', 'image/png', png.length],
      ['clip.mp4', 'video', 'video/mp4', mp4.length],
      ['tone.mp3', 'audio', 'audio/mpeg', mp3.length],
    ]);
    for (const [f, bytes] of [[files[0]!, png], [files[1]!, mp4], [files[2]!, mp3]] as const) {
      expect(f.id).toMatch(/^asset_[A-Za-z0-9]{20}$/);
      expect(f.key).toMatch(new RegExp(`^uploads/${user.id}/\\d{4}/\\d{2}/${f.id}\\.(png|mp4|mp3)$`));
      expect(fs.readFileSync(path.join(dataDir, 'files', f.key)).equals(bytes)).toBe(true);
    }
    expect(storedObjects(user.id)).toHaveLength(3);
    expect((await mod.files.getStorageUsage(user.id)).used).toBe(png.length + mp4.length + mp3.length);
  });

  it('accepts a font file as type font, ready at once (nothing to process)', async () => {
    const user = await newUser();
    const woff2 = fs.readFileSync(path.join(__dirname, '../../../e2e/fixtures/media/source-code-pro-500.woff2'));
    const [font] = await upload(user.id, [['file', woff2, 'Brand Sans.woff2', '']]);
    expect(font).toMatchObject({ name: 'Brand Sans.woff2', type: 'font', mimeType: 'font/woff2', status: 'ready' });
    expect(await mod.db.fileJob.count({ where: { fileId: font!.id } })).toBe(0);
  });

  it('ignores other fields, and keeps a file name with non-ASCII letters', async () => {
    const user = await newUser();
    const files = await upload(user.id, [
      ['title', 'not a file', ''],
      ['other', png, 'ignored.png', 'image/png'],
      ['files[]', png, 'Grüße – 日本.png', 'image/png'],
    ]);
    expect(files.map((f) => f.name)).toEqual(['Grüße – 日本.png']);
  });

  it('refuses a request without files (NO_FILES)', async () => {
    const user = await newUser();
    await expect(upload(user.id, [['title', 'x', '']])).rejects.toMatchObject({ code: 'NO_FILES' });
    await expect(upload(user.id, [['other', png, 'a.png', 'image/png']])).rejects.toMatchObject({ code: 'NO_FILES' });
    const json = new Response(JSON.stringify({ file: 'x' }), { headers: { 'content-type': 'application/json' } });
    await expect(mod.files.uploadFiles({ userId: user.id, body: json.body, contentType: 'application/json' })).rejects.toMatchObject({
      code: 'NO_FILES',
    });
  });

  it('is all or nothing: one refused file leaves none of the request behind', async () => {
    const user = await newUser();
    await expect(
      upload(user.id, [
        ['file', png, 'ok.png', 'image/png'],
        ['files', mp4, 'ok.mp4', 'video/mp4'],
        ['files', 'just text', 'notes.txt', 'text/plain'],
      ]),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', details: { file: 'notes.txt' } });
    expect(storedObjects(user.id)).toEqual([]);
    expect(await mod.db.file.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses a MIME lie (a PNG sent as video/mp4)', async () => {
    const user = await newUser();
    await expect(upload(user.id, [['file', png, 'clip.mp4', 'video/mp4']])).rejects.toMatchObject({
      code: 'UNSUPPORTED_FILE_TYPE',
      message: expect.stringContaining('"clip.mp4" was sent as video/mp4 but its content is image/png') as string,
    });
    expect(storedObjects(user.id)).toEqual([]);
  });

  it('refuses a file over MAX_UPLOAD_BYTES (FILE_TOO_LARGE) and keeps nothing of it', async () => {
    const user = await newUser();
    const wav = makeMedia('wav', { seconds: 2 }); // ~384 KB
    process.env.MAX_UPLOAD_BYTES = String(wav.length - 1);
    await expect(upload(user.id, [['file', png, 'small.png', 'image/png'], ['files', wav, 'big.wav', 'audio/wav']])).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      details: { file: 'big.wav', maxBytes: wav.length - 1 },
    });
    expect(storedObjects(user.id)).toEqual([]);
    process.env.MAX_UPLOAD_BYTES = String(wav.length);
    expect(await upload(user.id, [['file', wav, 'exact.wav', 'audio/wav']])).toHaveLength(1);
  });

  describe('storage quota by plan', () => {
    it('knows each plan', () => {
      expect(mod.files.storageLimitFor('free')).toBe(512 * 1024 ** 2);
      expect(mod.files.storageLimitFor('starter')).toBe(10 * 1024 ** 3);
      expect(mod.files.storageLimitFor('standard')).toBe(20 * 1024 ** 3);
      expect(mod.files.storageLimitFor('pro')).toBe(50 * 1024 ** 3);
      expect(mod.files.storageLimitFor('toString')).toBe(512 * 1024 ** 2);
    });

    it('refuses an upload that does not fit (STORAGE_LIMIT_EXCEEDED), writing nothing', async () => {
      const user = await newUser();
      const limit = 512 * 1024 ** 2;
      await seedUsage(user.id, limit - mp4.length + 1);
      await expect(upload(user.id, [['file', mp4, 'clip.mp4', 'video/mp4']])).rejects.toMatchObject({
        code: 'STORAGE_LIMIT_EXCEEDED',
        details: { file: 'clip.mp4', limit },
      });
      expect(storedObjects(user.id)).toEqual([]);
      expect(await mod.db.file.count({ where: { userId: user.id } })).toBe(1);
      // Exactly full is allowed.
      expect(await upload(user.id, [['file', png, 'tiny.png', 'image/png']])).toHaveLength(1);
    });

    it('counts the earlier files of the same request, and removes them when a later one does not fit', async () => {
      const user = await newUser();
      await seedUsage(user.id, 512 * 1024 ** 2 - mp4.length - png.length);
      await expect(
        upload(user.id, [['files', mp4, 'a.mp4', 'video/mp4'], ['files', png, 'b.png', 'image/png'], ['files', mp3, 'c.mp3', 'audio/mpeg']]),
      ).rejects.toMatchObject({ code: 'STORAGE_LIMIT_EXCEEDED', details: { file: 'c.mp3' } });
      expect(storedObjects(user.id)).toEqual([]);
      expect(await mod.db.file.count({ where: { userId: user.id } })).toBe(1);
    });

    it('follows the plan: the same upload fits after an upgrade', async () => {
      const user = await newUser();
      await seedUsage(user.id, 512 * 1024 ** 2);
      await expect(upload(user.id, [['file', png, 'a.png', 'image/png']])).rejects.toMatchObject({ code: 'STORAGE_LIMIT_EXCEEDED' });
      await mod.users.setUserPlan(user.id, 'starter');
      expect(await upload(user.id, [['file', png, 'a.png', 'image/png']])).toHaveLength(1);
    });

    it('lets only as many concurrent uploads through as fit together', async () => {
      const user = await newUser();
      await seedUsage(user.id, 512 * 1024 ** 2 - 2 * mp4.length);
      const results = await Promise.allSettled(
        Array.from({ length: 4 }, (_, i) => upload(user.id, [['file', mp4, `c${i}.mp4`, 'video/mp4']])),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
      const codes = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as { code: string }).code] : []));
      expect(codes).toEqual(['STORAGE_LIMIT_EXCEEDED', 'STORAGE_LIMIT_EXCEEDED']);
      expect(storedObjects(user.id)).toHaveLength(2);
      const usage = await mod.files.getStorageUsage(user.id);
      expect(usage.used).toBe(usage.limit);
    });
  });

  it('answers UPLOAD_FAILED when storage cannot write, leaving nothing behind', async () => {
    const user = await newUser();
    const year = String(new Date().getUTCFullYear());
    const blocker = path.join(dataDir, 'files', 'uploads', user.id, year);
    fs.mkdirSync(path.dirname(blocker), { recursive: true });
    fs.writeFileSync(blocker, 'a file where a folder must go');
    await expect(upload(user.id, [['file', png, 'a.png', 'image/png']])).rejects.toMatchObject({ code: 'UPLOAD_FAILED' });
    expect(await mod.db.file.count({ where: { userId: user.id } })).toBe(0);
    fs.rmSync(blocker);
  });

  it('answers INVALID_REQUEST for a truncated body', async () => {
    const user = await newUser();
    const { body, contentType } = form([['file', mp4, 'clip.mp4', 'video/mp4']]);
    const bytes = Buffer.from(await new Response(body).arrayBuffer());
    const cut = new Response(bytes.subarray(0, bytes.length - 200)).body;
    await expect(mod.files.uploadFiles({ userId: user.id, body: cut, contentType })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    expect(storedObjects(user.id)).toEqual([]);
  });
});

describe('listFiles and deleteFile', () => {
  it('lists newest first, filters by type, paginates', async () => {
    const user = await newUser();
    await upload(user.id, [['file', png, '1.png', 'image/png']]);
    await upload(user.id, [['files', mp4, '2.mp4', 'video/mp4'], ['files', mp3, '3.mp3', 'audio/mpeg']]);
    await upload(user.id, [['file', png, '4.png', 'image/png']]);
    const all = await mod.files.listFiles({ userId: user.id, page: 1, limit: 20 });
    expect(all.total).toBe(4);
    expect(all.files.map((f) => f.name)).toEqual(['4.png', '3.mp3', '2.mp4', '1.png']);
    const images = await mod.files.listFiles({ userId: user.id, page: 1, limit: 20, type: 'image' });
    expect([images.total, images.files.map((f) => f.name)]).toEqual([2, ['4.png', '1.png']]);
    const page2 = await mod.files.listFiles({ userId: user.id, page: 2, limit: 3 });
    expect([page2.total, page2.files.map((f) => f.name)]).toEqual([4, ['1.png']]);
  });

  it('deletes the object and the record; another user gets NOT_FOUND', async () => {
    const owner = await newUser();
    const other = await newUser();
    const [file] = await upload(owner.id, [['file', png, 'a.png', 'image/png']]);
    await expect(mod.files.deleteFile({ fileId: file!.id, userId: other.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(storedObjects(owner.id)).toHaveLength(1);
    await mod.files.deleteFile({ fileId: file!.id, userId: owner.id });
    expect(storedObjects(owner.id)).toEqual([]);
    expect(await mod.db.file.count({ where: { userId: owner.id } })).toBe(0);
    await expect(mod.files.deleteFile({ fileId: file!.id, userId: owner.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('serializes with an absolute URL', async () => {
    const user = await newUser();
    const [file] = await upload(user.id, [['file', png, 'a.png', 'image/png']]);
    expect(mod.files.serializeFile(file!)).toEqual({
      id: file!.id,
      name: 'a.png',
      url: `http://localhost:3000/files/${file!.key}`,
      type: 'image',
      mimeType: 'image/png',
      size: png.length,
      createdAt: file!.createdAt.toISOString(),
      // Just uploaded: processing has not run yet (lib/server/files/process-file.test.ts covers the rest).
      status: 'processing',
      error: null,
      duration: null,
      width: null,
      height: null,
      fps: null,
      hasAudio: null,
      thumbnailUrl: null,
      posterUrl: null,
      waveformUrl: null,
      proxyUrl: null,
      filmstrip: null,
    });
  });
});
