import type { Snap } from '../snap';

/**
 * Snap targets prepared once per gesture (sorted, deduplicated) so each pointer move costs
 * O(edges × log targets) instead of a scan over every clip: cheap enough for a 500-clip timeline at 60 fps.
 */
export interface Snapper {
  /** The closest snap of any of `edges` within `threshold` seconds, or null (same answer as `findSnap`). */
  find(edges: readonly number[], threshold: number): Snap | null;
}

export function createSnapper(targets: readonly number[]): Snapper {
  const sorted = Float64Array.from(new Set(targets)).sort();
  const nearest = (t: number): number | null => {
    if (sorted.length === 0) return null;
    let lo = 0;
    let hi = sorted.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    const after = sorted[lo]!;
    const before = lo > 0 ? sorted[lo - 1]! : after;
    return Math.abs(before - t) <= Math.abs(after - t) ? before : after;
  };
  return {
    find(edges, threshold) {
      let best: Snap | null = null;
      for (const edge of edges) {
        const target = nearest(edge);
        if (target === null) continue;
        const delta = target - edge;
        if (Math.abs(delta) > threshold) continue;
        if (!best || Math.abs(delta) < Math.abs(best.delta)) best = { delta, target };
      }
      return best;
    },
  };
}
