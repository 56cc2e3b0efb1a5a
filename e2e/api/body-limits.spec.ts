import http from 'node:http';
import { expect, test } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { expectError, raw } from '../fixtures/contract';
import { pidListeningOn, rssBytes } from '../fixtures/server-process';

// Everything from outside is bounded before it is parsed: body size (MAX_JSON_BODY_BYTES, 5 MB by
// default) and JSON nesting depth (MAX_JSON_DEPTH, 64).

const PORT = Number(process.env.E2E_PORT ?? 3210);
const MB = 1024 * 1024;

let account: Account;
test.beforeAll(() => {
  account = createAccount();
});

interface RawAnswer {
  status: number;
  body: string;
}

/**
 * POSTs `size` bytes of `[` to create-task, in 64 KB writes, with or without a Content-Length. Stops
 * writing when the server answers (a server that refuses early must not have to swallow the rest).
 */
function postBrackets(size: number, opts: { declareLength: boolean }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1',
      port: PORT,
      method: 'POST',
      path: '/api/v1/video',
      headers: {
        ...bearer(account.key),
        'content-type': 'application/json',
        ...(opts.declareLength ? { 'content-length': String(size) } : { 'transfer-encoding': 'chunked' }),
      },
    });
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body });
      });
    });
    req.on('error', (err) => (answered ? undefined : reject(err)));
    const chunk = Buffer.alloc(64 * 1024, '[');
    let sent = 0;
    const pump = () => {
      while (!answered && sent < size) {
        const n = Math.min(chunk.length, size - sent);
        sent += n;
        if (!req.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

/** Runs `work` while sampling the web server's RSS every 25 ms; returns the work's result and the peak growth. */
async function measuringRss<T>(work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const pid = pidListeningOn(PORT);
  const before = rssBytes(pid);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssBytes(pid))), 25);
  try {
    const result = await work();
    await new Promise((r) => setTimeout(r, 300)); // let a late parse show up
    peak = Math.max(peak, rssBytes(pid));
    return { result, growth: peak - before };
  } finally {
    clearInterval(timer);
  }
}

for (const declareLength of [true, false]) {
  test(`a 50 MB body ${declareLength ? 'with' : 'without'} Content-Length is refused with 413 and server memory stays flat`, async () => {
    const { result, growth } = await measuringRss(() => postBrackets(50 * MB, { declareLength }));
    expect(result.status, result.body).toBe(413);
    const body = JSON.parse(result.body) as { success: boolean; code: string; error: string; details: { limitBytes: number } };
    expect(body).toMatchObject({ success: false, code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 5 * MB } });
    expect(body.error).toMatch(/larger than 5 MB/);
    // Without the limit the server buffered and parsed all of it: gigabytes.
    expect(growth, `RSS grew by ${(growth / MB).toFixed(0)} MB`).toBeLessThan(64 * MB);
  });
}

test('a body just under the limit is still read and judged on its content', async ({ request }) => {
  const padding = 'x'.repeat(4 * MB);
  const res = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config: { pad: padding } } });
  await expectError(res, 400, 'INVALID_CONFIG');
});

test('JSON nested deeper than 64 levels is INVALID_REQUEST (400), not a server error', async ({ request }) => {
  for (const depth of [65, 5000, 200_000]) {
    const res = await request.post('/api/v1/video', {
      headers: { ...bearer(account.key), 'content-type': 'application/json' },
      data: raw(`{"config":${'['.repeat(depth)}${']'.repeat(depth)}}`),
    });
    const body = await expectError(res, 400, 'INVALID_REQUEST');
    expect(body.error).toMatch(/nested deeper than 64/);
  }
  // Brackets inside strings are text, not nesting.
  const text = await request.post('/api/v1/video', {
    headers: bearer(account.key),
    data: { config: { meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: [{ clips: [{ type: 'text', text: '['.repeat(500), start: 0, duration: 1 }] }] } },
  });
  expect(text.status()).toBe(200);
});
