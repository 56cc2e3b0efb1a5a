import { keyframeValueAt } from './motion';
import type { CurvePoint, LineClip, PathClip } from './schema';

/** A line or path clip, top-level or layout child. */
export type CurveClip = Pick<LineClip | PathClip, 'type' | 'keyframes' | 'drawStart' | 'drawEnd' | 'startOffset' | 'endOffset' | 'closed'> & {
  points?: CurvePoint[];
  data?: string;
  radius?: number;
};

const xy = (p: CurvePoint): [number, number] => (Array.isArray(p) ? [p[0], p[1]] : [p.x, p.y]);
const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * SVG path data of a `line` clip's points (px in its box). `radius` rounds each corner with a
 * quadratic curve through the corner, cut back by at most half of either neighbouring segment.
 * Example: `[[0,0],[100,0],[100,100]]` with radius 10 → `M 0 0 L 90 0 Q 100 0 100 10 L 100 100`.
 */
export function linePathData(points: readonly CurvePoint[], closed = false, radius = 0): string {
  const pts = points.map(xy);
  if (pts.length === 0) return '';
  const ring = closed ? [...pts, pts[0]!] : pts;
  const parts = [`M ${fmt(ring[0]![0])} ${fmt(ring[0]![1])}`];
  for (let i = 1; i < ring.length; i++) {
    const [x, y] = ring[i]!;
    const next = ring[i + 1];
    if (radius <= 0 || next === undefined) {
      parts.push(`L ${fmt(x)} ${fmt(y)}`);
      continue;
    }
    const [px, py] = ring[i - 1]!;
    const inLen = Math.hypot(x - px, y - py);
    const outLen = Math.hypot(next[0] - x, next[1] - y);
    const r = Math.min(radius, inLen / 2, outLen / 2);
    if (r <= 0 || inLen === 0 || outLen === 0) {
      parts.push(`L ${fmt(x)} ${fmt(y)}`);
      continue;
    }
    const ax = x - ((x - px) / inLen) * r;
    const ay = y - ((y - py) / inLen) * r;
    const bx = x + ((next[0] - x) / outLen) * r;
    const by = y + ((next[1] - y) / outLen) * r;
    parts.push(`L ${fmt(ax)} ${fmt(ay)}`, `Q ${fmt(x)} ${fmt(y)} ${fmt(bx)} ${fmt(by)}`);
  }
  if (closed) parts.push('Z');
  return parts.join(' ');
}

/** The SVG path data a line or path clip strokes. */
export function curvePathData(clip: CurveClip): string {
  if (clip.type === 'path') {
    const d = clip.data ?? '';
    return clip.closed && !/[Zz]\s*$/.test(d) ? `${d} Z` : d;
  }
  return linePathData(clip.points ?? [], clip.closed, clip.radius);
}

/** drawStart/drawEnd (0–1) at clip time `t`: keyframes on them win over the static fields. */
export function curveDrawRange(clip: CurveClip, t: number): { start: number; end: number } {
  let start = clip.drawStart ?? 0;
  let end = clip.drawEnd ?? 1;
  for (const track of clip.keyframes ?? []) {
    if (track.property !== 'drawStart' && track.property !== 'drawEnd') continue;
    const v = keyframeValueAt(track.frames, t, (x: number) => [x])?.[0];
    if (v === undefined) continue;
    if (track.property === 'drawStart') start = v;
    else end = v;
  }
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return { start: clamp(Math.min(start, end)), end: clamp(Math.max(start, end)) };
}

/**
 * The stroked stretch of a curve of `length` px, as distances from its start: the offsets trim both
 * ends first, then drawStart/drawEnd pick a fraction of what is left. Example: length 100,
 * startOffset 10, drawEnd 0.5 → { from: 10, to: 55 }.
 */
export function visibleStretch(length: number, clip: Pick<CurveClip, 'startOffset' | 'endOffset'>, range: { start: number; end: number }) {
  const a = Math.min(length, clip.startOffset ?? 0);
  const b = Math.max(a, length - (clip.endOffset ?? 0));
  return { from: a + (b - a) * range.start, to: a + (b - a) * range.end };
}

/** An arrowhead's three corners: tip at `tip`, pointing along `angle` (radians), `size` px long. */
export function arrowHead(tip: { x: number; y: number }, angle: number, size: number): [number, number][] {
  const half = size * 0.5;
  const back = { x: tip.x - Math.cos(angle) * size, y: tip.y - Math.sin(angle) * size };
  const nx = -Math.sin(angle) * half;
  const ny = Math.cos(angle) * half;
  return [[tip.x, tip.y], [back.x + nx, back.y + ny], [back.x - nx, back.y - ny]];
}
