import type { Clip } from '../../video';
import { cleanSeconds } from '../time';
import type { ClipRef, EditorDoc } from '../types';
import { minClipDuration, replaceClip } from './shared';

export interface TrimClipArgs {
  ref: ClipRef;
  /** Which edge moves: `start` keeps the end fixed, `end` keeps the start fixed. */
  edge: 'start' | 'end';
  /** The new time of that edge, in seconds on the timeline. */
  time: number;
  /**
   * Length of the video/audio source in seconds, when known: the end edge then stops where the
   * source ends (`source.start + duration × playbackRate ≤ sourceDuration`). Looping audio is not bounded.
   */
  sourceDuration?: number | null;
}

const isMedia = (clip: Clip): clip is Extract<Clip, { type: 'video' | 'audio' }> =>
  clip.type === 'video' || clip.type === 'audio';

/**
 * The timeline span the whole source of a video/audio clip covers at its speed:
 * `[start − source.start / rate, that + sourceDuration / rate]`. Null for other clips, looping audio
 * or an unknown length. Example: at 2 s, source.start 1, rate 2, a 6 s source → 1.5 s to 4.5 s.
 */
export function sourceSpan(clip: Clip, sourceDuration: number | null | undefined): { from: number; to: number } | null {
  if (!isMedia(clip) || !sourceDuration || !(sourceDuration > 0)) return null;
  if (clip.type === 'audio' && (clip as { loop?: unknown }).loop === true) return null;
  const rate = clip.playbackRate ?? 1;
  const from = clip.start - (clip.source?.start ?? 0) / rate;
  return { from: cleanSeconds(from), to: cleanSeconds(from + sourceDuration / rate) };
}

/**
 * Moves one edge of a clip, keeping at least one frame. For video/audio the source in-point moves
 * with the left edge (so the picture stays put in time, like a real trim), which also means the left
 * edge cannot be pulled before the start of the media; with `sourceDuration` the right edge also
 * stops at the media's end.
 * Example: a video at 2 s with source.start 1 trimmed to start at 3 s → start 3, source.start 2.
 */
export function trimClip(doc: EditorDoc, { ref, edge, time, sourceDuration }: TrimClipArgs): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip || !Number.isFinite(time)) return doc;
  const min = minClipDuration(doc);
  const end = clip.start + clip.duration;

  if (edge === 'end') {
    const span = sourceSpan(clip, sourceDuration);
    // The last whole frame that still has source under it.
    const fps = Math.max(1, doc.meta.fps);
    const latest = span ? clip.start + Math.max(min, Math.floor((span.to - clip.start) * fps + 1e-6) / fps) : Infinity;
    const newEnd = Math.max(Math.min(time, latest), clip.start + min);
    const duration = cleanSeconds(newEnd - clip.start);
    if (duration === clip.duration) return doc;
    const next: Clip = { ...clip, duration };
    if (isMedia(clip) && clip.source?.end !== undefined && next.type === clip.type && isMedia(next)) {
      const rate = clip.playbackRate ?? 1;
      next.source = { ...clip.source, end: cleanSeconds((clip.source.start ?? 0) + duration * rate) };
    }
    return replaceClip(doc, ref, next);
  }

  let earliest = 0;
  if (isMedia(clip)) {
    const rate = clip.playbackRate ?? 1;
    earliest = Math.max(0, clip.start - (clip.source?.start ?? 0) / rate);
  }
  const newStart = cleanSeconds(Math.min(Math.max(time, earliest), end - min));
  if (newStart === clip.start) return doc;
  const next: Clip = { ...clip, start: newStart, duration: cleanSeconds(end - newStart) };
  if (isMedia(clip) && isMedia(next)) {
    const rate = clip.playbackRate ?? 1;
    const inPoint = cleanSeconds(Math.max(0, (clip.source?.start ?? 0) + (newStart - clip.start) * rate));
    next.source = { ...clip.source, start: inPoint };
  }
  return replaceClip(doc, ref, next);
}
