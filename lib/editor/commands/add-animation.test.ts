import { describe, expect, it } from 'vitest';
import { addAnimation } from './add-animation';
import { sampleDoc } from './test-fixtures';

const text = { trackIndex: 0, clipIndex: 0 };

describe('addAnimation', () => {
  it('adds an entry fade from the start and an exit fade ending at the clip end', () => {
    let doc = addAnimation(sampleDoc(), { ref: text, slot: 'entry' });
    doc = addAnimation(doc, { ref: text, slot: 'exit' });
    expect(doc.tracks[0]?.clips[0]?.animations).toEqual([
      { type: 'fadeIn', duration: 0.5, easing: 'easeOutCubic' },
      { type: 'fadeOut', duration: 0.5, delay: 3.5, easing: 'easeInCubic' },
    ]);
  });

  it('leaves audio alone (nothing to animate)', () => {
    const doc = { ...sampleDoc(), tracks: [{ clips: [{ type: 'audio' as const, src: 'a.mp3', start: 0, duration: 2 }] }] };
    expect(addAnimation(doc, { ref: text, slot: 'entry' })).toBe(doc);
  });
});
