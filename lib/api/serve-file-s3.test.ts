import { Readable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { getStorage } from '../server/get-storage';
import { startS3TestServer, type S3TestServer } from '../storage/testing/s3-test-server';
import { serveStoredFile } from './serve-file';

// /files/* for S3-stored objects, against a real s3rver: proxied with ranges (the default), or a 302 to a
// presigned URL with S3_SERVE=redirect.
let s3: S3TestServer;
const saved = { ...process.env };
const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));

beforeAll(async () => {
  s3 = await startS3TestServer();
});
afterAll(async () => {
  await s3?.stop();
});
afterEach(() => {
  process.env = { ...saved };
});

function useS3(serve: 'proxy' | 'redirect') {
  Object.assign(process.env, s3.env('serve'), { S3_SERVE: serve, S3_PRESIGN_SECONDS: '120' });
  return getStorage();
}

describe('serveStoredFile on S3', () => {
  it('proxies whole objects and ranges, and 404s missing keys', async () => {
    const storage = useS3('proxy');
    await storage.put('renders/t/out.mp4', Readable.from([bytes]));
    const whole = await serveStoredFile(storage, 'renders/t/out.mp4', new Request('http://app/files/renders/t/out.mp4'));
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-length')).toBe('4096');
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);
    const part = await serveStoredFile(storage, 'renders/t/out.mp4', new Request('http://app/f', { headers: { range: 'bytes=1000-1999' } }));
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 1000-1999/4096');
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(1000, 2000))).toBe(true);
    expect((await serveStoredFile(storage, 'renders/t/none.mp4', new Request('http://app/f'))).status).toBe(404);
  });

  it('redirects to a presigned URL that serves the range and the download name', async () => {
    const storage = useS3('redirect');
    await storage.put('renders/t/out.mp4', Readable.from([bytes]));
    const res = await serveStoredFile(storage, 'renders/t/out.mp4', new Request('http://app/f'), { download: 'My video.mp4' });
    expect(res.status).toBe(302);
    expect(res.headers.get('cache-control')).toBe('private, max-age=60');
    const location = res.headers.get('location')!;
    expect(location.startsWith(`${s3.endpoint}/${s3.bucket}/serve/renders/t/out.mp4?`)).toBe(true);
    const followed = await fetch(location, { headers: { range: 'bytes=10-19' } });
    expect(followed.status).toBe(206);
    expect(Buffer.from(await followed.arrayBuffer()).equals(bytes.subarray(10, 20))).toBe(true);
    expect(followed.headers.get('content-type')).toBe('video/mp4');
    expect(followed.headers.get('content-disposition')).toContain('My video.mp4');
    expect((await serveStoredFile(storage, 'renders/t/none.mp4', new Request('http://app/f'))).status).toBe(404);
  });
});
