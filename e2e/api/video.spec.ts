import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  alreadyRenderedResponse,
  creditsResponse,
  renderStartedResponse,
  taskCreatedResponse,
  taskDeletedResponse,
  taskListResponse,
  taskResponse,
} from '../../lib/contract';
import { bearer, smallConfig, waitForRender } from '../fixtures/api';
import { cli, createAccount, type Account } from '../fixtures/cli';
import { expectError, expectOk, isoTimestamp, privateFields, raw, sleep } from '../fixtures/contract';
import { e2eDataDir, querySql } from '../fixtures/db';
import { RenderingVideo, RenderingVideoError } from '../fixtures/sdk-client';
import { signIn } from '../settings/helpers';

// Contract tests of /api/v1/video and /api/v1/credits against the real server (RenderingVideo reference).

const json = (key: string) => ({ ...bearer(key), 'content-type': 'application/json' });

async function createTask(request: APIRequestContext, key: string, config: unknown = smallConfig(), extra: Record<string, unknown> = {}) {
  const res = await request.post('/api/v1/video', { headers: bearer(key), data: { config, ...extra } });
  return expectOk(res, taskCreatedResponse);
}

async function credits(request: APIRequestContext, key: string) {
  return (await expectOk(await request.get('/api/v1/credits', { headers: bearer(key) }), creditsResponse)).credits;
}

test.describe('authentication', () => {
  let account: Account;
  test.beforeAll(() => {
    account = createAccount({ credits: 37 });
  });

  const forms: { name: string; headers: (key: string) => Record<string, string>; query: (key: string) => string }[] = [
    { name: 'Authorization: Bearer', headers: (k) => ({ authorization: `Bearer ${k}` }), query: () => '' },
    { name: 'Authorization: Token', headers: (k) => ({ authorization: `Token ${k}` }), query: () => '' },
    { name: 'X-API-Key', headers: (k) => ({ 'x-api-key': k }), query: () => '' },
    { name: '?api_key=', headers: () => ({}), query: (k) => `?api_key=${k}` },
  ];

  for (const form of forms) {
    test(`${form.name} authenticates reads and writes`, async ({ request }) => {
      const balance = await expectOk(await request.get(`/api/v1/credits${form.query(account.key)}`, { headers: form.headers(account.key) }), creditsResponse);
      expect(balance).toEqual({ success: true, credits: 37, currency: 'credits' });

      const created = await request.post(`/api/v1/video${form.query(account.key)}`, {
        headers: { ...form.headers(account.key), 'content-type': 'application/json' },
        data: { config: smallConfig(form.name) },
      });
      const task = await expectOk(created, taskCreatedResponse);
      const fetched = await expectOk(await request.get(`/api/v1/video/${task.taskId}`, { headers: bearer(account.key) }), taskResponse);
      expect(fetched.taskId).toBe(task.taskId);
    });
  }

  const unknownKey = `sk-${'Z'.repeat(40)}`;
  const failures: { name: string; headers?: Record<string, string>; query?: string; code: string }[] = [
    { name: 'no key at all', code: 'MISSING_API_KEY' },
    { name: 'empty X-API-Key', headers: { 'x-api-key': '' }, code: 'MISSING_API_KEY' },
    { name: 'Basic scheme', headers: { authorization: 'Basic dXNlcjpwYXNz' }, code: 'INVALID_API_KEY_FORMAT' },
    { name: 'Bearer without sk-', headers: { authorization: 'Bearer not-a-key' }, code: 'INVALID_API_KEY_FORMAT' },
    { name: 'Token too short', headers: { authorization: 'Token sk-abc' }, code: 'INVALID_API_KEY_FORMAT' },
    { name: 'X-API-Key with symbols', headers: { 'x-api-key': `sk-${'a'.repeat(30)}!!` }, code: 'INVALID_API_KEY_FORMAT' },
    { name: '?api_key= malformed', query: '?api_key=hello', code: 'INVALID_API_KEY_FORMAT' },
    { name: 'unknown key, Bearer', headers: { authorization: `Bearer ${unknownKey}` }, code: 'INVALID_API_KEY' },
    { name: 'unknown key, Token', headers: { authorization: `Token ${unknownKey}` }, code: 'INVALID_API_KEY' },
    { name: 'unknown key, X-API-Key', headers: { 'x-api-key': unknownKey }, code: 'INVALID_API_KEY' },
    { name: 'unknown key, ?api_key=', query: `?api_key=${unknownKey}`, code: 'INVALID_API_KEY' },
  ];
  for (const f of failures) {
    test(`401 ${f.code}: ${f.name}`, async ({ request }) => {
      const res = await request.get(`/api/v1/video${f.query ?? ''}`, { headers: f.headers ?? {} });
      const body = await expectError(res, 401, f.code);
      expect(body.details).toBeUndefined();
    });
  }

  test('401 API_KEY_INACTIVE in every form once the key is revoked (and other keys keep working)', async ({ request }) => {
    const owner = createAccount();
    const spare = cli('key', 'create', '--email', owner.email, '--name', 'spare').trim().split('\n').at(-1)!;
    await expectOk(await request.get('/api/v1/credits', { headers: bearer(owner.key) }), creditsResponse);
    cli('key', 'revoke', '--email', owner.email, '--prefix', owner.key.slice(0, 10));
    for (const form of forms) {
      const res = await request.get(`/api/v1/video${form.query(owner.key)}`, { headers: form.headers(owner.key) });
      await expectError(res, 401, 'API_KEY_INACTIVE');
    }
    await expectOk(await request.get('/api/v1/credits', { headers: bearer(spare) }), creditsResponse);
  });

  test('401 USER_NOT_FOUND in every form once the key’s owner deleted the account', async ({ page }) => {
    const gone = createAccount();
    await expectOk(await page.request.get('/api/v1/credits', { headers: bearer(gone.key) }), creditsResponse);
    // The only way an account goes: its owner deletes it on the settings page.
    await signIn(page, gone.email, gone.password);
    await page.goto('/settings/account');
    const form = page.getByRole('form', { name: 'Delete account' });
    await form.getByRole('textbox').fill(gone.email);
    await form.getByRole('button', { name: 'Delete my account' }).click();
    await expect(page).toHaveURL(/\/signin\?deleted=1$/);
    for (const form of forms) {
      const res = await page.request.get(`/api/v1/video${form.query(gone.key)}`, { headers: form.headers(gone.key) });
      await expectError(res, 401, 'USER_NOT_FOUND');
    }
  });

  const endpoints: [string, string][] = [
    ['POST', '/api/v1/video'],
    ['GET', '/api/v1/video'],
    ['GET', '/api/v1/video/someTaskId'],
    ['PATCH', '/api/v1/video/someTaskId'],
    ['DELETE', '/api/v1/video/someTaskId'],
    ['POST', '/api/v1/video/someTaskId/render'],
    ['GET', '/api/v1/credits'],
    ['POST', '/api/v1/preview'],
    ['GET', '/api/v1/preview/temp_x'],
    ['DELETE', '/api/v1/preview/temp_x'],
    ['POST', '/api/v1/preview/temp_x/convert'],
    ['POST', '/api/v1/preview/temp_x/render'],
  ];
  test('every authenticated endpoint answers MISSING_API_KEY without a key', async ({ request }) => {
    for (const [method, url] of endpoints) {
      const res = await request.fetch(url, { method, headers: { 'content-type': 'application/json' }, data: method === 'GET' || method === 'DELETE' ? undefined : {} });
      await test.step(`${method} ${url}`, async () => {
        await expectError(res, 401, 'MISSING_API_KEY');
      });
    }
  });
});

test.describe('POST /api/v1/video', () => {
  let account: Account;
  test.beforeAll(() => {
    account = createAccount();
  });

  test('creates a task with every documented field, and its configUrl serves the config', async ({ request, baseURL }) => {
    const config = smallConfig('Create me');
    const task = await createTask(request, account.key, config, { metadata: { project_id: 'proj_123' } });
    expect(task).toMatchObject({
      success: true,
      status: 'created',
      quality: '720p',
      width: 320,
      height: 180,
      duration: 2,
      title: 'Untitled video',
      message: 'Task created successfully. Call POST /api/v1/video/:taskId/render to start rendering.',
    });
    expect(task.taskId).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(task.videoTaskId).toMatch(/^vt_[A-Za-z0-9]{16}$/);
    expect(task.previewUrl).toBe(`${baseURL}/v/${task.taskId}`);
    expect(task.viewerUrl).toBe(`${baseURL}/watch/${task.taskId}`);
    expect(task.configUrl).toBe(`${baseURL}/configs/${task.taskId}.json`);

    const served = await request.get(task.configUrl);
    expect(served.status()).toBe(200);
    expect(await served.json()).toEqual(config);

    const detail = await expectOk(await request.get(`/api/v1/video/${task.taskId}`, { headers: bearer(account.key) }), taskResponse);
    expect(detail).toMatchObject({
      taskId: task.taskId,
      videoTaskId: task.videoTaskId,
      status: 'created',
      videoUrl: null,
      costCredits: 0,
      completedAt: null,
      metadata: { project_id: 'proj_123' },
      renderTaskId: null,
      progress: 0,
      stage: null,
      error: null,
    });
    expect(detail.createdAt).toMatch(isoTimestamp);
    expect(Math.abs(Date.parse(detail.createdAt) - Date.now())).toBeLessThan(60_000);
    for (const field of privateFields.concat('config')) expect(detail).not.toHaveProperty(field);
  });

  test('metadata defaults to {} and a title can be given', async ({ request }) => {
    const task = await createTask(request, account.key, smallConfig(), { title: '  Launch teaser ' });
    expect(task.title).toBe('Launch teaser');
    const detail = await expectOk(await request.get(`/api/v1/video/${task.taskId}`, { headers: bearer(account.key) }), taskResponse);
    expect(detail.metadata).toEqual({});
  });

  const tiers: [number, number, string][] = [
    [640, 360, '720p'],
    [1280, 720, '720p'],
    [1920, 1080, '1080p'],
    [1080, 1920, '1080p'],
    [2560, 1440, '2k'],
    [3840, 2160, '4k'],
  ];
  test('quality follows the short edge of the canvas', async ({ request }) => {
    for (const [width, height, quality] of tiers) {
      const config = { ...smallConfig(), meta: { ...smallConfig().meta, width, height } };
      const task = await createTask(request, account.key, config);
      expect({ width: task.width, height: task.height, quality: task.quality }).toEqual({ width, height, quality });
    }
  });

  const invalidConfigs: { name: string; config: unknown; path: string }[] = [
    { name: 'config is null', config: null, path: '(root)' },
    { name: 'config is an array', config: [], path: '(root)' },
    { name: 'meta missing', config: { tracks: [{ clips: [] }] }, path: 'meta' },
    { name: 'width is a string', config: { ...smallConfig(), meta: { ...smallConfig().meta, width: '320' } }, path: 'meta.width' },
    { name: 'no tracks', config: { ...smallConfig(), tracks: [] }, path: 'tracks' },
    {
      name: 'zero duration',
      config: { ...smallConfig(), tracks: [{ clips: [{ type: 'text', text: 'x', start: 0, duration: 0 }] }] },
      path: 'tracks[0].clips[0].duration',
    },
    {
      name: 'negative start in the second clip',
      config: { ...smallConfig(), tracks: [{ clips: [{ type: 'text', text: 'a', start: 0, duration: 1 }, { type: 'text', text: 'b', start: -1, duration: 1 }] }] },
      path: 'tracks[0].clips[1].start',
    },
    {
      name: 'misspelled field',
      config: { ...smallConfig(), tracks: [{ clips: [{ type: 'text', text: 'a', start: 0, duration: 1, opactiy: 0.5 }] }] },
      path: 'tracks[0].clips[0].opactiy',
    },
    { name: 'v1 top-level video', config: { ...smallConfig(), video: { width: 1920 } }, path: 'video' },
  ];
  for (const c of invalidConfigs) {
    test(`400 INVALID_CONFIG: ${c.name} → details.issues names ${c.path}`, async ({ request }) => {
      const res = await request.post('/api/v1/video', { headers: bearer(account.key), data: { config: c.config } });
      const body = await expectError(res, 400, 'INVALID_CONFIG');
      const issues = body.details?.issues as { path: string; message: string }[];
      expect(Array.isArray(issues) && issues.length > 0).toBe(true);
      expect(issues.map((i) => i.path)).toContain(c.path);
      for (const issue of issues) expect(issue.message.length).toBeGreaterThan(3);
      expect(body.error).toContain(issues[0]!.path);
    });
  }

  const badRequests: { name: string; body: string; field?: string }[] = [
    { name: 'malformed JSON', body: '{"config": {' },
    { name: 'empty body', body: '' },
    { name: 'a JSON array', body: '[1,2]' },
    { name: 'config missing', body: JSON.stringify({ metadata: {} }), field: 'config' },
    { name: 'metadata is a string', body: JSON.stringify({ config: smallConfig(), metadata: 'x' }), field: 'metadata' },
    { name: 'title is a number', body: JSON.stringify({ config: smallConfig(), title: 5 }), field: 'title' },
  ];
  for (const c of badRequests) {
    test(`400 INVALID_REQUEST: ${c.name}`, async ({ request }) => {
      const res = await request.post('/api/v1/video', { headers: json(account.key), data: raw(c.body) });
      const body = await expectError(res, 400, 'INVALID_REQUEST');
      if (c.field) expect((body.details?.issues as { path: string }[]).map((i) => i.path)).toContain(c.field);
    });
  }
});

test.describe('GET /api/v1/video', () => {
  let account: Account;
  const created: string[] = [];
  test.beforeAll(async ({ request }) => {
    account = createAccount();
    for (let i = 0; i < 5; i++) {
      created.push((await createTask(request, account.key, smallConfig(`task ${i}`))).taskId);
      await sleep(15); // distinct createdAt, so "newest first" is observable
    }
  });

  test('lists newest first with the documented fields and pagination', async ({ request }) => {
    const page = await expectOk(await request.get('/api/v1/video', { headers: bearer(account.key) }), taskListResponse);
    expect(page.pagination).toEqual({ page: 1, limit: 20, total: 5 });
    expect(page.tasks.map((t) => t.taskId)).toEqual([...created].reverse());
    const times = page.tasks.map((t) => Date.parse(t.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const t of page.tasks) {
      expect(t.createdAt).toMatch(isoTimestamp);
      for (const field of privateFields.concat('config')) expect(t).not.toHaveProperty(field);
    }
  });

  const pages: { query: string; expected: number[]; pagination: { page: number; limit: number; total: number } }[] = [
    { query: '?limit=2', expected: [4, 3], pagination: { page: 1, limit: 2, total: 5 } },
    { query: '?limit=2&page=2', expected: [2, 1], pagination: { page: 2, limit: 2, total: 5 } },
    { query: '?limit=2&page=3', expected: [0], pagination: { page: 3, limit: 2, total: 5 } },
    { query: '?limit=2&page=4', expected: [], pagination: { page: 4, limit: 2, total: 5 } },
    { query: '?page=1&limit=1', expected: [4], pagination: { page: 1, limit: 1, total: 5 } },
    { query: '?limit=100', expected: [4, 3, 2, 1, 0], pagination: { page: 1, limit: 100, total: 5 } },
    { query: '?page=&limit=', expected: [4, 3, 2, 1, 0], pagination: { page: 1, limit: 20, total: 5 } },
    { query: '?page=1000000', expected: [], pagination: { page: 1_000_000, limit: 20, total: 5 } },
  ];
  for (const p of pages) {
    test(`pagination ${p.query}`, async ({ request }) => {
      const page = await expectOk(await request.get(`/api/v1/video${p.query}`, { headers: bearer(account.key) }), taskListResponse);
      expect(page.tasks.map((t) => t.taskId)).toEqual(p.expected.map((i) => created[i]));
      expect(page.pagination).toEqual(p.pagination);
    });
  }

  const badQueries: [string, string][] = [
    ['?page=0', 'page'],
    ['?page=-1', 'page'],
    ['?page=abc', 'page'],
    ['?page=1.5', 'page'],
    ['?limit=0', 'limit'],
    ['?limit=101', 'limit'],
    ['?limit=ten', 'limit'],
    ['?status=done', 'status'],
    ['?status=COMPLETED', 'status'],
  ];
  for (const [query, param] of badQueries) {
    test(`400 INVALID_REQUEST for ${query}`, async ({ request }) => {
      const body = await expectError(await request.get(`/api/v1/video${query}`, { headers: bearer(account.key) }), 400, 'INVALID_REQUEST');
      expect(body.error).toContain(param);
      expect((body.details?.issues as { path: string }[])[0]!.path).toBe(param);
    });
  }

  test('the status filter and total follow the latest status; other users see none of it', async ({ request }) => {
    const byStatus = async (status: string, key = account.key) =>
      expectOk(await request.get(`/api/v1/video?status=${status}`, { headers: bearer(key) }), taskListResponse);
    expect((await byStatus('created')).pagination.total).toBe(5);
    for (const status of ['rendering', 'completed', 'failed']) {
      const page = await byStatus(status);
      expect(page.tasks).toEqual([]);
      expect(page.pagination.total).toBe(0);
    }
    const stranger = createAccount();
    const theirs = await expectOk(await request.get('/api/v1/video', { headers: bearer(stranger.key) }), taskListResponse);
    expect(theirs).toEqual({ success: true, tasks: [], pagination: { page: 1, limit: 20, total: 0 } });
  });
});

test.describe('one task, id-taking routes', () => {
  let owner: Account;
  let stranger: Account;
  let taskId: string;
  test.beforeAll(async ({ request }) => {
    owner = createAccount();
    stranger = createAccount();
    taskId = (await createTask(request, owner.key, smallConfig('mine'))).taskId;
  });

  const routes: { method: string; suffix: string; data?: unknown }[] = [
    { method: 'GET', suffix: '' },
    { method: 'PATCH', suffix: '', data: { title: 'stolen' } },
    { method: 'DELETE', suffix: '' },
    { method: 'POST', suffix: '/render', data: {} },
  ];
  for (const r of routes) {
    test(`404 NOT_FOUND: ${r.method} ${r.suffix || '/'} with another user's id, and with an unknown id`, async ({ request }) => {
      const theirs = await request.fetch(`/api/v1/video/${taskId}${r.suffix}`, { method: r.method, headers: bearer(stranger.key), data: r.data });
      await expectError(theirs, 404, 'NOT_FOUND');
      const unknown = await request.fetch(`/api/v1/video/doesNotExist0000000000${r.suffix}`, { method: r.method, headers: bearer(owner.key), data: r.data });
      await expectError(unknown, 404, 'NOT_FOUND');
      // Untouched for its owner, and nothing charged to anyone.
      const mine = await expectOk(await request.get(`/api/v1/video/${taskId}`, { headers: bearer(owner.key) }), taskResponse);
      expect(mine).toMatchObject({ status: 'created', title: 'Untitled video' });
      expect(await credits(request, stranger.key)).toBe(100);
    });
  }

  test('PATCH updates title, metadata and config (Cutroom’s own route)', async ({ request }) => {
    const config = { ...smallConfig('patched', 3), meta: { ...smallConfig().meta, width: 1920, height: 1080 } };
    const res = await request.patch(`/api/v1/video/${taskId}`, { headers: bearer(owner.key), data: { title: 'Renamed', metadata: { v: 2 }, config } });
    const task = await expectOk(res, taskResponse);
    expect(task).toMatchObject({ title: 'Renamed', metadata: { v: 2 }, width: 1920, height: 1080, duration: 3, quality: '1080p' });
    expect(await (await request.get(task.configUrl)).json()).toEqual(config);
  });

  const badPatches: { name: string; data: string; code: string }[] = [
    { name: 'empty object', data: '{}', code: 'INVALID_REQUEST' },
    { name: 'malformed JSON', data: '{"title":', code: 'INVALID_REQUEST' },
    { name: 'bad config', data: JSON.stringify({ config: { meta: {}, tracks: [] } }), code: 'INVALID_CONFIG' },
  ];
  for (const p of badPatches) {
    test(`PATCH 400 ${p.code}: ${p.name}`, async ({ request }) => {
      await expectError(await request.patch(`/api/v1/video/${taskId}`, { headers: json(owner.key), data: raw(p.data) }), 400, p.code);
    });
  }

  const badRenders: { name: string; data: string; code: string; path?: string }[] = [
    { name: 'malformed JSON', data: '{"webhook_url"', code: 'INVALID_REQUEST' },
    { name: 'relative webhook_url', data: JSON.stringify({ webhook_url: '/hook' }), code: 'INVALID_REQUEST', path: 'webhook_url' },
    { name: 'ftp webhook_url', data: JSON.stringify({ webhook_url: 'ftp://example.com/x' }), code: 'INVALID_REQUEST', path: 'webhook_url' },
    { name: 'num_workers 0', data: JSON.stringify({ num_workers: 0 }), code: 'INVALID_REQUEST', path: 'num_workers' },
    { name: 'num_workers 1.5', data: JSON.stringify({ num_workers: 1.5 }), code: 'INVALID_REQUEST', path: 'num_workers' },
    { name: 'num_workers "2"', data: JSON.stringify({ num_workers: '2' }), code: 'INVALID_REQUEST', path: 'num_workers' },
  ];
  for (const r of badRenders) {
    test(`render 400 ${r.code}: ${r.name} (nothing charged)`, async ({ request }) => {
      const body = await expectError(await request.post(`/api/v1/video/${taskId}/render`, { headers: json(owner.key), data: raw(r.data) }), 400, r.code);
      if (r.path) expect((body.details?.issues as { path: string }[]).map((i) => i.path)).toContain(r.path);
      expect(await credits(request, owner.key)).toBe(100);
    });
  }

  test('render 400 INVALID_CONFIG when there is nothing to render', async ({ request }) => {
    const empty = await createTask(request, owner.key, { meta: smallConfig().meta, tracks: [{ clips: [] }] });
    expect(empty.duration).toBe(0);
    const body = await expectError(await request.post(`/api/v1/video/${empty.taskId}/render`, { headers: bearer(owner.key) }), 400, 'INVALID_CONFIG');
    expect((body.details?.issues as { path: string }[])[0]!.path).toBe('tracks');
    expect(await credits(request, owner.key)).toBe(100);
  });
});

test.describe('credits', () => {
  test('402 INSUFFICIENT_CREDITS with nothing charged and the task untouched', async ({ request }) => {
    for (const balance of [0, 1]) {
      const poor = createAccount({ credits: balance });
      const task = await createTask(request, poor.key); // 2 s at 720p → 2 credits
      const body = await expectError(await request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(poor.key), data: {} }), 402, 'INSUFFICIENT_CREDITS');
      expect(body.details).toEqual({ required: 2, available: balance });
      expect(await credits(request, poor.key)).toBe(balance);
      const after = await expectOk(await request.get(`/api/v1/video/${task.taskId}`, { headers: bearer(poor.key) }), taskResponse);
      expect(after).toMatchObject({ status: 'created', renderTaskId: null });
    }
  });
});

test.describe('rendering one task', () => {
  test('concurrent triggers → one render, one charge; then completed, alreadyRendered, and DELETE removes everything', async ({ request, baseURL }) => {
    const account = createAccount({ credits: 100 });
    const task = await createTask(request, account.key, smallConfig('Render once'));

    // Eight triggers at once: exactly one starts, the rest are ALREADY_RENDERING.
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key), data: {} })),
    );
    const started = responses.filter((r) => r.status() === 200);
    expect(started).toHaveLength(1);
    for (const r of responses.filter((x) => x.status() !== 200)) await expectError(r, 400, 'ALREADY_RENDERING');
    const start = await expectOk(started[0]!, renderStartedResponse);
    expect(start).toMatchObject({
      taskId: task.taskId,
      status: 'rendering',
      quality: '720p',
      width: 320,
      height: 180,
      cost: 2,
      remainingCredits: 98,
      message: 'Rendering started',
      previewUrl: task.previewUrl,
      viewerUrl: task.viewerUrl,
    });
    expect(start.renderTaskId).toMatch(/^rt_[A-Za-z0-9]{16}$/);
    expect(await credits(request, account.key)).toBe(98);

    // While it renders: the status, the filter, and one more trigger.
    const during = await expectOk(await request.get(`/api/v1/video/${task.taskId}`, { headers: bearer(account.key) }), taskResponse);
    if (during.status === 'rendering') {
      expect(during.renderTaskId).toBe(start.renderTaskId);
      expect(during.progress).toBeGreaterThanOrEqual(0);
      expect(typeof during.stage).toBe('string');
      const rendering = await expectOk(await request.get('/api/v1/video?status=rendering', { headers: bearer(account.key) }), taskListResponse);
      expect(rendering.tasks.map((t) => t.taskId)).toEqual([task.taskId]);
    }

    const { body: done } = await waitForRender(request, task.taskId, account.key);
    const completed = taskResponse.parse(done);
    expect(completed, `render failed: ${String(done.error)}`).toMatchObject({
      status: 'completed',
      progress: 100,
      costCredits: 2,
      renderTaskId: start.renderTaskId,
      stage: null,
      error: null,
    });
    expect(completed.completedAt).toMatch(isoTimestamp);
    expect(Date.parse(completed.completedAt!)).toBeGreaterThanOrEqual(Date.parse(completed.createdAt));
    expect(completed.videoUrl).toMatch(new RegExp(`^${baseURL}/files/`));
    const mp4 = await request.get(completed.videoUrl!);
    expect(mp4.status()).toBe(200);
    expect(mp4.headers()['content-type']).toBe('video/mp4');

    const doneList = await expectOk(await request.get('/api/v1/video?status=completed', { headers: bearer(account.key) }), taskListResponse);
    expect(doneList.tasks.map((t) => t.taskId)).toEqual([task.taskId]);
    expect(doneList.tasks[0]).toMatchObject({ videoUrl: completed.videoUrl, costCredits: 2 });

    // The same config again: free, and says so.
    const again = await expectOk(await request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key) }), alreadyRenderedResponse);
    expect(again).toMatchObject({
      taskId: task.taskId,
      renderTaskId: start.renderTaskId,
      status: 'completed',
      alreadyRendered: true,
      cost: 2,
      remainingCredits: 98,
      videoUrl: completed.videoUrl,
    });
    expect(await credits(request, account.key)).toBe(98);

    // DELETE: the task, its render rows and its files.
    const renderRows = await querySql('select count(*) as n from "Render" where "taskId" = $1', [task.taskId]);
    expect(Number(renderRows.rows[0]!.n)).toBe(1);
    const outputDir = path.join(e2eDataDir(), 'files', 'renders', task.taskId);
    expect(fs.existsSync(outputDir)).toBe(true);

    const deleted = await expectOk(await request.delete(`/api/v1/video/${task.taskId}`, { headers: bearer(account.key) }), taskDeletedResponse);
    expect(deleted).toEqual({
      success: true,
      taskId: task.taskId,
      videoTaskId: task.videoTaskId,
      deleted: true,
      remoteDeleted: true,
      message: 'Video task deleted successfully',
    });
    await expectError(await request.get(`/api/v1/video/${task.taskId}`, { headers: bearer(account.key) }), 404, 'NOT_FOUND');
    await expectError(await request.delete(`/api/v1/video/${task.taskId}`, { headers: bearer(account.key) }), 404, 'NOT_FOUND');
    expect((await request.get(completed.videoUrl!)).status()).toBe(404);
    expect((await request.get(task.configUrl)).status()).toBe(404);
    const rowsAfter = await querySql('select count(*) as n from "Render" where "taskId" = $1', [task.taskId]);
    expect(Number(rowsAfter.rows[0]!.n)).toBe(0);
    expect(fs.existsSync(outputDir)).toBe(false);
    const list = await expectOk(await request.get('/api/v1/video', { headers: bearer(account.key) }), taskListResponse);
    expect(list.pagination.total).toBe(0);
    // Deleting does not refund: the render was delivered.
    expect(await credits(request, account.key)).toBe(98);
  });

  test('a render that fails on the config’s media reports failed with the clip and URL, and filters as failed', async ({ request, baseURL }) => {
    const account = createAccount({ credits: 100 });
    const missing = `${baseURL}/files/does-not-exist.mp4`;
    const config = { ...smallConfig(), tracks: [{ clips: [{ type: 'video', src: missing, start: 0, duration: 1 }] }] };
    const task = await createTask(request, account.key, config);
    await expectOk(await request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key) }), renderStartedResponse);
    const { body } = await waitForRender(request, task.taskId, account.key);
    const failed = taskResponse.parse(body);
    expect(failed).toMatchObject({ status: 'failed', videoUrl: null, stage: null });
    expect(failed.error).toContain('tracks[0].clips[0]');
    expect(failed.error).toContain(missing);
    const list = await expectOk(await request.get('/api/v1/video?status=failed', { headers: bearer(account.key) }), taskListResponse);
    expect(list.tasks.map((t) => t.taskId)).toEqual([task.taskId]);
  });
});

test('a client written like RenderingVideo’s Node SDK works unchanged', async ({ baseURL }) => {
  const account = createAccount({ credits: 20 });
  const client = new RenderingVideo({ apiKey: account.key, baseUrl: baseURL! });

  expect(await client.credits.get()).toEqual({ success: true, credits: 20, currency: 'credits' });
  const task = await client.video.create(smallConfig('From the SDK'), { project_id: 'sdk' });
  expect(task).toMatchObject({ success: true, status: 'created', width: 320, height: 180 });
  const taskId = String(task.taskId);

  const list = await client.video.list({ page: 1, limit: 20, status: 'created' });
  expect(list.pagination).toEqual({ page: 1, limit: 20, total: 1 });

  const rendering = await client.video.render(taskId, { num_workers: 5 });
  expect(rendering).toMatchObject({ status: 'rendering', cost: 2, remainingCredits: 18 });
  const done = await client.video.waitForCompletion(taskId);
  expect(done).toMatchObject({ status: 'completed', metadata: { project_id: 'sdk' } });
  expect(typeof done.videoUrl).toBe('string');

  const preview = await client.preview.create(smallConfig('SDK preview'));
  expect(await client.preview.get(String(preview.tempId))).toMatchObject({ config: smallConfig('SDK preview') });

  expect(await client.video.delete(taskId)).toMatchObject({ deleted: true });
  const error = await client.video.get(taskId).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RenderingVideoError);
  expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND' });
});
