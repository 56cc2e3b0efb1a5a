import { expect, test } from '@playwright/test';
import { bearer } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';

// RendrSink's GET /v1/profiles on Cutroom's /api/v1 (issue 14, the asset API's first route): the built-in
// processing profiles with their derivatives, and errors in RendrSink's own shape.

test('GET /api/v1/profiles lists the built-in profiles with their derivatives', async ({ request }) => {
  const { key } = createAccount();
  const res = await request.get('/api/v1/profiles', { headers: bearer(key) });
  expect(res.status()).toBe(200);
  expect(res.headers()['x-ratelimit-limit']).toMatch(/^\d+$/);
  const { profiles } = (await res.json()) as { profiles: { slug: string; built_in: boolean; derivatives: { format: string; width: number | null }[] }[] };
  expect(profiles.map((p) => p.slug)).toEqual(['web-optimized-1080p', 'web-optimized-720p', 'mobile-480p', 'audio-aac', 'thumbnail-only']);
  expect(profiles.every((p) => p.built_in)).toBe(true);
  expect(profiles[0]?.derivatives).toEqual([
    { format: 'mp4', width: 1920, quality: 80 },
    { format: 'webm', width: 1920, quality: 80 },
  ]);
  expect(profiles.find((p) => p.slug === 'thumbnail-only')).toMatchObject({ derivatives: [], thumbnails: { every_seconds: 10 } });
});

test('without a key: 401 in RendrSink’s error shape', async ({ request }) => {
  const res = await request.get('/api/v1/profiles');
  expect(res.status()).toBe(401);
  expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
});
