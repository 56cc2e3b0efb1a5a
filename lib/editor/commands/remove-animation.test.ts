import { describe, expect, it } from 'vitest';
import { addAnimation } from './add-animation';
import { removeAnimation } from './remove-animation';
import { sampleDoc } from './test-fixtures';

const text = { trackIndex: 0, clipIndex: 0 };

describe('removeAnimation', () => {
  it('removes one animation and the key with the last one', () => {
    let doc = addAnimation(addAnimation(sampleDoc(), { ref: text, slot: 'entry' }), { ref: text, slot: 'exit' });
    doc = removeAnimation(doc, { ref: text, index: 0 });
    expect(doc.tracks[0]?.clips[0]?.animations?.map((a) => a.type)).toEqual(['fadeOut']);
    doc = removeAnimation(doc, { ref: text, index: 0 });
    expect(doc.tracks[0]?.clips[0]).not.toHaveProperty('animations');
  });

  it('is a no-op for an index that does not exist', () => {
    const doc = sampleDoc();
    expect(removeAnimation(doc, { ref: text, index: 3 })).toBe(doc);
  });
});
