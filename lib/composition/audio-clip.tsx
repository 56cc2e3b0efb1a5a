import { Audio, Loop } from 'remotion';
import type { AudioClip } from '../video';
import { srcUrl } from './clip-content';

type AudioLike = Pick<AudioClip, 'src' | 'source' | 'playbackRate' | 'loop'>;

/**
 * An audio clip's sound for the current frame. `volume` is this frame's gain (fades and mutes
 * applied by the caller from lib/video's audioGainAt). A loop over a known trim range repeats that
 * range with <Loop>; without `source.end` Remotion's own `loop` repeats the whole file.
 */
export function AudioClipSound({ clip, fps, volume }: { clip: AudioLike; fps: number; volume: number }) {
  const src = srcUrl(clip.src);
  if (src === undefined) return null;
  const trimBefore = clip.source?.start ? Math.round(clip.source.start * fps) : undefined;
  const trimAfter = clip.source?.end === undefined ? undefined : Math.round(clip.source.end * fps);
  const rate = clip.playbackRate ?? 1;
  const sound = <Audio src={src} trimBefore={trimBefore} trimAfter={trimAfter} playbackRate={rate} volume={volume} loop={clip.loop === true && trimAfter === undefined} />;
  if (clip.loop !== true || trimAfter === undefined) return sound;
  const segment = Math.max(1, Math.round((trimAfter - (trimBefore ?? 0)) / rate));
  return <Loop durationInFrames={segment}>{sound}</Loop>;
}
