import type { Clip } from '../video';
import type { ClipRef, EditorDoc } from './types';

/**
 * Multi-selection maths (pure): which clips a range click, a marquee or "select all" picks, and
 * how a list of refs follows the document through an edit. Clips on locked tracks are never picked.
 */

export const isTrackLocked = (doc: EditorDoc, trackIndex: number): boolean => doc.tracks[trackIndex]?.locked === true;

/** Drops refs that point nowhere or at a locked track, and duplicates. */
export function selectableRefs(doc: EditorDoc, refs: readonly ClipRef[]): ClipRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.trackIndex}:${ref.clipIndex}`;
    if (seen.has(key) || !doc.tracks[ref.trackIndex]?.clips[ref.clipIndex] || isTrackLocked(doc, ref.trackIndex)) return false;
    seen.add(key);
    return true;
  });
}

/** Every clip of every unlocked track, in document order. */
export function allRefs(doc: EditorDoc): ClipRef[] {
  const out: ClipRef[] = [];
  doc.tracks.forEach((track, trackIndex) => {
    if (track.locked) return;
    track.clips.forEach((_, clipIndex) => out.push({ trackIndex, clipIndex }));
  });
  return out;
}

export interface TimeBox {
  from: number;
  to: number;
  lowTrack: number;
  highTrack: number;
}

/** Clips on tracks `lowTrack..highTrack` overlapping the time span `from..to` (touching counts). */
export function refsInBox(doc: EditorDoc, { from, to, lowTrack, highTrack }: TimeBox): ClipRef[] {
  const out: ClipRef[] = [];
  const a = Math.min(from, to);
  const b = Math.max(from, to);
  for (let t = Math.max(0, Math.min(lowTrack, highTrack)); t <= Math.min(doc.tracks.length - 1, Math.max(lowTrack, highTrack)); t++) {
    const track = doc.tracks[t]!;
    if (track.locked) continue;
    track.clips.forEach((clip, clipIndex) => {
      if (clip.start <= b && clip.start + clip.duration >= a) out.push({ trackIndex: t, clipIndex });
    });
  }
  return out;
}

/**
 * Shift-click: every clip between the anchor and the clicked clip — on the tracks from one to the
 * other, overlapping the time from the earlier start to the later end.
 */
export function rangeRefs(doc: EditorDoc, anchor: ClipRef, target: ClipRef): ClipRef[] {
  const a = doc.tracks[anchor.trackIndex]?.clips[anchor.clipIndex];
  const b = doc.tracks[target.trackIndex]?.clips[target.clipIndex];
  if (!a || !b) return selectableRefs(doc, [target]);
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.start + a.duration, b.start + b.duration);
  // Strict overlap, so a clip that only touches the range's ends is left out.
  return refsInBox(doc, { from, to, lowTrack: anchor.trackIndex, highTrack: target.trackIndex }).filter((ref) => {
    const clip = doc.tracks[ref.trackIndex]!.clips[ref.clipIndex]!;
    return clip.start < to && clip.start + clip.duration > from;
  });
}

export const refKey = (ref: ClipRef): string => `${ref.trackIndex}:${ref.clipIndex}`;

export function hasRef(refs: readonly ClipRef[], ref: ClipRef): boolean {
  return refs.some((r) => r.trackIndex === ref.trackIndex && r.clipIndex === ref.clipIndex);
}

export function sameRefs(a: readonly ClipRef[], b: readonly ClipRef[]): boolean {
  return a.length === b.length && a.every((r, i) => r.trackIndex === b[i]!.trackIndex && r.clipIndex === b[i]!.clipIndex);
}

/** Where each ref's clip object is in `after` (null when it is not there: the clip was changed or removed). */
export function followRefs(before: EditorDoc, after: EditorDoc, refs: readonly ClipRef[]): (ClipRef | null)[] {
  if (before === after) return refs.slice();
  let where: Map<Clip, ClipRef> | null = null;
  return refs.map((ref) => {
    const clip = before.tracks[ref.trackIndex]?.clips[ref.clipIndex];
    if (!clip) return null;
    if (after.tracks[ref.trackIndex]?.clips[ref.clipIndex] === clip) return ref;
    if (!where) {
      where = new Map();
      after.tracks.forEach((track, trackIndex) => track.clips.forEach((c, clipIndex) => where!.set(c, { trackIndex, clipIndex })));
    }
    return where.get(clip) ?? null;
  });
}

/**
 * Where `refs` point after the document changed from `before` to `after` by an edit that did not
 * say (an inspector edit, a deletion elsewhere, a track removed): each ref follows its clip object
 * (commands share structure, so an untouched clip keeps its identity even when its index shifts);
 * a clip not found by identity keeps its index when the clip there is a new object (it was edited),
 * else it is dropped (it was deleted).
 */
export function remapRefs(before: EditorDoc, after: EditorDoc, refs: readonly ClipRef[]): ClipRef[] {
  if (refs.length === 0 || before === after) return refs as ClipRef[];
  const followed = followRefs(before, after, refs);
  let known: Set<Clip> | null = null;
  const out = refs.flatMap((ref, i) => {
    const found = followed[i];
    if (found) return [found];
    const there = after.tracks[ref.trackIndex]?.clips[ref.clipIndex];
    if (!there) return [];
    // Keep the index only when the clip there is new (the edited clip), not another clip that slid in.
    known ??= new Set(before.tracks.flatMap((t) => t.clips));
    return known.has(there) ? [] : [ref];
  });
  return selectableRefs(after, out);
}
