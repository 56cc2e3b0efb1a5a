import { describe, expect, it } from 'vitest';
import { findSnap } from '../snap';
import { createSnapper } from './snapper';

describe('snapper', () => {
  it('gives the same snap as a full scan', () => {
    const targets = [0, 5, 2.5, 9, 5, 7.25];
    const snapper = createSnapper(targets);
    for (const edges of [[4.9, 6.9], [2.4], [7.1, 8.95], [3.7], [-0.05]]) {
      expect(snapper.find(edges, 0.2)).toEqual(findSnap(edges, targets, 0.2));
    }
    expect(createSnapper([]).find([1], 1)).toBeNull();
  });
});
