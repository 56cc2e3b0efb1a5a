import type { Clip } from '../../video';
import { cleanSeconds } from '../time';
import type { ClipRef, EditorDoc } from '../types';
import { replaceTrack } from './shared';

export interface MoveClipsArgs {
  refs: readonly ClipRef[];
  /** Seconds added to every clip's start; the group stops at 0 (the earliest clip lands at ≥ 0). */
  delta: number;
  /** Tracks added to every clip's track; the group stops at the first and the last track. */
  trackDelta?: number;
}

/** The refs that point at a clip, once each, in document order. */
export function existingRefs(doc: EditorDoc, refs: readonly ClipRef[]): ClipRef[] {
  const seen = new Set<string>();
  const out: ClipRef[] = [];
  for (const ref of refs) {
    const key = `${ref.trackIndex}:${ref.clipIndex}`;
    if (seen.has(key) || !doc.tracks[ref.trackIndex]?.clips[ref.clipIndex]) continue;
    seen.add(key);
    out.push(ref);
  }
  return out.sort((a, b) => a.trackIndex - b.trackIndex || a.clipIndex - b.clipIndex);
}

/** The offsets `moveClips` really applies: the group never goes before 0 nor off the track list. */
export function clampGroupMove(doc: EditorDoc, { refs, delta, trackDelta = 0 }: MoveClipsArgs): { delta: number; trackDelta: number } {
  const valid = existingRefs(doc, refs);
  if (valid.length === 0) return { delta: 0, trackDelta: 0 };
  let earliest = Infinity;
  let lowTrack = Infinity;
  let highTrack = -Infinity;
  for (const ref of valid) {
    earliest = Math.min(earliest, doc.tracks[ref.trackIndex]!.clips[ref.clipIndex]!.start);
    lowTrack = Math.min(lowTrack, ref.trackIndex);
    highTrack = Math.max(highTrack, ref.trackIndex);
  }
  const dt = Number.isFinite(delta) ? Math.max(delta, -earliest) : 0;
  const dTrack = Math.trunc(Number.isFinite(trackDelta) ? trackDelta : 0);
  const maxTrack = doc.tracks.length - 1;
  return { delta: dt, trackDelta: Math.min(Math.max(dTrack, -lowTrack), maxTrack - highTrack) };
}

/**
 * Moves several clips together, by the same time and track offsets (a multi-clip drag, a nudge).
 * Without a track change the clips stay where they are in their lists; with one, they leave their
 * tracks and are appended to the destination tracks in document order (see `movedClipRefs`).
 * Example: clips at 1 s and 3 s moved by −2 s → the group stops at 0: 0 s and 2 s.
 */
export function moveClips(doc: EditorDoc, args: MoveClipsArgs): EditorDoc {
  const refs = existingRefs(doc, args.refs);
  const { delta, trackDelta } = clampGroupMove(doc, args);
  if (refs.length === 0 || (delta === 0 && trackDelta === 0)) return doc;
  const shifted = (clip: Clip): Clip => {
    const start = cleanSeconds(Math.max(0, clip.start + delta));
    return start === clip.start ? clip : { ...clip, start };
  };

  if (trackDelta === 0) {
    let next = doc;
    const byTrack = groupByTrack(refs);
    for (const [trackIndex, indices] of byTrack) {
      const track = next.tracks[trackIndex]!;
      const clips = track.clips.slice();
      for (const i of indices) clips[i] = shifted(clips[i]!);
      next = replaceTrack(next, trackIndex, { ...track, clips });
    }
    return next;
  }

  const tracks = doc.tracks.map((track) => ({ ...track, clips: track.clips.slice() }));
  const moving = refs.map((ref) => ({ ref, clip: shifted(doc.tracks[ref.trackIndex]!.clips[ref.clipIndex]!) }));
  // Remove from the back so earlier indices stay valid.
  for (const { ref } of [...moving].reverse()) tracks[ref.trackIndex]!.clips.splice(ref.clipIndex, 1);
  for (const { ref, clip } of moving) tracks[ref.trackIndex + trackDelta]!.clips.push(clip);
  // Untouched tracks keep their identity (structural sharing).
  const touched = new Set(moving.flatMap(({ ref }) => [ref.trackIndex, ref.trackIndex + trackDelta]));
  return { ...doc, tracks: tracks.map((track, i) => (touched.has(i) ? track : doc.tracks[i]!)) };
}

/** Where each of `args.refs` (in document order, see `existingRefs`) lands after `moveClips(doc, args)`. */
export function movedClipRefs(doc: EditorDoc, args: MoveClipsArgs): ClipRef[] {
  const refs = existingRefs(doc, args.refs);
  const { trackDelta } = clampGroupMove(doc, args);
  if (trackDelta === 0) return refs;
  const removedPerTrack = new Map<number, number>();
  for (const ref of refs) removedPerTrack.set(ref.trackIndex, (removedPerTrack.get(ref.trackIndex) ?? 0) + 1);
  const appended = new Map<number, number>();
  return refs.map((ref) => {
    const to = ref.trackIndex + trackDelta;
    const base = doc.tracks[to]!.clips.length - (removedPerTrack.get(to) ?? 0);
    const n = appended.get(to) ?? 0;
    appended.set(to, n + 1);
    return { trackIndex: to, clipIndex: base + n };
  });
}

/** Clip indices per track, ascending. */
export function groupByTrack(refs: readonly ClipRef[]): Map<number, number[]> {
  const byTrack = new Map<number, number[]>();
  for (const ref of refs) {
    const list = byTrack.get(ref.trackIndex) ?? [];
    list.push(ref.clipIndex);
    byTrack.set(ref.trackIndex, list);
  }
  for (const list of byTrack.values()) list.sort((a, b) => a - b);
  return byTrack;
}
