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
}

const isMedia = (clip: Clip): clip is Extract<Clip, { type: 'video' | 'audio' }> =>
  clip.type === 'video' || clip.type === 'audio';

/**
 * Moves one edge of a clip, keeping at least one frame. For video/audio the source in-point moves
 * with the left edge (so the picture stays put in time, like a real trim), which also means the left
 * edge cannot be pulled before the start of the media.
 * Example: a video at 2 s with source.start 1 trimmed to start at 3 s → start 3, source.start 2.
 */
export function trimClip(doc: EditorDoc, { ref, edge, time }: TrimClipArgs): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip || !Number.isFinite(time)) return doc;
  const min = minClipDuration(doc);
  const end = clip.start + clip.duration;

  if (edge === 'end') {
    const newEnd = Math.max(time, clip.start + min);
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
