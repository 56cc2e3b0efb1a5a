import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VideoConfig } from '../video';
import { checkMedia, MediaError, mediaRefs } from './media-check';

// A real HTTP server on loopback (so ALLOW_PRIVATE_MEDIA=1): /ok.png answers 200, everything else 404.
let server: http.Server;
let base: string;
beforeAll(async () => {
  process.env.ALLOW_PRIVATE_MEDIA = '1';
  server = http.createServer((req, res) => {
    res.writeHead(req.url === '/ok.png' ? 200 : 404, { 'content-type': 'image/png' });
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const meta = { version: '2.0.0', width: 320, height: 180, fps: 30 } as const;

async function failure(config: VideoConfig): Promise<string> {
  const error = await checkMedia(config).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(MediaError);
  return (error as MediaError).message;
}

describe('checkMedia', () => {
  it('refuses a source on a private or loopback address unless ALLOW_PRIVATE_MEDIA=1, naming the clip', async () => {
    delete process.env.ALLOW_PRIVATE_MEDIA;
    try {
      const message = await failure({ meta, tracks: [{ clips: [{ type: 'image', src: `${base}/ok.png`, start: 0, duration: 1 }] }] });
      expect(message).toContain(`tracks[0].clips[0] (image): could not load ${base}/ok.png: 127.0.0.1 is a private or local address; refused`);
      const metadata = await failure({ meta, tracks: [{ clips: [{ type: 'image', src: 'http://169.254.169.254/latest/meta-data/', start: 0, duration: 1 }] }] });
      expect(metadata).toContain('169.254.169.254 is a private or local address; refused');
    } finally {
      process.env.ALLOW_PRIVATE_MEDIA = '1';
    }
  });

  it('passes when every media URL loads', async () => {
    await expect(
      checkMedia({ meta, tracks: [{ clips: [{ type: 'image', src: `${base}/ok.png`, start: 0, duration: 1 }] }] }),
    ).resolves.toBeUndefined();
  });

  it('checks a $ref’d image through its asset, naming the clip', async () => {
    const message = await failure({
      meta,
      assets: { images: [{ id: 'logo', src: `${base}/missing-logo.png` }] },
      tracks: [{ clips: [{ type: 'text', text: 'hi', start: 0, duration: 1 }, { type: 'image', src: { $ref: 'logo' }, start: 0, duration: 1 }] }],
    });
    expect(message).toContain(`tracks[0].clips[1] (image): could not load ${base}/missing-logo.png: HTTP 404`);
  });

  it('checks the images a template draws, under the template’s path', async () => {
    const message = await failure({
      meta,
      tracks: [
        {
          clips: [
            { type: 'template', template: 'product-intro', data: { name: 'Widget', image: `${base}/missing-product.png` }, start: 0, duration: 2 },
          ],
        },
      ],
    });
    expect(message).toContain(`tracks[0].clips[0] (image): could not load ${base}/missing-product.png: HTTP 404`);
  });

  it('checks layout children, naming the child', async () => {
    const message = await failure({
      meta,
      tracks: [
        {
          clips: [
            {
              type: 'layout',
              start: 0,
              duration: 1,
              children: [
                { type: 'image', src: `${base}/ok.png` },
                { type: 'image', src: `${base}/missing-child.png` },
              ],
            },
          ],
        },
      ],
    });
    expect(message).toContain(`tracks[0].clips[0].children[1] (image): could not load ${base}/missing-child.png: HTTP 404`);
    expect(message).not.toContain('children[0]');
  });
});

describe('mediaRefs', () => {
  it('lists each URL once per clip that draws it, after $ref resolution', () => {
    const refs = mediaRefs({
      meta,
      assets: { videos: [{ id: 'intro', src: 'https://example.test/intro.mp4' }] },
      tracks: [{ clips: [{ type: 'video', src: { $ref: 'intro' }, start: 0, duration: 1 }, { type: 'audio', src: 'https://example.test/a.mp3', start: 0, duration: 1 }] }],
    });
    expect(refs).toEqual([
      { path: 'tracks[0].clips[0]', type: 'video', url: 'https://example.test/intro.mp4' },
      { path: 'tracks[0].clips[1]', type: 'audio', url: 'https://example.test/a.mp3' },
    ]);
  });

  it("lists a three clip's GLB models: assets.models and a model URL written on an object", () => {
    const refs = mediaRefs({
      meta,
      assets: { models: [{ id: 'cube', src: 'https://example.test/cube.glb' }] },
      tracks: [{ clips: [{ type: 'three', start: 0, duration: 1, objects: [{ model: { $ref: 'cube' } }, { model: '/files/uploads/u/2026/01/f.glb' }, { shape: 'box' }] }] }],
    });
    expect(refs).toEqual([
      { path: 'tracks[0].clips[0]', type: 'model', url: 'https://example.test/cube.glb' },
      { path: 'tracks[0].clips[0]', type: 'model', url: '/files/uploads/u/2026/01/f.glb' },
      { path: 'assets.models[0]', type: 'model', url: 'https://example.test/cube.glb' },
    ]);
  });
});
