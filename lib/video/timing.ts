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

/**
 * The frame after the last drawn frame: max over top-level clips of their frame window's end (0 for
 * no clips). The composition, the credit charge and the editor's cost all count these frames, so a
 * clip ending between two frames never adds an empty frame or a credit: `start 0, duration 10.01`
 * at 30 fps ends at frame 300 (round(300.3)), a 10 s video.
 */
export function lastFrame(config: VideoConfig): number {
  let end = 0;
  const { fps } = config.meta;
  for (const track of config.tracks) {
    for (const clip of track.clips) {
      const window = clipFrameWindow(clip, fps);
      end = Math.max(end, window.from + window.frames);
    }
  }
  return end;
}

/** Frames the composition lasts: the last clip's last frame, at least 1 so an empty config still renders a frame. */
export function durationInFrames(config: VideoConfig): number {
  return Math.max(1, lastFrame(config));
}

/** Seconds of video a render produces (what is billed): whole frames ÷ fps, 0 for a config without clips. */
export function renderedDuration(config: VideoConfig): number {
  return lastFrame(config) / config.meta.fps;
}

/** A clip's frame window `[from, from + frames)`: `[round(start·fps), round(end·fps))`, at least 1 frame. */
export function clipFrameWindow(clip: Clip, fps: number): { from: number; frames: number } {
  const from = secondsToFrame(clip.start, fps);
  const to = secondsToFrame(clip.start + effectiveDuration(clip), fps);
  return { from, frames: Math.max(1, to - from) };
}
