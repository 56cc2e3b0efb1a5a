import { describe, expect, it } from 'vitest';
import { sampleDoc } from './testing/fixtures';
import { findSnap, snapTargets } from './snap';

describe('snapping', () => {
  it('collects 0, the playhead and the other clips’ edges', () => {
    const targets = snapTargets(sampleDoc(), { exclude: { trackIndex: 0, clipIndex: 1 }, playhead: 2.5 });
    expect(targets.sort((a, b) => a - b)).toEqual([0, 1, 2.5, 4, 7]);
  });

  it('picks the closest target for any moving edge within the threshold', () => {
    expect(findSnap([4.9, 6.9], [5, 7.05], 0.2)).toEqual({ delta: expect.closeTo(0.1, 6), target: 5 });
    expect(findSnap([4.9, 6.99], [5, 7], 0.2)?.target).toBe(7);
    expect(findSnap([1], [5], 0.2)).toBeNull();
  });
});
