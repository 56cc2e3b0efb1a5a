import { effectiveDuration, paintOrder, type Clip, type PlacedClip } from '../../video';
import type { ClipRef, EditorDoc } from '../types';
import { replaceClip } from './shared';

export interface ReorderClipArgs {
  ref: ClipRef;
  /** `forward`: drawn above the next clip it overlaps; `backward`: below the previous one. */
  direction: 'forward' | 'backward';
}

const overlaps = (a: Clip, b: Clip) =>
  a.start < b.start + effectiveDuration(b) && b.start < a.start + effectiveDuration(a);

/**
 * Bring forward / send back, within the v2 rules: paint order is zIndex, then start, then document
 * order (§4), so the only thing to change is this clip's `zIndex`. Only clips on screen at the same
 * time as this one count (passing a clip you never see together with changes nothing visible).
 * The new zIndex is the neighbour's own value when the tie-break already puts this clip on the right
 * side, else one more (or less), else halfway to the next clip's, so no third clip is jumped over.
 * Unchanged when there is nothing to pass, or for audio (nothing to draw).
 */
export function reorderClip(doc: EditorDoc, { ref, direction }: ReorderClipArgs): EditorDoc {
  const clip = doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  if (!clip || clip.type === 'audio') return doc;
  const isSelf = (p: PlacedClip) => p.trackIndex === ref.trackIndex && p.clipIndex === ref.clipIndex;
  const stack = (d: EditorDoc) => paintOrder(d).filter((p) => isSelf(p) || (p.clip.type !== 'audio' && overlaps(p.clip, clip)));

  const order = stack(doc);
  const at = order.findIndex(isSelf);
  const step = direction === 'forward' ? 1 : -1;
  const neighbour = order[at + step];
  if (!neighbour) return doc;
  const beyond = order[at + 2 * step];
  const z = neighbour.clip.zIndex ?? 0;
  const candidates = [z, z + step, ...(beyond ? [(z + (beyond.clip.zIndex ?? 0)) / 2] : [])];
  for (const zIndex of candidates) {
    const next = replaceClip(doc, ref, { ...clip, zIndex });
    const reordered = stack(next);
    const i = reordered.findIndex(isSelf);
    const passed = reordered[i - step];
    if (passed && passed.trackIndex === neighbour.trackIndex && passed.clipIndex === neighbour.clipIndex) return next;
  }
  return doc;
}
