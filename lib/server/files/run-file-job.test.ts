import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fx from '../../media/testing/media-fixtures';
import { useFreshDatabase } from '../testing/fresh-database';

// The processing job end to end on a real PostgreSQL database and real local storage: upload (multipart, as the
// API receives it) → claim → process → the record and the derivatives, the quota, deletion, ownership.
let dataDir: string;
const media = fx.fixtureDir();
let mod: {
  files: typeof import('./');
  jobs: typeof import('./file-jobs');
  run: typeof import('./run-file-job');
  resolve: typeof import('./resolve-render-media');
  users: typeof import('../accounts');
  db: typeof import('../db/client').db;
};

beforeAll(async () => {
  dataDir = useFreshDatabase();
  mod = {
    files: await import('./'),
    jobs: await import('./file-jobs'),
    run: await import('./run-file-job'),
    resolve: await import('./resolve-render-media'),
    users: await import('../accounts'),
    db: (await import('../db/client')).db,
  };
});

afterAll(async () => {
  await mod?.db.$disconnect();
  fs.rmSync(media, { recursive: true, force: true });
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

const newUser = () => mod.users.createUser({ email: `u${Math.random().toString(36).slice(2)}@x.test`, password: 'password1' });

async function upload(userId: string, file: string, type: string, name = path.basename(file)) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(fs.readFileSync(file))], { type }), name);
  const res = new Response(form);
  const [record] = await mod.files.uploadFiles({ userId, body: res.body, contentType: res.headers.get('content-type') });
  return record!;
}

/** Claims and runs every queued job, as a worker's processing lane does. */
async function processAll(workerId = 'test-worker') {
  for (let job = await mod.jobs.claimNextFileJob(workerId); job; job = await mod.jobs.claimNextFileJob(workerId)) {
    await mod.run.runFileJob(job, workerId);
  }
}

const stored = (url: string) => path.join(dataDir, 'files', decodeURIComponent(new URL(url).pathname.replace(/^\/files\//, '')));

describe('processing an upload', () => {
  it('goes processing → ready with probed values and derivative URLs that are stored', async () => {
    const user = await newUser();
    const record = await upload(user.id, fx.h264WithAudio(media, 4), 'video/mp4');
    expect(mod.files.serializeFile(record).status).toBe('processing');
    await processAll();
    const file = mod.files.serializeFile(await mod.files.getFileOrThrow({ fileId: record.id, userId: user.id }));
    expect(file).toMatchObject({ status: 'ready', error: null, width: 64, height: 36, fps: 10, hasAudio: true, proxyUrl: null });
    expect(file.duration).toBeCloseTo(4, 1);
    for (const url of [file.thumbnailUrl, file.posterUrl, file.waveformUrl, file.filmstrip!.url, file.filmstrip!.indexUrl]) {
      expect(url).toMatch(new RegExp(`^http://localhost:3000/files/uploads/${user.id}/derived/${record.id}/`));
      expect(fs.existsSync(stored(url!))).toBe(true);
    }
    const index = JSON.parse(fs.readFileSync(stored(file.filmstrip!.indexUrl), 'utf8')) as { tiles: { time: number; x: number; y: number }[] };
    expect(index.tiles).toHaveLength(file.filmstrip!.count);
    expect(index.tiles[3]).toEqual({ time: 3 * file.filmstrip!.interval, x: 3 * file.filmstrip!.tileWidth, y: 0 });
    const waveform = JSON.parse(fs.readFileSync(stored(file.waveformUrl!), 'utf8')) as { version: number; levels: unknown[] };
    expect(waveform.version).toBe(1);
  });

  it('counts originals and derivatives in the quota, and deleting removes both', async () => {
    const user = await newUser();
    const record = await upload(user.id, fx.hevcMov(media, 2), 'video/quicktime');
    await processAll();
    const file = await mod.files.getFileOrThrow({ fileId: record.id, userId: user.id });
    const derivedDir = path.join(dataDir, 'files', 'uploads', user.id, 'derived', record.id);
    const onDisk = fs.readdirSync(derivedDir).reduce((sum, f) => sum + fs.statSync(path.join(derivedDir, f)).size, 0);
    expect(fs.readdirSync(derivedDir)).toContain('proxy.mp4');
    expect(file.derivedSize).toBe(onDisk);
    expect((await mod.files.getStorageUsage(user.id)).used).toBe(file.size + onDisk);
    await mod.files.deleteFile({ fileId: record.id, userId: user.id });
    expect(fs.existsSync(derivedDir)).toBe(false);
    expect((await mod.files.getStorageUsage(user.id)).used).toBe(0);
  });

  it('keeps another user’s file out of reach', async () => {
    const [owner, other] = [await newUser(), await newUser()];
    const record = await upload(owner.id, fx.png(media, 8, 8), 'image/png');
    await expect(mod.files.getFileOrThrow({ fileId: record.id, userId: other.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mod.files.deleteFile({ fileId: record.id, userId: other.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('stores an uploaded SVG already sanitized, and thumbnails it', async () => {
    const user = await newUser();
    const svgFile = path.join(media, 'evil.svg');
    fs.writeFileSync(svgFile, fx.maliciousSvg);
    const record = await upload(user.id, svgFile, 'image/svg+xml');
    const bytes = fs.readFileSync(path.join(dataDir, 'files', record.key), 'utf8');
    expect(bytes).not.toMatch(/<script|onload|onclick|evil\.example|foreignObject/);
    expect(record.size).toBe(Buffer.byteLength(bytes));
    await processAll();
    expect(await mod.files.getFileOrThrow({ fileId: record.id, userId: user.id })).toMatchObject({ status: 'ready', width: 40, height: 20 });
  });

  it('a file that fails processing keeps its reason and stays listed and served', async () => {
    const user = await newUser();
    const record = await upload(user.id, fx.truncatedMp4(media), 'video/mp4');
    await processAll();
    const file = mod.files.serializeFile(await mod.files.getFileOrThrow({ fileId: record.id, userId: user.id }));
    expect(file).toMatchObject({ status: 'failed', error: expect.stringMatching(/truncated or damaged/), thumbnailUrl: null });
    expect(fs.existsSync(path.join(dataDir, 'files', record.key))).toBe(true);
  });

  it('a worker that lost its lease does not record its result', async () => {
    const user = await newUser();
    const record = await upload(user.id, fx.png(media, 4, 4), 'image/png');
    const job = (await mod.jobs.claimNextFileJob('slow-worker'))!;
    expect(job.fileId).toBe(record.id);
    await mod.db.fileJob.update({ where: { id: job.id }, data: { leaseOwner: 'someone-else' } });
    await mod.run.runFileJob(job, 'slow-worker');
    expect((await mod.db.file.findUniqueOrThrow({ where: { id: record.id } })).status).toBe('processing');
    await mod.db.fileJob.update({ where: { id: job.id }, data: { status: 'queued', leaseOwner: null } });
    await processAll();
  });

  it('gives up after 3 lost attempts with a reason, the file still usable', async () => {
    const user = await newUser();
    const record = await upload(user.id, fx.png(media, 4, 4), 'image/png');
    await mod.db.fileJob.update({ where: { id: record.id }, data: { status: 'running', attempts: 3, leaseOwner: 'dead', leaseExpiresAt: new Date(Date.now() - 1000) } });
    expect(await mod.jobs.claimNextFileJob('w')).toBeNull();
    const file = await mod.files.getFileOrThrow({ fileId: record.id, userId: user.id });
    expect(file).toMatchObject({ status: 'failed', error: expect.stringMatching(/stopped responding 3 times/) });
  });
});

describe('resolveRenderMedia: originals where Remotion reads them, else the proxy', () => {
  it('swaps an FFV1 upload for its proxy, keeps H.264 and HEVC originals', async () => {
    const user = await newUser();
    const ffv1 = await upload(user.id, fx.ffv1Mkv(media, 1), 'video/x-matroska');
    const hevc = await upload(user.id, fx.hevcMov(media, 1), 'video/quicktime');
    const h264 = await upload(user.id, fx.h264WithAudio(media, 1, 'short.mp4'), 'video/mp4');
    await processAll();
    const urls = await Promise.all([ffv1, hevc, h264].map(async (r) => mod.files.serializeFile(await mod.files.getFileOrThrow({ fileId: r.id, userId: user.id }))));
    const [ffv1File, hevcFile, h264File] = urls as [ReturnType<typeof mod.files.serializeFile>, ReturnType<typeof mod.files.serializeFile>, ReturnType<typeof mod.files.serializeFile>];
    expect(ffv1File.proxyUrl).not.toBeNull();
    expect(hevcFile.proxyUrl).not.toBeNull(); // for the browser
    const config = {
      assets: { a: { type: 'video', src: ffv1File.url } },
      tracks: [{ clips: [{ type: 'video', src: ffv1File.url }, { type: 'video', src: hevcFile.url }, { type: 'video', src: h264File.url }] }],
    };
    const resolved = (await mod.resolve.resolveRenderMedia(config, user.id)) as typeof config;
    expect(resolved.tracks[0]!.clips.map((c) => c.src)).toEqual([ffv1File.proxyUrl, hevcFile.url, h264File.url]);
    expect(resolved.assets.a.src).toBe(ffv1File.proxyUrl);
    // Scoped to the render's owner: another account's render keeps the URL it was given.
    const other = await newUser();
    expect(((await mod.resolve.resolveRenderMedia(config, other.id)) as typeof config).tracks[0]!.clips[0]!.src).toBe(ffv1File.url);
  });

  it('a HEIC photo: its decoded JPEG is the proxy, which previews and renders draw (Chromium cannot draw HEIC)', async () => {
    const user = await newUser();
    const heic = await upload(user.id, path.join(__dirname, '..', '..', '..', 'e2e', 'fixtures', 'media', 'photo.heic'), 'image/heic');
    await processAll();
    const file = mod.files.serializeFile(await mod.files.getFileOrThrow({ fileId: heic.id, userId: user.id }));
    expect(file).toMatchObject({ status: 'ready', width: 400, height: 300, proxyUrl: expect.stringMatching(/\/image\.jpg$/), thumbnailUrl: expect.stringMatching(/\/thumb\.webp$/) });
    const row = await mod.db.file.findUniqueOrThrow({ where: { id: heic.id } });
    expect(fx.imageSize(path.join(dataDir, 'files', row.proxyKey!))).toEqual({ width: 400, height: 300 });
    const config = { tracks: [{ clips: [{ type: 'image', src: file.url }] }] };
    const resolved = (await mod.resolve.resolveRenderMedia(config, user.id)) as typeof config;
    expect(resolved.tracks[0]!.clips[0]!.src).toBe(file.proxyUrl);
  }, 90_000);
});
