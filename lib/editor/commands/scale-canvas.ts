import type { AnyClip, Animation, Keyframe, Style } from '../../video';
import type { EditorDoc } from '../types';

export interface ScaleCanvasArgs {
  width: number;
  height: number;
  /** Also move and resize what is on the canvas so it keeps its place and proportions. */
  scaleContent: boolean;
}

type Length = number | string;

/**
 * Changes the canvas size, optionally scaling the content with it. Percentages already follow the
 * canvas, so only pixel values change: positions by the horizontal / vertical ratio (a clip keeps
 * its relative place), and sizes, font sizes, strokes, shadows, radii and slide distances by the
 * smaller ratio (nothing is distorted and everything still fits: 1920×1080 → 1080×1920 scales sizes
 * by 0.5625). Example: x 960 → 540, fontSize 100 → 56.25.
 */
export function scaleCanvas(doc: EditorDoc, { width, height, scaleContent }: ScaleCanvasArgs): EditorDoc {
  const { meta } = doc;
  if (meta.width === width && meta.height === height) return doc;
  const resized = { ...doc, meta: { ...meta, width, height } };
  if (!scaleContent) return resized;
  const sx = width / meta.width;
  const sy = height / meta.height;
  const s = Math.min(sx, sy);
  const scaler = makeScaler(sx, sy, s);
  return { ...resized, tracks: doc.tracks.map((t) => ({ ...t, clips: t.clips.map((c) => scaler.clip(c)) })) };
}

const round = (n: number) => Number(n.toFixed(3));

function makeScaler(sx: number, sy: number, s: number) {
  const len = (v: Length | undefined, k: number): Length | undefined => (typeof v === 'number' ? round(v * k) : v);
  const num = (v: number | undefined, k = s) => (v === undefined ? undefined : round(v * k));

  const style = (st: Style | undefined): Style | undefined => {
    if (!st) return st;
    const out: Style = { ...st };
    for (const key of ['fontSize', 'strokeWidth', 'shadowBlur', 'letterSpacing', 'borderRadius', 'padding'] as const) {
      if (typeof out[key] === 'number') out[key] = round((out[key] as number) * s);
    }
    const o = st.shadowOffset;
    if (typeof o === 'number') out.shadowOffset = round(o * s);
    else if (Array.isArray(o)) out.shadowOffset = [round(o[0] * s), round(o[1] * s)];
    else if (o) out.shadowOffset = { x: num(o.x), y: num(o.y) };
    return out;
  };

  const point = (p: { x?: Length; y?: Length } | undefined) => (p ? { ...p, x: len(p.x, sx), y: len(p.y, sy) } : p);

  const animation = (a: Animation): Animation => {
    if (a.type === 'slideIn' || a.type === 'slideOut') return a.distance === undefined ? a : { ...a, distance: round(a.distance * s) };
    if (a.type === 'move') return { ...a, from: point(a.from), to: point(a.to) };
    return a;
  };

  const perProperty: Partial<Record<string, number>> = {
    x: sx, y: sy, width: s, height: s, fontSize: s, letterSpacing: s, strokeWidth: s, borderRadius: s, shadowBlur: s,
  };
  const keyframe = (k: Keyframe): Keyframe => {
    const factor = perProperty[k.property];
    if (factor === undefined) return k;
    return { ...k, frames: k.frames.map((f) => ({ ...f, value: len(f.value as Length, factor) })) } as Keyframe;
  };

  const clip = <C extends AnyClip>(c: C): C => {
    const out: Record<string, unknown> = { ...c };
    if (c.transform) {
      const t = c.transform;
      out.transform = { ...t, x: len(t.x, sx), y: len(t.y, sy), width: len(t.width, s), height: len(t.height, s) };
      for (const key of ['x', 'y', 'width', 'height'] as const) {
        if ((out.transform as Record<string, unknown>)[key] === undefined) delete (out.transform as Record<string, unknown>)[key];
      }
    }
    if (c.style) out.style = style(c.style);
    if (c.animations) out.animations = c.animations.map(animation);
    if (c.keyframes) out.keyframes = c.keyframes.map(keyframe);
    if (c.type === 'rect') {
      if (c.width !== undefined) out.width = len(c.width, s);
      if (c.height !== undefined) out.height = len(c.height, s);
    }
    if (c.type === 'circle' && c.size !== undefined) out.size = num(c.size);
    if (c.type === 'layout') {
      if (c.gap !== undefined) out.gap = num(c.gap);
      if (typeof c.padding === 'number') out.padding = num(c.padding);
      else if (Array.isArray(c.padding)) out.padding = c.padding.map((p) => round(p * s));
      out.children = c.children.map((child) => clip(child));
    }
    if (c.type === 'subtitle' && c.config) {
      const cfg = c.config;
      out.config = {
        ...cfg,
        ...(cfg.fontSize === undefined ? {} : { fontSize: num(cfg.fontSize) }),
        ...(cfg.paddingBottom === undefined ? {} : { paddingBottom: num(cfg.paddingBottom, sy) }),
        ...(typeof cfg.textBoxWidth === 'number' ? { textBoxWidth: num(cfg.textBoxWidth, sx) } : {}),
      };
    }
    return out as C;
  };
  return { clip };
}
