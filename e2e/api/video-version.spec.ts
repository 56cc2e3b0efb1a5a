import { expect, test, type APIRequestContext } from '@playwright/test';
import { taskCreatedResponse, taskResponse } from '../../lib/contract';
import { bearer, smallConfig } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { expectError, expectOk } from '../fixtures/contract';

// Optimistic concurrency on /api/v1/video/:taskId (Cutroom's addition): version, ETag, If-Match, 409 CONFLICT.

let owner: Account;
test.beforeAll(() => {
  owner = createAccount();
});

async function newTask(request: APIRequestContext) {
  const res = await request.post('/api/v1/video', { headers: bearer(owner.key), data: { config: smallConfig('v1') } });
  return (await expectOk(res, taskCreatedResponse)).taskId;
}

async function read(request: APIRequestContext, taskId: string) {
  const res = await request.get(`/api/v1/video/${taskId}`, { headers: bearer(owner.key) });
  return { task: await expectOk(res, taskResponse), etag: res.headers()['etag'] };
}

const patch = (request: APIRequestContext, taskId: string, data: Record<string, unknown>, headers: Record<string, string> = {}) =>
  request.patch(`/api/v1/video/${taskId}`, { headers: { ...bearer(owner.key), ...headers }, data });

test('a new task is version 1, in the body and as the ETag', async ({ request }) => {
  const taskId = await newTask(request);
  const { task, etag } = await read(request, taskId);
  expect(task.version).toBe(1);
  expect(etag).toBe('"1"');
});

test('If-Match with the current ETag applies the PATCH and answers the next version', async ({ request }) => {
  const taskId = await newTask(request);
  const res = await patch(request, taskId, { title: 'Second' }, { 'if-match': '"1"' });
  const body = await expectOk(res, taskResponse);
  expect(body.version).toBe(2);
  expect(res.headers()['etag']).toBe('"2"');
  expect((await read(request, taskId)).task).toMatchObject({ title: 'Second', version: 2 });
});

const stale: { name: string; headers: Record<string, string>; data: Record<string, unknown> }[] = [
  { name: 'If-Match of an older version', headers: { 'if-match': '"1"' }, data: {} },
  { name: 'version field of an older version', headers: {}, data: { version: 1 } },
  { name: 'If-Match current but version stale', headers: { 'if-match': '"2"' }, data: { version: 1 } },
  { name: 'If-Match that is not one of our tags', headers: { 'if-match': '"abc"' }, data: {} },
];
for (const c of stale) {
  test(`409 CONFLICT, nothing written: ${c.name}`, async ({ request }) => {
    const taskId = await newTask(request);
    await expectOk(await patch(request, taskId, { title: 'Theirs' }), taskResponse); // version 2
    const res = await patch(request, taskId, { title: 'Mine', config: smallConfig('mine'), ...c.data }, c.headers);
    const error = await expectError(res, 409, 'CONFLICT');
    expect(error.details).toEqual({ currentVersion: 2 });
    const { task } = await read(request, taskId);
    expect(task).toMatchObject({ title: 'Theirs', version: 2 });
    const stored = (await (await request.get(task.configUrl)).json()) as { tracks: { clips: { text?: string }[] }[] };
    expect(stored.tracks[0]?.clips[1]?.text).toBe('v1');
  });
}

test('the version field alone, when current, is accepted', async ({ request }) => {
  const taskId = await newTask(request);
  expect((await expectOk(await patch(request, taskId, { title: 'By field', version: 1 }), taskResponse)).version).toBe(2);
});

test('no precondition keeps last-write-wins (and still counts versions)', async ({ request }) => {
  const taskId = await newTask(request);
  await expectOk(await patch(request, taskId, { title: 'A' }), taskResponse);
  const body = await expectOk(await patch(request, taskId, { title: 'B' }), taskResponse);
  expect(body).toMatchObject({ title: 'B', version: 3 });
  expect((await expectOk(await patch(request, taskId, { title: 'C' }, { 'if-match': '*' }), taskResponse)).version).toBe(4);
});

test('concurrent PATCHes from the same version: exactly one wins', async ({ request }) => {
  const taskId = await newTask(request);
  const titles = Array.from({ length: 8 }, (_, i) => `Racer ${i}`);
  const answers = await Promise.all(titles.map((title) => patch(request, taskId, { title, config: smallConfig(title) }, { 'if-match': '"1"' })));
  const statuses = answers.map((r) => r.status());
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(titles.length - 1);
  const winner = titles[statuses.indexOf(200)];
  const { task } = await read(request, taskId);
  expect(task).toMatchObject({ title: winner, version: 2 });
  const stored = (await (await request.get(task.configUrl)).json()) as { tracks: { clips: { text?: string }[] }[] };
  expect(stored.tracks[0]?.clips[1]?.text).toBe(winner);
});

test("another user's task is NOT_FOUND, with or without a precondition", async ({ request }) => {
  const taskId = await newTask(request);
  const other = createAccount();
  for (const headers of [{}, { 'if-match': '"1"' }] as Record<string, string>[]) {
    const res = await request.patch(`/api/v1/video/${taskId}`, { headers: { ...bearer(other.key), ...headers }, data: { title: 'x' } });
    await expectError(res, 404, 'NOT_FOUND');
  }
  expect((await read(request, taskId)).task.version).toBe(1);
});
