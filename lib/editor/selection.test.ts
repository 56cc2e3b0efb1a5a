import { describe, expect, it } from 'vitest';
import { removeClip } from './commands/remove-clip';
import { allRefs, rangeRefs, refsInBox, remapRefs } from './selection';
import type { EditorDoc } from './types';

const rect = (start: number, duration: number) => ({ type: 'rect' as const, start, duration });
const doc = (): EditorDoc => ({
  meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
  tracks: [{ clips: [rect(0, 2), rect(3, 2), rect(8, 1)] }, { clips: [rect(1, 3)] }, { locked: true, clips: [rect(0, 9)] }],
});

describe('selection maths', () => {
  it('select all and the marquee never pick clips of a locked track', () => {
    expect(allRefs(doc())).toHaveLength(4);
    expect(refsInBox(doc(), { from: 2.5, to: 3.5, lowTrack: 2, highTrack: 0 })).toEqual([
      { trackIndex: 0, clipIndex: 1 },
      { trackIndex: 1, clipIndex: 0 },
    ]);
  });

  it('a range runs from the anchor to the clicked clip across the tracks between', () => {
    expect(rangeRefs(doc(), { trackIndex: 0, clipIndex: 0 }, { trackIndex: 0, clipIndex: 1 })).toEqual([
      { trackIndex: 0, clipIndex: 0 },
      { trackIndex: 0, clipIndex: 1 },
    ]);
    expect(rangeRefs(doc(), { trackIndex: 1, clipIndex: 0 }, { trackIndex: 0, clipIndex: 2 })).toHaveLength(4);
  });

  it('refs follow their clips when an edit shifts indices', () => {
    const before = doc();
    const after = removeClip(before, { ref: { trackIndex: 0, clipIndex: 0 } });
    expect(remapRefs(before, after, [{ trackIndex: 0, clipIndex: 2 }, { trackIndex: 0, clipIndex: 0 }])).toEqual([{ trackIndex: 0, clipIndex: 1 }]);
  });
});
