import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { clipTypes, transitionTypes } from './capabilities';
import { videoConfigJsonSchema } from './json-schema';
import { loadFixtures } from './testing/load-fixtures';

// Rebuild a validator from the generated JSON Schema alone, so the test checks the document
// clients receive, not the zod schema it came from.
const fromJsonSchema = z.fromJSONSchema(videoConfigJsonSchema() as Parameters<typeof z.fromJSONSchema>[0]);

describe('videoConfigJsonSchema', () => {
  const schema = videoConfigJsonSchema();
  const text = JSON.stringify(schema);

  it('is a draft 2020-12 document with an id and a title', () => {
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: expect.stringContaining('Cutroom') });
  });

  it('names every clip type and transition', () => {
    for (const type of clipTypes) expect(text).toContain(`"const":"${type}"`);
    for (const transition of transitionTypes) expect(text).toContain(`"${transition}"`);
  });

  it.each(loadFixtures())('accepts the fixture %s', (_name, fixture) => {
    const result = fromJsonSchema.safeParse(fixture);
    expect(result.success ? [] : result.error.issues.slice(0, 3)).toEqual([]);
  });

  it.each([
    ['a negative duration', { meta: { version: '2', width: 100, height: 100, fps: 30 }, tracks: [{ clips: [{ type: 'rect', start: 0, duration: -1 }] }] }],
    ['an unknown clip type', { meta: { version: '2', width: 100, height: 100, fps: 30 }, tracks: [{ clips: [{ type: 'code', start: 0, duration: 1 }] }] }],
    ['a missing meta', { tracks: [{ clips: [] }] }],
    ['a bad percentage', { meta: { version: '2', width: 100, height: 100, fps: 30 }, tracks: [{ clips: [{ type: 'rect', start: 0, duration: 1, transform: { x: '5 %' } }] }] }],
    ['an unknown easing', { meta: { version: '2', width: 100, height: 100, fps: 30 }, tracks: [{ clips: [{ type: 'rect', start: 0, duration: 1, animations: [{ type: 'fadeIn', duration: 1, easing: 'wobbly' }] }] }] }],
  ])('rejects %s', (_what, input) => {
    expect(fromJsonSchema.safeParse(input).success).toBe(false);
  });
});
