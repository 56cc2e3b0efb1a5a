import { audioGainAt } from './motion';
import { normalizeVideoConfig } from './normalize';
import { paintOrder } from './paint-order';
import type { AnyClip, VideoConfig } from './schema';
import { clipFrameWindow, effectiveDuration } from './timing';

/** One frame of a sounding source, as the composition registers it with Remotion's renderer. */
export interface SoundFrame {
  /** Composition frame. */
  frame: number;
  /** This frame's gain (> 0: a silent frame is not registered at all). */
  volume: number;
  /** Frame of the media at this composition frame, before the playback rate (Remotion's `mediaFrame`). */
  mediaFrame: number;
}

/**
 * A source of sound (an audio clip, or a video clip's own sound) over the frames it sounds on:
 * exactly the audio assets `<Audio>` / `<OffthreadVideo>` register at each frame during a render.
 */
export interface SoundSource {
  type: 'audio' | 'video';
  src: string;
  playbackRate: number;
  /** The trim start in frames (Remotion's `audioStartFrame`: the `trimBefore` the clip passes, else 0). */
  audioStartFrame: number;
  /** In frame order; a gap (a frame at gain 0) ends one asset and starts another, as in the renderer. */
  frames: SoundFrame[];
}

export type SoundPlan = { exact: true; sources: SoundSource[] } | { exact: false; reason: string };

/** Srcs Remotion's `getAbsoluteSrc` keeps as they are (relative ones resolve against the bundle's own server). */
const ABSOLUTE_SRC = /^(https?:\/\/|file:\/\/|data:)/;

type SoundingClip = Extract<AnyClip, { type: 'audio' | 'video' }>;

/**
 * The sound of a render computed from the config, without visiting the composition: for every frame
 * of `[0, durationInFrames)`, the audio assets the composition registers (lib/composition/clip-layer.tsx,
 * audio-clip.tsx, layout-content.tsx and Remotion's <Audio>/<OffthreadVideo> as of @remotion 4.0):
 * the clip's gain from `audioGainAt` (volume, fades, transitions, clip and track mutes), its trim in
 * frames (`trimBefore`/`trimAfter` rounded as the clip rounds them, the trimmed media ending where
 * Remotion's inner <Sequence> ends), and its playback rate. Remotion's renderer mixes these assets
 * (lib/render/sound-mix.ts).
 *
 * Conservative: anything this cannot reproduce exactly is `{ exact: false }` and the render falls back
 * to Remotion's own audio pass — a looping audio clip (its loop length may need the media's duration,
 * which only the browser knows), a src that is not absolute, two sources Remotion would take for one
 * (same kind, src and start frame: their asset ids collide).
 */
export function planSound(input: VideoConfig, durationInFrames: number): SoundPlan {
  const config = normalizeVideoConfig(input).config;
  const { fps } = config.meta;
  const sources: SoundSource[] = [];
  const seen = new Set<string>();
  let refusal: string | undefined;

  const add = (clip: SoundingClip, window: { from: number; frames: number }, windowDuration: number, isTrackMuted: boolean) => {
    if (typeof clip.src !== 'string' || clip.src === '') return; // an unresolved src draws and sounds nothing
    const rate = clip.playbackRate ?? 1;
    const trimBefore = clip.source?.start ? Math.round(clip.source.start * fps) : undefined;
    const trimAfter = clip.source?.end === undefined ? undefined : Math.round(clip.source.end * fps);
    // audio-clip.tsx: a loop over a known trim range is a <Loop> of the trimmed <Audio>; without
    // `source.end`, Remotion's own `loop` repeats the whole file (its length is measured in the browser).
    const looped = clip.type === 'audio' && clip.loop === true;
    if (looped && trimAfter === undefined) return void (refusal ??= 'a looping audio clip without source.end');
    if (!ABSOLUTE_SRC.test(clip.src)) return void (refusal ??= `a relative src (${clip.src.slice(0, 60)})`);
    const key = `${clip.type}|${clip.src}|${window.from}`;
    if (seen.has(key)) return void (refusal ??= 'two sources with the same src and start');
    seen.add(key);

    const trimmed = trimBefore !== undefined || trimAfter !== undefined;
    const audioStartFrame = trimmed ? (trimBefore ?? 0) : 0;
    const segment = looped ? Math.max(1, Math.round(((trimAfter as number) - (trimBefore ?? 0)) / rate)) : Infinity;
    const muted = isTrackMuted || clip.muted === true;
    // One source per loop iteration: each iteration remounts the media in a new <Sequence> (a new asset id).
    let iteration = -1;
    let frames: SoundFrame[] = [];
    const flush = () => {
      if (frames.length > 0) sources.push({ type: clip.type, src: clip.src as string, playbackRate: rate, audioStartFrame, frames });
      frames = [];
    };
    for (let k = 0; k < window.frames && window.from + k < durationInFrames; k++) {
      const loopIteration = looped ? Math.floor(k / segment) : 0;
      if (loopIteration !== iteration) {
        flush();
        iteration = loopIteration;
      }
      const inLoop = k - loopIteration * (looped ? segment : 0); // frame within the (loop iteration's) media
      if (trimmed && !insideTrim(inLoop, window.from + loopIteration * (looped ? segment : 0), trimBefore ?? 0, trimAfter, rate)) continue;
      const volume = muted ? 0 : audioGainAt(clip, k / fps, windowDuration);
      if (!(volume > 0)) continue; // Remotion registers no asset for a muted or silent frame
      frames.push({ frame: window.from + k, volume, mediaFrame: inLoop + audioStartFrame });
    }
    flush();
  };

  const walk = (clip: AnyClip, window: { from: number; frames: number }, windowDuration: number, isTrackMuted: boolean) => {
    if (clip.type === 'audio' || clip.type === 'video') add(clip, window, windowDuration, isTrackMuted);
    else if (clip.type === 'layout') for (const child of clip.children) walk(child as AnyClip, window, windowDuration, isTrackMuted);
  };

  for (const { clip, trackIndex } of paintOrder(config)) {
    walk(clip as AnyClip, clipFrameWindow(clip, fps), effectiveDuration(clip), config.tracks[trackIndex]?.muted === true);
  }
  return refusal === undefined ? { exact: true, sources } : { exact: false, reason: refusal };
}

/**
 * Whether frame `k` of a clip window falls inside the <Sequence> Remotion wraps trimmed media in
 * (`from = -trimBefore`, `durationInFrames = trimBefore + (trimAfter - trimBefore) / rate`), with the
 * same arithmetic and boundary tolerance as its Sequence (remotion/src/Sequence.tsx).
 */
function insideTrim(k: number, clipFrom: number, trimBefore: number, trimAfter: number | undefined, rate: number): boolean {
  const from = 0 - trimBefore;
  const duration = trimAfter === undefined ? Infinity : trimBefore + (trimAfter - trimBefore) / rate;
  const tolerance = Math.min(duration / 2, Number.EPSILON * Math.max(Math.abs(clipFrom + k), Math.abs(clipFrom), Math.abs(from)) * 4);
  if (k - from < -tolerance) return false;
  return !(k - (from + duration) >= -tolerance);
}
