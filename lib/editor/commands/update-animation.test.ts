import { describe, expect, it } from 'vitest';
import { validateVideoConfig } from '../../video';
import { addAnimation } from './add-animation';
import { sampleDoc } from './test-fixtures';
import { updateAnimation } from './update-animation';

const text = { trackIndex: 0, clipIndex: 0 };
const withEntryAndExit = () => addAnimation(addAnimation(sampleDoc(), { ref: text, slot: 'entry' }), { ref: text, slot: 'exit' });
const animations = (doc: ReturnType<typeof sampleDoc>) => doc.tracks[0]?.clips[0]?.animations;

describe('updateAnimation', () => {
  it('switches type keeping timing and easing, and drops fields the new type does not take', () => {
    let doc = updateAnimation(withEntryAndExit(), { ref: text, index: 0, patch: { type: 'slideIn', direction: 'up', distance: 300 } });
    expect(animations(doc)?.[0]).toEqual({ type: 'slideIn', duration: 0.5, easing: 'easeOutCubic', direction: 'up', distance: 300 });
    doc = updateAnimation(doc, { ref: text, index: 0, patch: { type: 'rotate' } });
    expect(animations(doc)?.[0]).toEqual({ type: 'rotate', duration: 0.5, easing: 'easeOutCubic' });
    expect(validateVideoConfig(doc).success).toBe(true);
  });

  it('drops from/to when the value kind changes (move {x,y} → rotate degrees)', () => {
    let doc = updateAnimation(withEntryAndExit(), { ref: text, index: 0, patch: { type: 'move', from: { x: 0 }, to: { x: 100 } } });
    doc = updateAnimation(doc, { ref: text, index: 0, patch: { type: 'rotate' } });
    expect(animations(doc)?.[0]).not.toHaveProperty('from');
  });

  it('keeps an exit ending at the clip end when its duration changes', () => {
    const doc = updateAnimation(withEntryAndExit(), { ref: text, index: 1, patch: { duration: 1.5 } });
    expect(animations(doc)?.[1]).toMatchObject({ type: 'fadeOut', duration: 1.5, delay: 2.5 });
  });

  it('keeps an entry where it starts when its duration changes', () => {
    const doc = updateAnimation(withEntryAndExit(), { ref: text, index: 0, patch: { duration: 1, easing: 'easeOutBounce' } });
    expect(animations(doc)?.[0]).toEqual({ type: 'fadeIn', duration: 1, easing: 'easeOutBounce' });
  });

  it('returns the same document when nothing changes', () => {
    const doc = withEntryAndExit();
    expect(updateAnimation(doc, { ref: text, index: 0, patch: { duration: 0.5 } })).toBe(doc);
  });
});
