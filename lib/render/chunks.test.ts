import { describe, expect, it } from 'vitest';
import { planChunks } from './chunks';

describe('planChunks', () => {
  it('covers every frame exactly once, in equal chunks but the last', () => {
    for (const [total, workers] of [[300, 2], [301, 2], [299, 3], [1000, 4], [61, 2]] as const) {
      const { framesPerChunk, ranges } = planChunks(total, workers);
      const frames = ranges.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
      expect(frames).toEqual(Array.from({ length: total }, (_, i) => i));
      ranges.slice(0, -1).forEach(([a, b]) => expect(b - a + 1).toBe(framesPerChunk));
      expect(ranges.length).toBeLessThanOrEqual(workers);
    }
  });
  it('does not split short videos into tiny chunks', () => {
    expect(planChunks(40, 4).ranges).toEqual([[0, 39]]);
    expect(planChunks(60, 4).ranges).toEqual([[0, 29], [30, 59]]);
  });
});
