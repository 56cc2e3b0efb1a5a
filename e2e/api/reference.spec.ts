import { expect, test } from '@playwright/test';
import { capabilitiesResponse } from '../../lib/contract';
import { bearer, smallConfig } from '../fixtures/api';
import { createAccount } from '../fixtures/cli';
import { expectOk } from '../fixtures/contract';

// GET /api/v1/openapi.json, /api/v1/capabilities, /api/v1/schema: public (they describe the server, not an account).

test('openapi.json is a public OpenAPI 3.1 document of this server', async ({ request, baseURL }) => {
  const res = await request.get('/api/v1/openapi.json');
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toBe('3.1.0');
  expect(doc.servers[0].url).toBe(baseURL);
  expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['apiKeyHeader', 'apiKeyQuery', 'bearerAuth', 'tokenAuth']);
  for (const p of ['/api/v1/video', '/api/v1/video/{taskId}/render', '/api/v1/upload', '/api/v1/files', '/api/v1/preview/{tempId}/convert']) {
    expect(doc.paths[p], p).toBeDefined();
  }
  expect(doc.paths['/api/v1/preview'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/VideoConfig' });
  // The example previewUrl is built from this server's APP_URL.
  const example = doc.paths['/api/v1/preview'].post.responses['200'].content['application/json'].examples.created.value;
  expect(example.previewUrl.startsWith(`${baseURL}/t/temp_`)).toBe(true);
});

test('capabilities lists the config vocabulary and the quality tiers with their multipliers', async ({ request }) => {
  const caps = await expectOk(await request.get('/api/v1/capabilities'), capabilitiesResponse);
  expect(caps.clipTypes).toEqual(expect.arrayContaining(['text', 'image', 'video', 'audio', 'rect', 'circle', 'layout', 'subtitle']));
  expect(caps.animations).toEqual(expect.arrayContaining(['fadeIn', 'slideIn', 'zoomOut']));
  expect(caps.easings).toContain('linear');
  expect(caps.easings).toContain('easeInOutCubic');
  expect(caps.easings).toHaveLength(31);
  expect(caps.transitions).toEqual(expect.arrayContaining(['fade', 'wipe', 'slide']));
  expect(caps.qualityTiers).toEqual([
    { quality: '720p', minShortEdge: 0, multiplier: 1 },
    { quality: '1080p', minShortEdge: 1080, multiplier: 1.5 },
    { quality: '2k', minShortEdge: 1440, multiplier: 2 },
    { quality: '4k', minShortEdge: 2160, multiplier: 3 },
  ]);
  expect(caps.previews).toEqual({ expiresIn: '7d', costsCredits: false });
});

test('capabilities agree with validation: every advertised transition is accepted, an unknown one is not', async ({ request }) => {
  const caps = await expectOk(await request.get('/api/v1/capabilities'), capabilitiesResponse);
  const { key } = createAccount();
  const withTransition = (type: string) => ({
    ...smallConfig(),
    tracks: [{ clips: [{ type: 'text', text: 'x', start: 0, duration: 1, transition: { type, duration: 0.5 } }] }],
  });
  for (const t of caps.transitions) {
    const res = await request.post('/api/v1/preview', { headers: bearer(key), data: withTransition(t) });
    expect(res.status(), `transition ${t}`).toBe(200);
  }
  const bad = await request.post('/api/v1/preview', { headers: bearer(key), data: withTransition('teleport') });
  expect(bad.status()).toBe(400);
});

test('schema is the config as a public JSON Schema document that matches validation', async ({ request }) => {
  const res = await request.get('/api/v1/schema');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/schema+json');
  const schema = await res.json();
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(schema.type).toBe('object');
  expect(schema.required).toEqual(['meta', 'tracks']);
  expect(Object.keys(schema.properties).sort()).toEqual(['assets', 'meta', 'tracks']);
  expect(schema.additionalProperties).toBe(false);
  // The same text-clip shape the API accepts: its required fields are named.
  expect(JSON.stringify(schema)).toContain('"const":"text"');
});
