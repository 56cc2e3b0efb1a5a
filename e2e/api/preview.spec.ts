import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  creditsResponse,
  previewConvertedResponse,
  previewCreatedResponse,
  previewDeletedResponse,
  previewRenderResponse,
  previewResponse,
  taskListResponse,
  taskResponse,
} from '../../lib/contract';
import { bearer, smallConfig, waitForRender } from '../fixtures/api';
import { createAccount, type Account } from '../fixtures/cli';
import { expectError, expectOk, isoTimestamp, raw } from '../fixtures/contract';
import { querySql } from '../fixtures/db';

// Contract tests of /api/v1/preview/** against the real server (RenderingVideo reference, "POST /api/v1/preview" …).

const NOTE = 'Preview links are temporary and expire in 7 days. Use /api/v1/video to create permanent tasks.';
const CONVERTED = 'Temp preview cloned to a permanent task successfully';
const DAY = 24 * 60 * 60 * 1000;
const json = (key: string) => ({ ...bearer(key), 'content-type': 'application/json' });

async function createPreview(request: APIRequestContext, key: string, config: unknown = smallConfig('Preview me')) {
  return expectOk(await request.post('/api/v1/preview', { headers: bearer(key), data: config }), previewCreatedResponse);
}

async function credits(request: APIRequestContext, key: string) {
  return (await expectOk(await request.get('/api/v1/credits', { headers: bearer(key) }), creditsResponse)).credits;
}

async function listTasks(request: APIRequestContext, key: string) {
  return expectOk(await request.get('/api/v1/video', { headers: bearer(key) }), taskListResponse);
}

async function setExpiresAt(tempId: string, at: Date) {
  const result = await querySql('update "Preview" set "expiresAt" = $1 where id = $2', [at.toISOString(), tempId]);
  expect(result.rowsAffected).toBe(1);
}

/** The four id-taking preview routes, for the NOT_FOUND tables. */
const idRoutes: { name: string; call: (r: APIRequestContext, tempId: string, key: string) => Promise<import('@playwright/test').APIResponse> }[] = [
  { name: 'GET', call: (r, id, key) => r.get(`/api/v1/preview/${id}`, { headers: bearer(key) }) },
  { name: 'DELETE', call: (r, id, key) => r.delete(`/api/v1/preview/${id}`, { headers: bearer(key) }) },
  { name: 'POST convert', call: (r, id, key) => r.post(`/api/v1/preview/${id}/convert`, { headers: bearer(key), data: {} }) },
  { name: 'POST render', call: (r, id, key) => r.post(`/api/v1/preview/${id}/render`, { headers: bearer(key), data: {} }) },
];

test.describe('POST /api/v1/preview', () => {
  let account: Account;
  test.beforeAll(() => {
    account = createAccount({ credits: 10 });
  });

  test('stores the config for 7 days, free, and answers with the documented fields', async ({ request, baseURL }) => {
    const before = Date.now();
    const preview = await createPreview(request, account.key);
    expect(preview).toMatchObject({ success: true, expiresIn: '7d', note: NOTE });
    expect(preview.tempId).toMatch(/^temp_[A-Za-z0-9]{22}$/);
    expect(preview.previewUrl).toBe(`${baseURL}/t/${preview.tempId}`);
    expect(preview.viewerUrl).toBe(`${baseURL}/preview/${preview.tempId}`);
    expect(preview.expiresAt).toMatch(isoTimestamp);
    const expiresAt = Date.parse(preview.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 7 * DAY - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 7 * DAY + 1000);
    expect(await credits(request, account.key)).toBe(10);
    // A preview is not a task.
    expect((await listTasks(request, account.key)).pagination.total).toBe(0);
  });

  test('two previews of one config get different unguessable ids', async ({ request }) => {
    const a = await createPreview(request, account.key);
    const b = await createPreview(request, account.key);
    expect(a.tempId).not.toBe(b.tempId);
  });

  const invalid: { name: string; body: string; code: string; path?: string }[] = [
    { name: 'malformed JSON', body: '{"meta": ', code: 'INVALID_REQUEST' },
    { name: 'empty body', body: '', code: 'INVALID_REQUEST' },
    { name: 'config wrapped in { config }', body: JSON.stringify({ config: smallConfig() }), code: 'INVALID_CONFIG', path: 'config' },
    { name: 'a JSON array', body: '[]', code: 'INVALID_CONFIG', path: '(root)' },
    { name: 'a string', body: '"hello"', code: 'INVALID_CONFIG', path: '(root)' },
    { name: 'meta missing', body: JSON.stringify({ tracks: [{ clips: [] }] }), code: 'INVALID_CONFIG', path: 'meta' },
    { name: 'fps zero', body: JSON.stringify({ ...smallConfig(), meta: { ...smallConfig().meta, fps: 0 } }), code: 'INVALID_CONFIG', path: 'meta.fps' },
    {
      name: 'clip of an unknown type',
      body: JSON.stringify({ ...smallConfig(), tracks: [{ clips: [{ type: 'hologram', start: 0, duration: 1 }] }] }),
      code: 'INVALID_CONFIG',
      path: 'tracks[0].clips[0].type',
    },
  ];
  for (const c of invalid) {
    test(`400 ${c.code}: ${c.name}`, async ({ request }) => {
      const body = await expectError(await request.post('/api/v1/preview', { headers: json(account.key), data: raw(c.body) }), 400, c.code);
      if (c.path) expect((body.details?.issues as { path: string }[]).map((i) => i.path)).toContain(c.path);
    });
  }
});

test.describe('GET and DELETE /api/v1/preview/:tempId', () => {
  test('GET returns the config exactly, with timestamps', async ({ request }) => {
    const account = createAccount();
    const config = { ...smallConfig('Read me back'), meta: { ...smallConfig().meta, title: 'Teaser' } };
    const created = await createPreview(request, account.key, config);
    const preview = await expectOk(await request.get(`/api/v1/preview/${created.tempId}`, { headers: bearer(account.key) }), previewResponse);
    expect(preview).toMatchObject({ success: true, tempId: created.tempId, config, previewUrl: created.previewUrl, viewerUrl: created.viewerUrl, expiresAt: created.expiresAt });
    expect(preview.createdAt).toMatch(isoTimestamp);
    expect(preview).not.toHaveProperty('userId');
  });

  test('DELETE removes it: every route and both public pages answer 404 afterwards', async ({ request }) => {
    const account = createAccount();
    const created = await createPreview(request, account.key);
    expect((await request.get(created.previewUrl)).status()).toBe(200);

    const deleted = await expectOk(await request.delete(`/api/v1/preview/${created.tempId}`, { headers: bearer(account.key) }), previewDeletedResponse);
    expect(deleted).toEqual({ success: true, tempId: created.tempId, deleted: true, message: 'Temp preview deleted successfully' });

    for (const route of idRoutes) {
      await test.step(route.name, async () => {
        await expectError(await route.call(request, created.tempId, account.key), 404, 'NOT_FOUND');
      });
    }
    expect((await request.get(created.previewUrl)).status()).toBe(404);
    expect((await request.get(created.viewerUrl)).status()).toBe(404);
  });
});

test.describe('NOT_FOUND', () => {
  let owner: Account;
  let stranger: Account;
  let tempId: string;
  test.beforeAll(async ({ request }) => {
    owner = createAccount({ credits: 10 });
    stranger = createAccount({ credits: 10 });
    tempId = (await createPreview(request, owner.key)).tempId;
  });

  for (const route of idRoutes) {
    test(`404 ${route.name}: unknown id, and another user's id (left intact, nothing charged)`, async ({ request }) => {
      await expectError(await route.call(request, 'temp_doesNotExist00000000000', owner.key), 404, 'NOT_FOUND');
      const body = await expectError(await route.call(request, tempId, stranger.key), 404, 'NOT_FOUND');
      expect(body.error).toBe('Temp preview not found');
      await expectOk(await request.get(`/api/v1/preview/${tempId}`, { headers: bearer(owner.key) }), previewResponse);
      expect((await listTasks(request, stranger.key)).pagination.total).toBe(0);
      expect(await credits(request, stranger.key)).toBe(10);
    });
  }
});

test.describe('expiry', () => {
  test('an expired preview is NOT_FOUND on every route and its pages are 404; one about to expire still works', async ({ request }) => {
    const account = createAccount({ credits: 10 });
    const fresh = await createPreview(request, account.key);
    const stale = await createPreview(request, account.key);

    await setExpiresAt(fresh.tempId, new Date(Date.now() + 60_000));
    await expectOk(await request.get(`/api/v1/preview/${fresh.tempId}`, { headers: bearer(account.key) }), previewResponse);
    expect((await request.get(fresh.previewUrl)).status()).toBe(200);

    await setExpiresAt(stale.tempId, new Date(Date.now() - 1000));
    for (const route of idRoutes) {
      await test.step(route.name, async () => {
        await expectError(await route.call(request, stale.tempId, account.key), 404, 'NOT_FOUND');
      });
    }
    expect((await request.get(stale.previewUrl)).status()).toBe(404);
    expect((await request.get(stale.viewerUrl)).status()).toBe(404);
    expect((await listTasks(request, account.key)).pagination.total).toBe(0);
    expect(await credits(request, account.key)).toBe(10);
  });
});

test.describe('POST /api/v1/preview/:tempId/convert', () => {
  test('clones into a permanent task, free, and leaves the preview usable', async ({ request, baseURL }) => {
    const account = createAccount({ credits: 10 });
    const config = smallConfig('Convert me', 3);
    const preview = await createPreview(request, account.key, config);

    const first = await expectOk(
      await request.post(`/api/v1/preview/${preview.tempId}/convert`, { headers: bearer(account.key), data: { category: 'marketing' } }),
      previewConvertedResponse,
    );
    expect(first).toMatchObject({
      success: true,
      tempId: preview.tempId,
      converted: true,
      status: 'created',
      quality: '720p',
      width: 320,
      height: 180,
      duration: 3,
      message: CONVERTED,
    });
    expect(first.taskId).toMatch(/^[A-Za-z0-9]{22}$/);
    expect(first.videoTaskId).toMatch(/^vt_/);
    expect(first.previewUrl).toBe(`${baseURL}/v/${first.taskId}`);
    expect(first.viewerUrl).toBe(`${baseURL}/watch/${first.taskId}`);
    expect(first.configUrl).toBe(`${baseURL}/configs/${first.taskId}.json`);
    expect(await (await request.get(first.configUrl)).json()).toEqual(config);

    const task = await expectOk(await request.get(`/api/v1/video/${first.taskId}`, { headers: bearer(account.key) }), taskResponse);
    expect(task).toMatchObject({ status: 'created', duration: 3, costCredits: 0 });
    const row = await querySql('select category from "Task" where id = $1', [first.taskId]);
    expect(row.rows[0]!.category).toBe('marketing');

    // The preview is still there, and converting again (no body at all) makes a second task.
    await expectOk(await request.get(`/api/v1/preview/${preview.tempId}`, { headers: bearer(account.key) }), previewResponse);
    expect((await request.get(preview.previewUrl)).status()).toBe(200);
    const second = await expectOk(await request.post(`/api/v1/preview/${preview.tempId}/convert`, { headers: bearer(account.key) }), previewConvertedResponse);
    expect(second.taskId).not.toBe(first.taskId);
    const defaultCategory = await querySql('select category from "Task" where id = $1', [second.taskId]);
    expect(defaultCategory.rows[0]!.category).toBe('api');

    expect((await listTasks(request, account.key)).tasks.map((t) => t.taskId)).toEqual([second.taskId, first.taskId]);
    expect(await credits(request, account.key)).toBe(10);
  });

  const badBodies: { name: string; data: string; path?: string }[] = [
    { name: 'malformed JSON', data: '{"category":' },
    { name: 'category is a number', data: JSON.stringify({ category: 5 }), path: 'category' },
    { name: 'category too long', data: JSON.stringify({ category: 'x'.repeat(101) }), path: 'category' },
  ];
  for (const b of badBodies) {
    test(`400 INVALID_REQUEST: ${b.name}`, async ({ request }) => {
      const account = createAccount();
      const preview = await createPreview(request, account.key);
      const body = await expectError(await request.post(`/api/v1/preview/${preview.tempId}/convert`, { headers: json(account.key), data: raw(b.data) }), 400, 'INVALID_REQUEST');
      if (b.path) expect((body.details?.issues as { path: string }[]).map((i) => i.path)).toContain(b.path);
      expect((await listTasks(request, account.key)).pagination.total).toBe(0);
    });
  }

  test('400 INVALID_CONFIG when the stored config no longer validates', async ({ request }) => {
    const account = createAccount();
    const preview = await createPreview(request, account.key);
    const broken = { ...smallConfig(), tracks: [{ clips: [{ type: 'text', text: 'x', start: 0, duration: -1 }] }] };
    await querySql('update "Preview" set config = $1 where id = $2', [JSON.stringify(broken), preview.tempId]);
    for (const suffix of ['convert', 'render']) {
      const body = await expectError(await request.post(`/api/v1/preview/${preview.tempId}/${suffix}`, { headers: bearer(account.key) }), 400, 'INVALID_CONFIG');
      expect((body.details?.issues as { path: string }[]).map((i) => i.path)).toContain('tracks[0].clips[0].duration');
    }
    expect((await listTasks(request, account.key)).pagination.total).toBe(0);
  });
});

test.describe('POST /api/v1/preview/:tempId/render', () => {
  test('clones, charges and renders; the preview stays usable', async ({ request, baseURL }) => {
    const account = createAccount({ credits: 50 });
    const preview = await createPreview(request, account.key, smallConfig('Render my preview'));

    const res = await request.post(`/api/v1/preview/${preview.tempId}/render`, { headers: bearer(account.key), data: { num_workers: 5 } });
    const started = await expectOk(res, previewRenderResponse);
    expect(started).toMatchObject({
      success: true,
      tempId: preview.tempId,
      converted: true,
      convertMessage: CONVERTED,
      status: 'rendering',
      quality: '720p',
      width: 320,
      height: 180,
      cost: 2,
      remainingCredits: 48,
      message: 'Rendering started',
    });
    expect(started.renderTaskId).toMatch(/^rt_/);
    expect(started.previewUrl).toBe(`${baseURL}/v/${started.taskId}`);
    expect(started.viewerUrl).toBe(`${baseURL}/watch/${started.taskId}`);
    expect(started.configUrl).toBe(`${baseURL}/configs/${started.taskId}.json`);
    expect(await credits(request, account.key)).toBe(48);
    const category = await querySql('select category from "Task" where id = $1', [started.taskId]);
    expect(category.rows[0]!.category).toBe('api');

    const { body } = await waitForRender(request, started.taskId, account.key);
    expect(body, `render failed: ${String(body.error)}`).toMatchObject({ status: 'completed', renderTaskId: started.renderTaskId, costCredits: 2 });
    expect((await request.get(String(body.videoUrl))).status()).toBe(200);

    // The preview is still usable, and the only task is the clone.
    await expectOk(await request.get(`/api/v1/preview/${preview.tempId}`, { headers: bearer(account.key) }), previewResponse);
    const list = await listTasks(request, account.key);
    expect(list.tasks.map((t) => t.taskId)).toEqual([started.taskId]);
  });

  test('402 INSUFFICIENT_CREDITS leaves no task behind', async ({ request }) => {
    const poor = createAccount({ credits: 0 });
    const preview = await createPreview(request, poor.key);
    const body = await expectError(await request.post(`/api/v1/preview/${preview.tempId}/render`, { headers: bearer(poor.key), data: {} }), 402, 'INSUFFICIENT_CREDITS');
    expect(body.details).toEqual({ required: 2, available: 0 });
    expect((await listTasks(request, poor.key)).pagination.total).toBe(0);
    expect(await credits(request, poor.key)).toBe(0);
    await expectOk(await request.get(`/api/v1/preview/${preview.tempId}`, { headers: bearer(poor.key) }), previewResponse);
  });

  test('400 INVALID_CONFIG for a preview with nothing to render leaves no task behind', async ({ request }) => {
    const account = createAccount();
    const preview = await createPreview(request, account.key, { meta: smallConfig().meta, tracks: [{ clips: [] }] });
    await expectError(await request.post(`/api/v1/preview/${preview.tempId}/render`, { headers: bearer(account.key) }), 400, 'INVALID_CONFIG');
    expect((await listTasks(request, account.key)).pagination.total).toBe(0);
    expect(await credits(request, account.key)).toBe(100);
  });

  const badBodies: { name: string; data: string; path?: string }[] = [
    { name: 'malformed JSON', data: '{' },
    { name: 'webhook_url not absolute', data: JSON.stringify({ webhook_url: 'example.com/hook' }), path: 'webhook_url' },
    { name: 'num_workers 0', data: JSON.stringify({ num_workers: 0 }), path: 'num_workers' },
    { name: 'num_workers not a number', data: JSON.stringify({ num_workers: 'five' }), path: 'num_workers' },
    { name: 'category not a string', data: JSON.stringify({ category: ['a'] }), path: 'category' },
  ];
  for (const b of badBodies) {
    test(`400 INVALID_REQUEST: ${b.name} (nothing cloned or charged)`, async ({ request }) => {
      const account = createAccount();
      const preview = await createPreview(request, account.key);
      const body = await expectError(await request.post(`/api/v1/preview/${preview.tempId}/render`, { headers: json(account.key), data: raw(b.data) }), 400, 'INVALID_REQUEST');
      if (b.path) expect((body.details?.issues as { path: string }[]).map((i) => i.path)).toContain(b.path);
      expect((await listTasks(request, account.key)).pagination.total).toBe(0);
      expect(await credits(request, account.key)).toBe(100);
    });
  }
});
