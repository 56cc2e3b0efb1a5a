import dns from 'node:dns';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboundFetch } from './outbound-fetch';

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/drip') {
      // Headers at once, then one byte every 300 ms, forever.
      res.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => res.write(' '), 300);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (req.url === '/big') return res.end(Buffer.alloc(2 * 1024 * 1024, 'x'));
    if (req.url === '/big-chunked') {
      res.writeHead(200);
      for (let i = 0; i < 32; i++) res.write(Buffer.alloc(64 * 1024, 'x'));
      return res.end();
    }
    if (req.url === '/stall') {
      // A first byte, then nothing.
      res.writeHead(200);
      return void res.write('x');
    }
    if (req.url === '/redirect') return res.writeHead(302, { location: '/ok' }).end();
    res.end(`ok ${req.method}`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const base = { timeoutMs: 3000, maxBytes: 1024 * 1024 };

describe('outboundFetch address policy', () => {
  it.each([
    (p: number) => `http://127.0.0.1:${p}/`,
    (p: number) => `http://[::ffff:127.0.0.1]:${p}/`,
    (p: number) => `http://[::ffff:7f00:1]:${p}/`,
    (p: number) => `http://[64:ff9b::7f00:1]:${p}/`,
    (p: number) => `http://[2002:7f00:1::]:${p}/`,
    (p: number) => `http://[::ffff:0:7f00:1]:${p}/`,
    (p: number) => `http://localhost:${p}/`,
  ])('refuses %s', async (url) => {
    await expect(outboundFetch(url(port), base)).rejects.toMatchObject({ reason: 'refused-address' });
  });

  it('reaches a private address only when allowed', async () => {
    const res = await outboundFetch(`http://127.0.0.1:${port}/`, { ...base, allowPrivate: true });
    expect(res.body.toString()).toBe('ok GET');
    expect(res.remoteAddress).toBe('127.0.0.1');
  });

  it('resolves a name once, inside the connection, and judges that answer (no second lookup to rebind)', async () => {
    const answers: string[] = [];
    // A name only this resolver knows: the connection can only have used its answer.
    const lookup = ((hostname: string, options: dns.LookupAllOptions, cb: (e: null, a: dns.LookupAddress[]) => void) => {
      answers.push(hostname);
      cb(null, [{ address: '127.0.0.1', family: 4 }]);
    }) as unknown as typeof dns.lookup;
    await expect(outboundFetch(`http://rebind.invalid:${port}/`, { ...base, lookup })).rejects.toMatchObject({
      reason: 'refused-address',
      message: expect.stringContaining('rebind.invalid resolves to a private or local address; refused'),
    });
    expect(answers).toEqual(['rebind.invalid']);
    const allowed = await outboundFetch(`http://rebind.invalid:${port}/`, { ...base, lookup, allowPrivate: true });
    expect(allowed.remoteAddress).toBe('127.0.0.1');
    expect(answers).toEqual(['rebind.invalid', 'rebind.invalid']);
  });

  it('follows redirects only when asked, each hop through the policy', async () => {
    const opts = { ...base, allowPrivate: true };
    expect((await outboundFetch(`http://127.0.0.1:${port}/redirect`, opts)).status).toBe(302);
    expect((await outboundFetch(`http://127.0.0.1:${port}/redirect`, { ...opts, maxRedirects: 2 })).body.toString()).toBe('ok GET');
  });

  it('refuses what is not http(s)', async () => {
    await expect(outboundFetch('file:///etc/passwd', base)).rejects.toMatchObject({ reason: 'bad-url' });
  });
});

describe('outboundFetch bounds', () => {
  const local = { ...base, allowPrivate: true };

  it('gives up on a server that drips bytes, at the total timeout', async () => {
    const started = Date.now();
    await expect(outboundFetch(`http://127.0.0.1:${port}/drip`, { ...local, timeoutMs: 1000 })).rejects.toMatchObject({
      reason: 'timeout',
      message: 'no complete answer within 1 s',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each(['/big', '/big-chunked'])('refuses an answer over the size cap (%s)', async (path) => {
    await expect(outboundFetch(`http://127.0.0.1:${port}${path}`, local)).rejects.toMatchObject({ reason: 'too-large' });
  });

  it('a probe stops after the headers', async () => {
    const res = await outboundFetch(`http://127.0.0.1:${port}/drip`, { ...local, headersOnly: true, timeoutMs: 1000 });
    expect(res.status).toBe(200);
  });

  it('sends a body', async () => {
    const res = await outboundFetch(`http://127.0.0.1:${port}/`, { ...local, method: 'POST', body: '{}' });
    expect(res.body.toString()).toBe('ok POST');
  });

  it('streams a download into a file, counting what arrives; past the cap it stops and keeps nothing usable', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outbound-test-'));
    try {
      const file = path.join(dir, 'big.bin');
      const res = await outboundFetch(`http://127.0.0.1:${port}/big-chunked`, { ...local, maxBytes: 4 * 1024 * 1024, toFile: file });
      expect([res.status, res.bytes, res.body.length, fs.statSync(file).size]).toEqual([200, 2 * 1024 * 1024, 0, 2 * 1024 * 1024]);
      // No Content-Length: the cap is counted, not declared.
      await expect(outboundFetch(`http://127.0.0.1:${port}/big-chunked`, { ...local, maxBytes: 1024 * 1024, toFile: path.join(dir, 'b') })).rejects.toMatchObject({ reason: 'too-large' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives up on a source that stops sending, at the idle timeout', async () => {
    const started = Date.now();
    await expect(outboundFetch(`http://127.0.0.1:${port}/stall`, { ...local, timeoutMs: 10_000, idleTimeoutMs: 500 })).rejects.toMatchObject({
      reason: 'timeout',
      message: 'no data for 0.5 s',
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

