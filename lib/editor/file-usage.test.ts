import { describe, expect, it } from 'vitest';
import { countFileUses } from './file-usage';
import { sampleDoc } from './testing/fixtures';

describe('countFileUses', () => {
  it('counts clips, layout children, $ref clips and font assets using a URL', () => {
    const url = 'https://example.com/a.mp4';
    const doc = sampleDoc(); // one video clip of a.mp4
    expect(countFileUses(doc, url)).toBe(1);
    const more = {
      ...doc,
      assets: { videos: [{ id: 'intro', src: url }], fonts: [{ id: 'f', src: url, family: 'F' }] },
      tracks: [
        ...doc.tracks,
        {
          clips: [
            { type: 'video' as const, src: { $ref: 'intro' }, start: 0, duration: 1 },
            { type: 'layout' as const, start: 0, duration: 1, children: [{ type: 'video' as const, src: url, start: 0, duration: 1 }] },
          ],
        },
      ],
    };
    expect(countFileUses(more as typeof doc, url)).toBe(4);
    expect(countFileUses(doc, 'https://example.com/other.mp4')).toBe(0);
  });
});
