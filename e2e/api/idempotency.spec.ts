import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { bearer, smallConfig } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { expectError } from '../fixtures/contract';
import { querySql } from '../fixtures/db';

// Idempotency keys on POST /api/v1 (Idempotency-Key or X-Idempotency-Key): a retried request gets the first
// response back without the work being done again; the same key for another request is a 409.

const newKey = () => `idem_${randomBytes(8).toString('hex')}`;

test('two identical POST /render with one key: one render, one charge, the same answer twice', async ({ request }) => {
  const account = createAccount({ credits: 10 });
  const created = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config: smallConfig('Once', 1) } });
  const { taskId } = (await created.json()) as { taskId: string };
  const headers = { ...bearer(account.key), 'idempotency-key': newKey() };
  const first = await request.post(`/api/v1/video/${taskId}/render`, { headers, data: {} });
  expect(first.status()).toBe(200);
  const firstBody = (await first.json()) as { renderTaskId: string; remainingCredits: number };
  expect(firstBody.remainingCredits).toBe(9);
  const again = await request.post(`/api/v1/video/${taskId}/render`, { headers, data: {} });
  expect(again.status()).toBe(200);
  expect(again.headers()['idempotent-replayed']).toBe('true');
  expect(await again.json()).toEqual(firstBody);
  const renders = await querySql('select count(*) as n from "Render" where "taskId" = $1', [taskId]);
  expect(Number(renders.rows[0]?.n)).toBe(1);
  expect(((await (await request.get('/api/v1/credits', { headers: bearer(account.key) })).json()) as { credits: number }).credits).toBe(9);
});

test('the same key with another body, or on another route, is a 409 IDEMPOTENCY_KEY_REUSED', async ({ request }) => {
  const account = createAccount();
  const headers = { ...bearer(account.key), 'x-idempotency-key': newKey() };
  expect((await request.post('/api/v1/video', { headers, data: { config: smallConfig('A') } })).status()).toBe(200);
  const body = await expectError(await request.post('/api/v1/video', { headers, data: { config: smallConfig('B') } }), 409, 'IDEMPOTENCY_KEY_REUSED');
  expect(body.error).toContain('different request');
  await expectError(await request.post('/api/v1/preview', { headers, data: smallConfig('A') }), 409, 'IDEMPOTENCY_KEY_REUSED');
  await expectError(await request.post('/api/v1/video', { headers: { ...headers, 'x-idempotency-key': 'has space' }, data: {} }), 400, 'INVALID_REQUEST');
});

test('50 concurrent identical keyed POSTs do the work once; another account with the same key gets its own', async ({ request }) => {
  const account = createAccount();
  const key = newKey();
  const send = (k: string) => request.post('/api/v1/video', { headers: { ...bearer(k), 'idempotency-key': key }, data: { config: smallConfig('Fifty') } });
  const answers = await Promise.all(Array.from({ length: 50 }, () => send(account.key)));
  const ids = new Set<string>();
  for (const res of answers) {
    if (res.status() === 200) ids.add(((await res.json()) as { taskId: string }).taskId);
    else await expectError(res, 409, 'IDEMPOTENCY_KEY_IN_USE');
  }
  expect(ids.size).toBe(1);
  const list = (await (await request.get('/api/v1/video', { headers: bearer(account.key) })).json()) as { pagination: { total: number } };
  expect(list.pagination.total).toBe(1);
  // After the first finished, a retry gets its answer.
  const retry = await send(account.key);
  expect(retry.headers()['idempotent-replayed']).toBe('true');
  expect(((await retry.json()) as { taskId: string }).taskId).toBe([...ids][0]);
  // Keys are per account: another account's request with the same key is its own, and cannot see the first task.
  const other = createAccount();
  const theirs = await send(other.key);
  expect(theirs.status()).toBe(200);
  expect(theirs.headers()['idempotent-replayed']).toBeUndefined();
  expect(((await theirs.json()) as { taskId: string }).taskId).not.toBe([...ids][0]);
  await expectError(await request.get(`/api/v1/video/${[...ids][0]}`, { headers: bearer(other.key) }), 404, 'NOT_FOUND');
});

test('a keyed upload is stored once; a retry gets the same file', async ({ request }) => {
  const account = createAccount();
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
  const upload = () =>
    request.post('/api/v1/upload', {
      headers: { ...bearer(account.key), 'idempotency-key': 'upload-once' },
      multipart: { file: { name: 'dot.png', mimeType: 'image/png', buffer: png } },
    });
  const first = (await (await upload()).json()) as { assets: { id: string }[] };
  const again = await upload();
  expect(again.headers()['idempotent-replayed']).toBe('true');
  expect(((await again.json()) as { assets: { id: string }[] }).assets[0]?.id).toBe(first.assets[0]?.id);
  const files = (await (await request.get('/api/v1/files', { headers: bearer(account.key) })).json()) as { pagination: { total: number } };
  expect(files.pagination.total).toBe(1);
});
