import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { videoConfigSchema } from '../../video';
import { errorStatus } from '../../contract';
import { openApiDocument } from './document';
import { apiSchemaParts, operations } from './operations';

const base = 'https://cutroom.example.com';
const doc = openApiDocument(base);
const root = path.resolve(__dirname, '..', '..', '..');

/** Every `$ref` anywhere in `node`. */
function refsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsIn(v, out);
    }
  }
  return out;
}

/** app/api/v1/**\/route.ts → `{ path: '/api/v1/video/{taskId}', methods: ['get', 'patch'] }`. */
function routeFiles(dir = path.join(root, 'app', 'api', 'v1')): { path: string; methods: string[] }[] {
  const out: { path: string; methods: string[] }[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...routeFiles(full));
    else if (entry.name === 'route.ts') {
      const source = fs.readFileSync(full, 'utf8');
      const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!.toLowerCase());
      const rel = path.relative(path.join(root, 'app'), path.dirname(full)).split(path.sep).join('/');
      out.push({ path: `/${rel}`.replace(/\[(\w+)\]/g, '{$1}'), methods });
    }
  }
  return out;
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the four key forms as security schemes', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: base, description: 'This server' }]);
    expect(doc.components.securitySchemes).toMatchObject({
      bearerAuth: { type: 'http', scheme: 'bearer' },
      tokenAuth: { type: 'apiKey', in: 'header', name: 'Authorization' },
      apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      apiKeyQuery: { type: 'apiKey', in: 'query', name: 'api_key' },
    });
  });

  it('documents every route handler under app/api/v1, with its methods', () => {
    const routes = routeFiles();
    expect(routes.length).toBeGreaterThan(5);
    for (const route of routes) {
      const item = (doc.paths as Record<string, Record<string, unknown>>)[route.path];
      expect(item, `${route.path} is not in the OpenAPI document`).toBeDefined();
      for (const method of route.methods) expect(item?.[method], `${method.toUpperCase()} ${route.path}`).toBeDefined();
    }
  });

  it('covers every endpoint of the RenderingVideo reference', () => {
    const reference = [
      'post /api/v1/video', 'get /api/v1/video', 'get /api/v1/video/{taskId}', 'delete /api/v1/video/{taskId}',
      'post /api/v1/video/{taskId}/render', 'post /api/v1/upload', 'get /api/v1/files', 'delete /api/v1/files/{fileId}',
      'get /api/v1/credits', 'post /api/v1/preview', 'get /api/v1/preview/{tempId}', 'delete /api/v1/preview/{tempId}',
      'post /api/v1/preview/{tempId}/convert', 'post /api/v1/preview/{tempId}/render',
    ];
    const documented = Object.entries(doc.paths).flatMap(([p, item]) => Object.keys(item).map((m) => `${m} ${p}`));
    expect(documented).toEqual(expect.arrayContaining(reference));
  });

  it('resolves every $ref', () => {
    const schemas = doc.components.schemas;
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(50);
    for (const ref of new Set(refs)) {
      expect(ref.startsWith('#/components/schemas/'), ref).toBe(true);
      expect(schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
  });

  it('has examples that the response and body schemas accept', () => {
    const byName = new Map<string, z.ZodType>([...apiSchemaParts(), ['VideoConfig', videoConfigSchema]]);
    let checked = 0;
    for (const op of operations(base)) {
      if ('schema' in op.response) {
        const schema = byName.get(op.response.schema)!;
        for (const [name, example] of Object.entries(op.response.examples)) {
          const parsed = schema.safeParse(example);
          expect(parsed.success, `${op.operationId} example ${name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
          checked++;
        }
      }
      if (op.body?.example !== undefined) {
        const parsed = byName.get(op.body.schema)!.safeParse(op.body.example);
        expect(parsed.success, `${op.operationId} body: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('lists each operation’s error codes with their real status', () => {
    const render = doc.paths['/api/v1/video/{taskId}/render']!.post as { responses: Record<string, { content?: Record<string, { examples?: object }> }>; 'x-error-codes': string[] };
    expect(render['x-error-codes']).toEqual(
      expect.arrayContaining(['MISSING_API_KEY', 'NOT_FOUND', 'ALREADY_RENDERING', 'INSUFFICIENT_CREDITS']),
    );
    expect(Object.keys(render.responses['402']!.content!['application/json']!.examples!)).toEqual(['INSUFFICIENT_CREDITS']);
    expect(Object.keys(render.responses['400']!.content!['application/json']!.examples!)).toEqual(
      expect.arrayContaining(['INVALID_REQUEST', 'INVALID_CONFIG', 'ALREADY_RENDERING']),
    );
    expect(doc['x-error-codes']).toHaveLength(Object.keys(errorStatus).length);
    expect(doc['x-error-codes']).toContainEqual(expect.objectContaining({ code: 'INSUFFICIENT_CREDITS', status: 402 }));
  });

  it('marks the public endpoints as needing no key', () => {
    for (const p of ['/api/v1/capabilities', '/api/v1/schema', '/api/v1/openapi.json']) {
      expect((doc.paths[p]!.get as { security?: unknown[] }).security).toEqual([]);
    }
    expect((doc.paths['/api/v1/video']!.get as { security?: unknown[] }).security).toBeUndefined();
  });
});
