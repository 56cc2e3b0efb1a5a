import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { VideoConfig } from '../../video';
import { withRemoteWords } from './with-remote-words';

// A real words file on loopback, fetched through the render path's fetch (address policy, timeout, size cap).
const words = [{ word: 'hello', punctuated_word: 'Hello.', start: 0, end: 0.5 }];
let server: http.Server;
let src = '';
beforeAll(async () => {
  server = http.createServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ words })));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  src = `http://127.0.0.1:${(server.address() as AddressInfo).port}/words.json`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
afterEach(() => delete process.env.ALLOW_PRIVATE_MEDIA);

// Public pages reuse an answer per URL for a minute: each test has its own URL.
const config = (url = src): VideoConfig =>
  ({
    meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
    tracks: [{ clips: [{ type: 'subtitle', start: 0, duration: 1, words: { src: url } }] }],
  }) as VideoConfig;
const wordsOf = (c: VideoConfig) => (c.tracks[0]!.clips[0] as { words: unknown }).words;

describe('withRemoteWords', () => {
  it('hands the Player the fetched words, as the render gets them', async () => {
    process.env.ALLOW_PRIVATE_MEDIA = '1';
    expect(wordsOf(await withRemoteWords(config()))).toEqual(words);
  });

  it('fetches under the render policy: a loopback source is refused unless ALLOW_PRIVATE_MEDIA, and stays unresolved', async () => {
    expect(wordsOf(await withRemoteWords(config(`${src}?refused`)))).toEqual({ src: `${src}?refused` });
  });
});
