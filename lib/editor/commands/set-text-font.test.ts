import { describe, expect, it } from 'vitest';
import { validateVideoConfig } from '../../video';
import { setTextFont } from './set-text-font';
import { sampleDoc } from '../testing/fixtures';

describe('setTextFont', () => {
  const ref = { trackIndex: 0, clipIndex: 0 };

  it('declares an uploaded font and names it on the text', () => {
    const font = { family: 'Brand', src: 'http://h/files/f1.woff2', fileId: 'f1' };
    const next = setTextFont(sampleDoc(), { ref, font });
    expect(next.assets?.fonts).toEqual([{ id: 'font-f1', src: font.src, family: 'Brand' }]);
    expect(next.tracks[0]?.clips[0]?.style?.fontFamily).toBe('Brand');
    expect(validateVideoConfig(next).success).toBe(true);
    // Using it on a second text does not declare it twice.
    const again = setTextFont(next, { ref: { trackIndex: 0, clipIndex: 1 }, font });
    expect(again.assets?.fonts).toHaveLength(1);
  });

  it('an installed family needs no asset', () => {
    const next = setTextFont(sampleDoc(), { ref, font: { family: 'serif' } });
    expect(next.assets).toBeUndefined();
    expect(next.tracks[0]?.clips[0]?.style?.fontFamily).toBe('serif');
  });
});
