import type { Clip, VideoConfig } from './schema';

/**
 * Seconds a top-level clip is on screen (§4). Video/audio trimmed with `source.end` may end early:
 * min(duration, (end − start) / playbackRate). Example: duration 10, source 2..6 at 2× → 2 s.
 * A looping audio clip refills its window, so it always lasts `duration`. A `source.start` alone
 * does not shorten the clip (the media's length is unknown here; past its end the clip is silent
 * or shows nothing).
 */
export function effectiveDuration(clip: Clip): number {
  if ((clip.type === 'video' || clip.type === 'audio') && clip.source?.end !== undefined) {
    if (clip.type === 'audio' && clip.loop === true) return clip.duration;
    const playable = (clip.source.end - (clip.source.start ?? 0)) / (clip.playbackRate ?? 1);
    return Math.max(0, Math.min(clip.duration, playable));
  }
  return clip.duration;
}

/**
 * End of the last top-level clip, in seconds (0 for a config with no clips). Layout children do not
 * count (they are not scheduled); a template counts with its own window, which its clips never leave.
 */
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
  // The epsilon keeps 2.5 s × 30 fps at 75 frames despite float noise (75.00000000001 → 76 otherwise).
  return Math.max(1, Math.ceil(totalDuration(config) * config.meta.fps - 1e-9));
}

/** A clip's frame window `[from, from + frames)`: `[round(start·fps), round(end·fps))`, at least 1 frame. */
export function clipFrameWindow(clip: Clip, fps: number): { from: number; frames: number } {
  const from = secondsToFrame(clip.start, fps);
  const to = secondsToFrame(clip.start + effectiveDuration(clip), fps);
  return { from, frames: Math.max(1, to - from) };
}
