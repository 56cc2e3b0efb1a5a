import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { usageResponse } from '../../lib/contract';
import * as fx from '../../lib/media/testing/media-fixtures';
import { bearer, smallConfig, waitForRender } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';

// RendrSink's GET /v1/usage on Cutroom: storage, processing minutes, render minutes and credits, for the
// current calendar month (UTC) and the previous one, counted from what the account really did.

const usage = async (request: import('@playwright/test').APIRequestContext, key: string) => {
  const res = await request.get('/api/v1/usage', { headers: bearer(key) });
  expect(res.status()).toBe(200);
  return usageResponse.parse(await res.json());
};

test('GET /api/v1/usage counts an asset’s processing, a render and its credits in the current period', async ({ request }) => {
  test.setTimeout(180_000);
  const account = createAccount({ credits: 50 });
  const fresh = await usage(request, account.key);
  const now = new Date();
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
  expect(fresh).toMatchObject({
    storage: { used_bytes: 0, plan: 'free' },
    credits: { balance: 50 },
    current_period: { start: monthStart, processing_minutes: 0, assets_processed: 0, render_minutes: 0, renders: 0, credits_used: 0, uploaded_bytes: 0 },
    previous_period: { end: monthStart, processing_minutes: 0, renders: 0 },
  });
  expect(fresh.storage.quota_bytes).toBe(64 * 1024 ** 2); // PLAN_STORAGE_LIMITS=free=64MiB (playwright.config.ts)

  const dir = fx.fixtureDir();
  try {
    const video = fx.h264WithAudio(dir, 2, 'usage.mp4');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(fs.readFileSync(video))], { type: 'video/mp4' }), path.basename(video));
    form.append('profile', 'mobile-480p');
    const created = await request.post('/api/v1/assets', { headers: bearer(account.key), multipart: form });
    expect(created.status(), await created.text()).toBe(201);
    const { asset_id } = (await created.json()) as { asset_id: string };
    await expect.poll(async () => ((await (await request.get(`/api/v1/assets/${asset_id}`, { headers: bearer(account.key) })).json()) as { status: string }).status, { timeout: 90_000 }).toBe('processed');

    const task = (await (await request.post('/api/v1/video', { headers: bearer(account.key), data: { config: smallConfig('Usage', 1) } })).json()) as { taskId: string };
    expect((await request.post(`/api/v1/video/${task.taskId}/render`, { headers: bearer(account.key) })).status()).toBe(200);
    expect((await waitForRender(request, task.taskId, account.key)).body.status).toBe('completed');

    const after = await usage(request, account.key);
    const { processing_ms } = (await (await request.get(`/api/v1/assets/${asset_id}`, { headers: bearer(account.key) })).json()) as { processing_ms: number };
    expect(after.current_period.assets_processed).toBe(1);
    expect(after.current_period.processing_minutes).toBeCloseTo(processing_ms / 60_000, 2);
    expect(after.current_period.renders).toBe(1);
    expect(after.current_period.render_minutes).toBeCloseTo(1 / 60, 2);
    expect(after.current_period.credits_used).toBe(50 - after.credits.balance);
    expect(after.current_period.credits_used).toBeGreaterThan(0);
    expect(after.current_period.uploaded_bytes).toBe(fs.statSync(video).size);
    expect(after.storage.used_bytes).toBeGreaterThan(fs.statSync(video).size); // plus the derivatives
    expect(after.previous_period).toEqual(fresh.previous_period);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('GET /api/v1/usage without a key: 401 unauthorized', async ({ request }) => {
  const res = await request.get('/api/v1/usage');
  expect(res.status()).toBe(401);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
});
