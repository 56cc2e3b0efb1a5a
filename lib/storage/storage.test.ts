import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalStorage, SizeLimitError, type Storage } from './storage';
import { createS3Storage } from './s3-storage';
import { startS3TestServer, type S3TestServer } from './testing/s3-test-server';
import { uploadInParts } from './upload-in-parts';

const MiB = 1024 ** 2;

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** `total` pseudo-random bytes in 1 MiB chunks, made as they are read. */
function generated(total: number, seed = 7): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      const n = Math.min(MiB, total - sent);
      const chunk = Buffer.alloc(n, (sent / MiB + seed) % 251);
      sent += n;
      this.push(chunk);
    },
  });
}

/** A body that sends `good` bytes, then fails as a dropped client connection would. */
function failingAfter(good: number): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) {
        sent = true;
        this.push(Buffer.alloc(good, 1));
      } else this.destroy(new Error('client went away'));
    },
  });
}

let s3: S3TestServer;
let tmp: string;
const backends: Record<string, () => Storage> = {};

beforeAll(async () => {
  tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'cutroom-storage-'));
  s3 = await startS3TestServer();
  backends.local = () => createLocalStorage(path.join(tmp, 'files'));
  // The smallest part S3 allows, so a 12 MiB object is a real three-part multipart upload.
  backends.s3 = () =>
    createS3Storage({
      bucket: s3.bucket,
      prefix: 'contract',
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
      partSizeBytes: 5 * MiB,
      uploadConcurrency: 2,
      tmpDir: path.join(tmp, 'downloads'),
    });
});

afterAll(async () => {
  await s3?.stop();
  await fsp.rm(tmp, { recursive: true, force: true });
});

describe.each(['local', 's3'])('%s storage', (name) => {
  const storage = () => backends[name]!();
  const key = (rest: string) => `${name}-${randomBytes(4).toString('hex')}/${rest}`;

  it('puts a small object, stats it and reads it back whole and by ranges', async () => {
    const k = key('a/hello.txt');
    expect(await storage().put(k, Readable.from([Buffer.from('hello '), Buffer.from('world')]))).toBe(11);
    const stat = await storage().stat(k);
    expect(stat?.size).toBe(11);
    expect(stat?.mtime.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await text(storage().read(k))).toBe('hello world');
    expect(await text(storage().read(k, { start: 6, end: 10 }))).toBe('world');
    expect(await text(storage().read(k, { start: 0, end: 0 }))).toBe('h');
  });

  it('streams a multipart-sized object and serves exact ranges across part boundaries', async () => {
    const k = key('big.bin');
    const size = 12 * MiB + 123;
    expect(await storage().put(k, generated(size))).toBe(size);
    expect((await storage().stat(k))?.size).toBe(size);
    const whole = await bytesOf(storage().read(k));
    expect(whole.equals(await bytesOf(generated(size)))).toBe(true);
    // 5 MiB is where the first part ends.
    const range = { start: 5 * MiB - 10, end: 5 * MiB + 9 };
    expect((await bytesOf(storage().read(k, range))).equals(whole.subarray(range.start, range.end + 1))).toBe(true);
    const tail = { start: size - 5, end: size - 1 };
    expect((await bytesOf(storage().read(k, tail))).equals(whole.subarray(size - 5))).toBe(true);
  });

  it('stats a missing object as null; reading one fails', async () => {
    expect(await storage().stat(key('nope.bin'))).toBeNull();
    await expect(bytesOf(storage().read(key('nope.bin')))).rejects.toThrow();
  });

  it('replaces an object put twice', async () => {
    const k = key('twice.txt');
    await storage().put(k, Readable.from([Buffer.from('first version')]));
    await storage().put(k, Readable.from([Buffer.from('second')]));
    expect(await text(storage().read(k))).toBe('second');
  });

  it('fails past maxBytes with SizeLimitError and leaves no object, small or multipart', async () => {
    const small = key('small-over.bin');
    await expect(storage().put(small, generated(2000), { maxBytes: 1000 })).rejects.toBeInstanceOf(SizeLimitError);
    expect(await storage().stat(small)).toBeNull();
    // Past two uploaded parts: the multipart upload has begun when the limit is hit.
    const big = key('big-over.bin');
    await expect(storage().put(big, generated(16 * MiB), { maxBytes: 11 * MiB })).rejects.toBeInstanceOf(SizeLimitError);
    expect(await storage().stat(big)).toBeNull();
    if (name === 's3') expect(await s3.list(`contract/${big}`)).toEqual([]);
    // Exactly at the limit is fine.
    const exact = key('exact.bin');
    expect(await storage().put(exact, generated(1000), { maxBytes: 1000 })).toBe(1000);
  });

  it('leaves no object when the body fails mid-way', async () => {
    const k = key('broken.bin');
    await expect(storage().put(k, failingAfter(6 * MiB))).rejects.toThrow('client went away');
    expect(await storage().stat(k)).toBeNull();
  });

  it('removes one object, and a folder prefix without touching its namesakes', async () => {
    const folder = key('renders');
    await storage().put(`${folder}/t1/out.mp4`, Readable.from([Buffer.from('1')]));
    await storage().put(`${folder}/t1/deep/poster.jpg`, Readable.from([Buffer.from('2')]));
    await storage().put(`${folder}/t10/out.mp4`, Readable.from([Buffer.from('3')]));
    await storage().put(`${folder}/single.txt`, Readable.from([Buffer.from('4')]));
    await storage().remove(`${folder}/single.txt`);
    expect(await storage().stat(`${folder}/single.txt`)).toBeNull();
    await storage().remove(`${folder}/single.txt`); // already gone: no error
    await storage().removePrefix(`${folder}/t1`);
    expect(await storage().stat(`${folder}/t1/out.mp4`)).toBeNull();
    expect(await storage().stat(`${folder}/t1/deep/poster.jpg`)).toBeNull();
    expect(await storage().stat(`${folder}/t10/out.mp4`)).not.toBeNull();
    await storage().removePrefix(`${folder}/never-there`);
  });

  it('removes a prefix holding many objects', async () => {
    // (s3rver's listing fails past about 1000 objects, so the 1000-key batches are not reached here.)
    const folder = key('many');
    const n = 240;
    for (let i = 0; i < n; i += 50) {
      await Promise.all([...Array(Math.min(50, n - i)).keys()].map((j) => storage().put(`${folder}/${i + j}.txt`, Readable.from([Buffer.from('x')]))));
    }
    if (name === 's3') expect((await s3.list(`contract/${folder}/`)).length).toBe(n);
    await storage().removePrefix(folder);
    for (const i of [0, 119, n - 1]) expect(await storage().stat(`${folder}/${i}.txt`)).toBeNull();
    if (name === 's3') expect(await s3.list(`contract/${folder}/`)).toEqual([]);
  }, 120_000);

  it('hands tools a local file with the object, and cleans a download up afterwards', async () => {
    const k = key('clip.mp4');
    await storage().put(k, Readable.from([Buffer.from('not really a video')]));
    let seen = '';
    const result = await storage().withLocalFile(k, async (file) => {
      seen = file;
      expect(file.endsWith('.mp4')).toBe(true);
      return fs.readFileSync(file, 'utf8');
    });
    expect(result).toBe('not really a video');
    expect(fs.existsSync(seen)).toBe(name === 'local');
    await expect(storage().withLocalFile(key('missing.mp4'), async () => 1)).rejects.toThrow();
    if (name === 's3') expect(fs.readdirSync(path.join(tmp, 'downloads'))).toEqual([]);
  });

  it('gives a presigned URL on S3 only, and that URL serves ranges', async () => {
    const k = key('signed.txt');
    await storage().put(k, Readable.from([Buffer.from('0123456789')]));
    const url = await storage().presignedUrl(k, { expiresInSeconds: 60, contentType: 'text/plain' });
    if (name === 'local') return void expect(url).toBeNull();
    const res = await fetch(url!, { headers: { range: 'bytes=2-4' } });
    expect(res.status).toBe(206);
    expect(await res.text()).toBe('234');
  });

  it('refuses keys that climb out of the store', async () => {
    await expect(storage().put('../escape.txt', Readable.from([Buffer.from('x')]))).rejects.toThrow(/Invalid storage key/);
  });
});

describe('s3 multipart upload memory', () => {
  it('holds at most (concurrency + 1) part buffers whatever the size, and the object is byte-exact', async () => {
    // Eight 64 KiB chunks sent in turn (their bytes set per send; the streams between hold fewer than eight): the
    // body allocates nothing, so the arrayBuffers the process holds, sampled at every read, are the upload's own.
    // 48 MiB + 1 KiB = 10 parts of 5 MiB. (lib-storage, used before, held 5–6 parts' worth per part in flight.)
    const total = 48 * MiB + 1024;
    const ring = Array.from({ length: 8 }, () => Buffer.alloc(64 * 1024));
    const hashIn = createHash('sha256');
    let sent = 0;
    let peak = 0;
    const base = process.memoryUsage().arrayBuffers;
    const body = new Readable({
      highWaterMark: 0,
      read() {
        peak = Math.max(peak, process.memoryUsage().arrayBuffers - base);
        if (sent >= total) return void this.push(null);
        const chunk = ring[(sent / ring[0]!.length) % ring.length]!;
        const n = Math.min(chunk.length, total - sent);
        chunk.fill(Math.floor(sent / chunk.length) % 251, 0, n);
        const out = chunk.subarray(0, n);
        hashIn.update(out);
        sent += n;
        this.push(out);
      },
    });
    const k = `memory/${randomBytes(4).toString('hex')}.bin`;
    expect(await backends.s3!().put(k, body)).toBe(total);
    // 3 parts of 5 MiB (2 uploading, 1 filling) = 15 MiB; a fourth part would be 20.
    expect(peak).toBeLessThan(17 * MiB);
    const hashOut = createHash('sha256');
    for await (const c of backends.s3!().read(k)) hashOut.update(c as Buffer);
    expect(hashOut.digest('hex')).toBe(hashIn.digest('hex'));
  });
});

describe('s3 multipart upload failure', () => {
  it('a part the server refuses stops the reading of the body at its next chunk, and leaves no object', async () => {
    // A real client of the real server, with part 2 refused before it is sent (the SDK's own middleware stack).
    const client = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    });
    let read = 0;
    let readAtFailure = -1;
    client.middlewareStack.add(
      (next) => async (args) => {
        if ((args.input as { PartNumber?: number }).PartNumber === 2) {
          readAtFailure = read;
          throw new Error('part 2 refused');
        }
        return next(args);
      },
      { step: 'initialize' },
    );
    const chunk = 64 * 1024;
    async function* body() {
      while (read < 40 * MiB) {
        read += chunk;
        yield Buffer.alloc(chunk, 3);
      }
    }
    const key = `failure/${randomBytes(4).toString('hex')}.bin`;
    await expect(uploadInParts({ client, bucket: s3.bucket, key, body: body(), partSize: 5 * MiB, concurrency: 2 })).rejects.toThrow('part 2 refused');
    expect(readAtFailure).toBe(10 * MiB);
    // A few chunks in flight, not the rest of the next part (5 MiB, before the part's failure was checked per chunk).
    expect(read - readAtFailure).toBeLessThanOrEqual(4 * chunk);
    expect(await s3.list('failure/')).toEqual([]);
    client.destroy();
  });
});
