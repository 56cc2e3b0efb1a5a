import type { Clip, VideoConfig } from './schema';

/**
 * Seconds a clip is on screen. Video/audio trimmed with `source.end` may end early:
 * min(duration, (end - start) / playbackRate). Example: duration 10, source 2..6 at 2x → 2 s.
 */
export function effectiveDuration(clip: Clip): number {
  if ((clip.type === 'video' || clip.type === 'audio') && clip.source?.end !== undefined) {
    const playable = (clip.source.end - (clip.source.start ?? 0)) / (clip.playbackRate ?? 1);
    return Math.max(0, Math.min(clip.duration, playable));
  }
  return clip.duration;
}

/** End of the last top-level clip, in seconds (0 for a config with no clips). */
export function totalDuration(config: VideoConfig): number {
  let end = 0;
  for (const track of config.tracks) {
    for (const clip of track.clips) end = Math.max(end, clip.start + effectiveDuration(clip));
  }
  return end;
}

export const secondsToFrame = (seconds: number, fps: number): number => Math.round(seconds * fps);

/** Frames the composition lasts: ceil(total × fps), at least 1 so an empty config still renders a frame. */
export function durationInFrames(config: VideoConfig): number {
  return Math.max(1, Math.ceil(totalDuration(config) * config.meta.fps - 1e-9));
}

/** A clip's frame window `[from, from + frames)`. */
export function clipFrameWindow(clip: Clip, fps: number): { from: number; frames: number } {
  const from = secondsToFrame(clip.start, fps);
  const to = secondsToFrame(clip.start + effectiveDuration(clip), fps);
  return { from, frames: Math.max(1, to - from) };
}
