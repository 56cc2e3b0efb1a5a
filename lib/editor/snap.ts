import type { ClipRef, EditorDoc } from './types';

/** Times (s) a dragged edge may snap to: 0, the playhead, and every other clip's start and end. */
export function snapTargets(doc: EditorDoc, { exclude, playhead }: { exclude?: ClipRef; playhead?: number }): number[] {
  const targets = new Set<number>([0]);
  if (playhead !== undefined && Number.isFinite(playhead)) targets.add(playhead);
  doc.tracks.forEach((track, trackIndex) => {
    track.clips.forEach((clip, clipIndex) => {
      if (exclude && exclude.trackIndex === trackIndex && exclude.clipIndex === clipIndex) return;
      targets.add(clip.start);
      targets.add(Number((clip.start + clip.duration).toFixed(6)));
    });
  });
  return [...targets];
}

export interface Snap {
  /** Add this to the dragged time(s) to land on `target`. */
  delta: number;
  target: number;
}

/**
 * The closest snap for any of the moving `edges` within `threshold` seconds, or null.
 * Example: edges [4.9, 6.9], targets [5], threshold 0.2 → `{ delta: 0.1, target: 5 }`.
 */
export function findSnap(edges: readonly number[], targets: readonly number[], threshold: number): Snap | null {
  let best: Snap | null = null;
  for (const edge of edges) {
    for (const target of targets) {
      const delta = target - edge;
      if (Math.abs(delta) > threshold) continue;
      if (!best || Math.abs(delta) < Math.abs(best.delta)) best = { delta, target };
    }
  }
  return best;
}
