import { describe, expect, it } from 'vitest';
import { updateMeta } from './update-meta';
import { sampleDoc } from '../testing/fixtures';

describe('updateMeta', () => {
  it('sets canvas fields and shares the tracks', () => {
    const doc = sampleDoc();
    const next = updateMeta(doc, { patch: { width: 1280, height: 720, fps: 25, background: '#112233' } });
    expect(next.meta).toMatchObject({ width: 1280, height: 720, fps: 25, background: '#112233', version: '2.0.0' });
    expect(next.tracks).toBe(doc.tracks);
  });

  it('returns the same document for unchanged values', () => {
    const doc = sampleDoc();
    expect(updateMeta(doc, { patch: { width: 1920 } })).toBe(doc);
  });
});
