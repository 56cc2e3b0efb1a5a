import { curveDrawRange } from './curve-geometry';
import { clipStateAt, type FrameContext } from './motion';
import { normalizeVideoConfig } from './normalize';
import { paintOrder } from './paint-order';
import type { AnyClip, VideoConfig } from './schema';
import { subtitleTransform, subtitleViewAt } from './subtitle-view';
import { clipFrameWindow, durationInFrames, effectiveDuration } from './timing';

/** Frames `[from, from + frames)` that all show the picture of frame `from`. */
export interface FrameRun {
  from: number;
  frames: number;
}

/**
 * Which frames of a render must be captured, and which repeat the frame before them.
 * `runs` cover `[0, durationInFrames)` in order, without gaps; `runs.length` frames are captured.
 */
export interface FramePlan {
  durationInFrames: number;
  runs: FrameRun[];
}

/** Image formats that may animate by themselves (GIF, APNG, animated WebP/AVIF): never held. */
const MAYBE_ANIMATED_IMAGE = /\.(gif|apng|webp|avif)(?:$|[?#])|^data:image\/(gif|apng|webp|avif)[;,]/i;
/** SVG markup that animates by itself (SMIL, CSS animations). */
const ANIMATED_SVG = /<animate|<set[\s>]|@keyframes|animation\s*:|<script/i;

/**
 * Whether a clip's picture can change from one frame to the next for reasons outside its computed
 * state (a playing video, a GIF, an animated SVG) — or for reasons this planner does not know (a
 * clip type it was not taught). Conservative: such a clip makes every frame it is on a capture.
 */
export function isTimeDependent(clip: AnyClip): boolean {
  switch (clip.type) {
    case 'audio':
    case 'text':
    case 'rect':
    case 'circle':
    case 'polygon':
    case 'subtitle':
    case 'icon':
    case 'code':
    case 'line':
    case 'path':
      return false;
    case 'image':
      return typeof clip.src !== 'string' || MAYBE_ANIMATED_IMAGE.test(clip.src);
    case 'svg':
      // External SVG files may carry their own animation; only inspected inline markup is held.
      return typeof clip.svg !== 'string' || ANIMATED_SVG.test(clip.svg);
    case 'layout':
      return clip.children.some(isTimeDependent);
    default:
      // video, three (posed per frame), and any clip type added after this planner: captured on every frame.
      return true;
  }
}

/**
 * Everything the composition draws for one visible clip at clip time `t`, as a comparable string,
 * or null when the clip's picture depends on more than this (see `isTimeDependent`). It mirrors
 * lib/composition/clip-layer.tsx: that component's output is a function of exactly these values.
 */
function clipPictureKey(clip: AnyClip, t: number, context: FrameContext): string | null {
  if (clip.type === 'audio') return '';
  if (isTimeDependent(clip)) return null;
  if (clip.type === 'subtitle') {
    const state = clipStateAt({ ...clip, transform: subtitleTransform(clip, context.canvas) }, t, context);
    const view = Array.isArray(clip.words) ? subtitleViewAt(clip.words, clip.config, t) : null;
    // The batch fade-in of subtitle-content.tsx depends on t while it runs.
    const fade = view && clip.config?.fadeInAnimation ? Math.min(1, Math.max(0, (t - view.batchStart) / 0.2)) : 1;
    return JSON.stringify([state, view, fade]);
  }
  if (clip.type === 'line' || clip.type === 'path') {
    // The drawn stretch of the stroke (drawStart/drawEnd, keyframable) is read by curve-content.tsx.
    return JSON.stringify([clipStateAt(clip, t, context), curveDrawRange(clip, t)]);
  }
  return JSON.stringify(clipStateAt(clip, t, context));
}

/**
 * The frame plan of a config (normalized here; normalizing is idempotent): consecutive frames whose
 * picture is provably the same — the same clips visible, each with the same computed state (position,
 * size, opacity, style, animation, keyframe and transition values), none playing media — form one run
 * and are captured once. Anything this cannot prove equal is captured (when in doubt, capture).
 */
export function planFrames(input: VideoConfig): FramePlan {
  const config = normalizeVideoConfig(input).config;
  const { fps, width, height } = config.meta;
  const total = durationInFrames(config);
  const canvas = { width, height };
  // Hidden tracks are not drawn (the composition keeps them invisible): they never force a capture.
  const drawn = paintOrder(config).filter(({ trackIndex }) => config.tracks[trackIndex]?.hidden !== true);
  const layers = drawn.map(({ clip }, index) => ({
    index,
    clip,
    window: clipFrameWindow(clip, fps),
    context: { canvas, parent: canvas, windowDuration: effectiveDuration(clip) } satisfies FrameContext,
  }));

  const runs: FrameRun[] = [];
  let previous: string | null = null;
  for (let frame = 0; frame < total; frame++) {
    let key: string | null = '';
    for (const layer of layers) {
      const { from, frames } = layer.window;
      if (frame < from || frame >= from + frames) continue;
      const picture = clipPictureKey(layer.clip, (frame - from) / fps, layer.context);
      if (picture === null) {
        key = null;
        break;
      }
      key += `${layer.index}:${picture}\n`;
    }
    const last = runs[runs.length - 1];
    if (last !== undefined && key !== null && key === previous) last.frames += 1;
    else runs.push({ from: frame, frames: 1 });
    previous = key;
  }
  return { durationInFrames: total, runs };
}

/** The frame each output frame shows: `sourceFrames(plan)[i]` is the captured frame for frame i. */
export function sourceFrames(plan: FramePlan): number[] {
  const out: number[] = [];
  for (const run of plan.runs) for (let i = 0; i < run.frames; i++) out.push(run.from);
  return out;
}
