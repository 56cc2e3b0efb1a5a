import { cleanSeconds } from '../time';
import type { ClipRef, EditorDoc } from '../types';
import { groupByTrack } from './move-clips';
import { replaceTrack } from './shared';

type Span = [number, number];

/** Sorted, merged spans. */
function union(spans: Span[]): Span[] {
  const sorted = spans.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Span[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 1e-9) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** `spans` minus `cut` (both merged). */
function subtract(spans: Span[], cut: Span[]): Span[] {
  const out: Span[] = [];
  for (const [a0, b] of spans) {
    let a = a0;
    for (const [c, d] of cut) {
      if (d <= a || c >= b) continue;
      if (c > a) out.push([a, c]);
      a = Math.max(a, d);
      if (a >= b) break;
    }
    if (a < b) out.push([a, b]);
  }
  return out;
}

/**
 * Deletes clips and closes the gaps they leave, track by track: on each track that lost clips, every
 * remaining clip moves left by the empty time (time no remaining clip covers) the deleted clips
 * left before its start. Other tracks do not move.
 * Example: A 0–2, B 2–4, C 4–6 on one track; ripple-deleting B → A 0–2, C 2–4.
 */
export function rippleDelete(doc: EditorDoc, { refs }: { refs: readonly ClipRef[] }): EditorDoc {
  let next = doc;
  for (const [trackIndex, indices] of groupByTrack(refs)) {
    const track = next.tracks[trackIndex];
    if (!track) continue;
    const gone = new Set(indices.filter((i) => track.clips[i] !== undefined));
    if (gone.size === 0) continue;
    const kept = track.clips.filter((_, i) => !gone.has(i));
    const removedSpans = union(track.clips.filter((_, i) => gone.has(i)).map((c): Span => [c.start, c.start + c.duration]));
    const keptSpans = union(kept.map((c): Span => [c.start, c.start + c.duration]));
    const gaps = subtract(removedSpans, keptSpans);
    const clips = kept.map((clip) => {
      let shift = 0;
      for (const [a, b] of gaps) if (b <= clip.start + 1e-9) shift += b - a;
      if (shift <= 0) return clip;
      return { ...clip, start: cleanSeconds(Math.max(0, clip.start - shift)) };
    });
    next = replaceTrack(next, trackIndex, { ...track, clips });
  }
  return next;
}
