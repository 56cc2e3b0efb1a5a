import type { Clip, VideoConfig } from './schema';

/** A top-level clip with the document position it came from (keys, tie-breaks, error paths). */
export interface PlacedClip {
  clip: Clip;
  trackIndex: number;
  clipIndex: number;
}

/**
 * Every top-level clip of every track in paint order (§4): zIndex ascending, then start ascending,
 * then document order (track index, clip index) — our tie-break, so equal keys never flicker.
 * The last entry is drawn on top.
 */
export function paintOrder(config: VideoConfig): PlacedClip[] {
  const placed: PlacedClip[] = [];
  config.tracks.forEach((track, trackIndex) => {
    track.clips.forEach((clip, clipIndex) => placed.push({ clip, trackIndex, clipIndex }));
  });
  // Array.prototype.sort is stable, and `placed` is already in document order.
  return placed.sort((a, b) => (a.clip.zIndex ?? 0) - (b.clip.zIndex ?? 0) || a.clip.start - b.clip.start);
}
