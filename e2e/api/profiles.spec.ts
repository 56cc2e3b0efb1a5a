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

test('POST /api/v1/profiles stores an account’s own profile, listed for that account only', async ({ request }) => {
  const owner = createAccount();
  const stranger = createAccount();
  const body = { slug: 'social-vertical', description: 'Stories', derivatives: [{ format: 'mp4', width: 720, quality: 70 }, { format: 'webm', width: 480 }], thumbnails: { every_seconds: 5 } };
  const res = await request.post('/api/v1/profiles', { headers: bearer(owner.key), data: body });
  expect(res.status(), await res.text()).toBe(201);
  const made = { slug: 'social-vertical', description: 'Stories', built_in: false, derivatives: [{ format: 'mp4', width: 720, quality: 70 }, { format: 'webm', width: 480, quality: 80 }], thumbnails: { at_start: true, at_middle: true, every_seconds: 5 } };
  expect(await res.json()).toEqual(made);

  const list = async (key: string) => ((await (await request.get('/api/v1/profiles', { headers: bearer(key) })).json()) as { profiles: { slug: string }[] }).profiles;
  expect((await list(owner.key)).at(-1)).toEqual(made);
  expect((await list(owner.key)).length).toBe(6);
  expect((await list(stranger.key)).map((p) => p.slug)).not.toContain('social-vertical');
  // The same slug is free for another account.
  expect((await request.post('/api/v1/profiles', { headers: bearer(stranger.key), data: body })).status()).toBe(201);
});

test('POST /api/v1/profiles refuses what it cannot make, in RendrSink’s shape', async ({ request }) => {
  const { key } = createAccount();
  const ok = { slug: 'fine-profile', derivatives: [{ format: 'mp4', width: 640 }] };
  expect((await request.post('/api/v1/profiles', { headers: bearer(key), data: ok })).status()).toBe(201);
  const cases: [string, unknown, number, string][] = [
    ['format avi', { ...ok, slug: 'a-avi', derivatives: [{ format: 'avi', width: 640 }] }, 400, 'invalid_request'],
    ['no width', { ...ok, slug: 'no-width', derivatives: [{ format: 'mp4' }] }, 400, 'invalid_request'],
    ['quality 0', { ...ok, slug: 'q-zero', derivatives: [{ format: 'webm', width: 640, quality: 0 }] }, 400, 'invalid_request'],
    ['a slug with spaces', { ...ok, slug: 'my profile' }, 400, 'invalid_request'],
    ['not JSON', '{slug:', 400, 'invalid_request'],
    ['a built-in slug', { ...ok, slug: 'mobile-480p' }, 409, 'conflict'],
    ['a slug already taken', ok, 409, 'conflict'],
  ];
  for (const [name, data, status, code] of cases) {
    const res = await request.post('/api/v1/profiles', {
      headers: { ...bearer(key), 'content-type': 'application/json' },
      data: typeof data === 'string' ? data : JSON.stringify(data),
    });
    expect(res.status(), name).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code, name).toBe(code);
  }
});
