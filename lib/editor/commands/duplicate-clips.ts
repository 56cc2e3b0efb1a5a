import { cleanSeconds } from '../time';
import type { ClipRef, EditorDoc } from '../types';
import { existingRefs } from './move-clips';
import { copyClipAt, placeClips, type Placement } from './place-clips';

const EPSILON = 1e-6;

/**
 * Where the copies go: the whole selection shifted right by its own span (so the copy starts where
 * the selection ends), on the same tracks; when that spot is taken on any track, further right, to
 * the first offset where every copy lands in free space.
 * Example: clips 0–2 and 5–6 on one track, duplicating the first → the copy goes to 2–4 (free);
 * duplicating both → 6–8 and 11–12.
 */
function planDuplicate(doc: EditorDoc, refs: readonly ClipRef[]): Placement[] {
  const valid = existingRefs(doc, refs);
  if (valid.length === 0) return [];
  const items = valid.map((ref) => ({ ref, clip: doc.tracks[ref.trackIndex]!.clips[ref.clipIndex]! }));
  const from = Math.min(...items.map((i) => i.clip.start));
  const to = Math.max(...items.map((i) => i.clip.start + i.clip.duration));
  let offset = to - from;
  // Each round either finds a free offset or jumps past a blocking clip: at most one round per clip.
  const limit = doc.tracks.reduce((n, t) => n + t.clips.length, 0) + 1;
  for (let round = 0; round < limit; round++) {
    let blockedUntil: number | null = null;
    for (const { ref, clip } of items) {
      const start = clip.start + offset;
      const end = start + clip.duration;
      for (const other of doc.tracks[ref.trackIndex]!.clips) {
        const otherEnd = other.start + other.duration;
        if (otherEnd <= start + EPSILON || other.start >= end - EPSILON) continue;
        const needed = otherEnd - clip.start;
        blockedUntil = blockedUntil === null ? needed : Math.max(blockedUntil, needed);
      }
    }
    if (blockedUntil === null) break;
    offset = blockedUntil;
  }
  return items.map(({ ref, clip }) => ({ trackIndex: ref.trackIndex, clip: copyClipAt(clip, cleanSeconds(clip.start + offset)) }));
}

/** Copies the clips at `refs` into the free space after them, on their own tracks (see `planDuplicate`). */
export function duplicateClips(doc: EditorDoc, { refs }: { refs: readonly ClipRef[] }): EditorDoc {
  return placeClips(doc, planDuplicate(doc, refs)).doc;
}

/** Where the copies made by `duplicateClips(doc, args)` land. */
export function duplicatedClipRefs(doc: EditorDoc, { refs }: { refs: readonly ClipRef[] }): ClipRef[] {
  return placeClips(doc, planDuplicate(doc, refs)).refs;
}
