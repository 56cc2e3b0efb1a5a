import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { mutate, prng } from '../../lib/video/testing/config-mutations';
import { bearer, smallConfig } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';

// Seeded fuzzing of the config endpoints against the running server: the validator's mutations
// (lib/video/testing/config-mutations.ts), sent to create, update and preview. Every answer must be
// 200 or a 4xx in the error shape; a 5xx fails with the seed, iteration and body to replay it.
// The 2400 requests go through Node's own fetch (keep-alive), not Playwright's request context, which
// records every request for the trace and costs the client more CPU per request than the server spends.

const SEED = 20261201;
const ITERATIONS = 2400;

// A sweep (23 s, alone on the server): in `npm run test:long` (@long); npm test keeps the validator's own fuzz test.
test(`${ITERATIONS} mutated configs to POST /video, PATCH /video/:id and POST /preview: never a 5xx`, { tag: '@long' }, async ({ request, baseURL }) => {
  test.setTimeout(90_000);
  const { key } = createAccount();
  const created = await request.post('/api/v1/video', { headers: bearer(key), data: { config: smallConfig() } });
  expect(created.status()).toBe(200);
  const taskId = String(((await created.json()) as { taskId: string }).taskId);
  // The shared config fixtures (lib/video's loadFixtures reads the same folder, but via import.meta).
  const dir = path.join(__dirname, '..', 'fixtures', 'configs');
  const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as unknown);
  const random = prng(SEED);
  const started = Date.now();
  const statuses = new Map<number, number>();
  for (let i = 0; i < ITERATIONS; i += 8) {
    const batch = Array.from({ length: 8 }, (_, j) => {
      let doc: unknown = structuredClone(fixtures[(i + j) % fixtures.length]);
      for (let m = 1 + Math.floor(random() * 4); m > 0; m--) doc = mutate(doc, random);
      const route = (i + j) % 3;
      const [method, url, body] =
        route === 0 ? ['POST', '/api/v1/video', { config: doc }] : route === 1 ? ['PATCH', `/api/v1/video/${taskId}`, { config: doc }] : ['POST', '/api/v1/preview', doc];
      const send = fetch(`${baseURL}${url}`, { method, headers: { ...bearer(key), 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return send.then(async (res) => ({ status: res.status, body: await res.text(), doc, iteration: i + j }));
    });
    for (const r of await Promise.all(batch)) {
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (r.status >= 500) {
        throw new Error(`iteration ${r.iteration} (seed ${SEED}) answered ${r.status}: ${r.body.slice(0, 300)}\n${JSON.stringify(r.doc).slice(0, 2000)}`);
      }
      if (r.status !== 200) expect(JSON.parse(r.body)).toMatchObject({ success: false, code: expect.any(String), error: expect.any(String) });
    }
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`config fuzz: ${ITERATIONS} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect(statuses.get(200) ?? 0).toBeGreaterThan(50); // the mutations also reach the valid side
  expect(seconds).toBeLessThan(60);
});
