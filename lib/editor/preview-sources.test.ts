import { describe, expect, it } from 'vitest';
import { withPreviewSources } from './preview-sources';
import { sampleDoc } from './testing/fixtures';

describe('withPreviewSources', () => {
  it('points video at its proxy and leaves the rest (and the document) alone', () => {
    const doc = sampleDoc();
    const shown = withPreviewSources(doc, new Map([['https://example.com/a.mp4', 'https://example.com/a.proxy.mp4']]));
    expect(shown.tracks[1]?.clips[0]).toMatchObject({ src: 'https://example.com/a.proxy.mp4' });
    expect(shown.tracks[0]).toBe(doc.tracks[0]);
    expect(doc.tracks[1]?.clips[0]).toMatchObject({ src: 'https://example.com/a.mp4' });
  });

  it('without proxies it is the same config', () => {
    const doc = sampleDoc();
    expect(withPreviewSources(doc, new Map())).toBe(doc);
    expect(withPreviewSources(doc, new Map([['other', 'x']]))).toBe(doc);
  });
});
