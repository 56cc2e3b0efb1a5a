import { isTrackFree } from '../track-space';
import type { ClipRef, EditorDoc } from '../types';
import { addClip } from './add-clip';
import { addTrack } from './add-track';
import { moveTrack } from './move-track';
import { removeClip } from './remove-clip';

export interface ShiftClipLayerArgs {
  ref: ClipRef;
  /** +1 brings the clip forward (drawn above), −1 sends it back. */
  direction: 1 | -1;
}

type Plan =
  | { kind: 'to-track'; trackIndex: number }
  | { kind: 'swap-tracks'; trackIndex: number }
  | { kind: 'new-track'; trackIndex: number };

function plan(doc: EditorDoc, { ref, direction }: ShiftClipLayerArgs): Plan | null {
  const track = doc.tracks[ref.trackIndex];
  const clip = track?.clips[ref.clipIndex];
  if (!track || !clip) return null;
  const neighbour = ref.trackIndex + direction;
  const isAlone = track.clips.length === 1;
  if (doc.tracks[neighbour]) {
    if (isTrackFree(doc, neighbour, clip.start, clip.duration)) return { kind: 'to-track', trackIndex: neighbour };
    if (isAlone) return { kind: 'swap-tracks', trackIndex: neighbour };
  } else if (isAlone) {
    return null; // alone on the top (bottom) track: already in front (behind) of everything
  }
  return { kind: 'new-track', trackIndex: direction === 1 ? ref.trackIndex + 1 : ref.trackIndex };
}

/**
 * Bring forward / send back under the editor's layering rule (track order = paint order, see
 * `layerByTrack`): the clip moves to the neighbouring track when it is free over the clip's time;
 * a clip alone on its track swaps tracks with the neighbour; otherwise it gets a new track right
 * above (below) its own. At the top (bottom) already → the same document.
 */
export function shiftClipLayer(doc: EditorDoc, args: ShiftClipLayerArgs): EditorDoc {
  const p = plan(doc, args);
  const clip = doc.tracks[args.ref.trackIndex]?.clips[args.ref.clipIndex];
  if (!p || !clip) return doc;
  if (p.kind === 'swap-tracks') return moveTrack(doc, { from: args.ref.trackIndex, to: p.trackIndex });
  const without = removeClip(doc, { ref: args.ref });
  if (p.kind === 'to-track') return addClip(without, { trackIndex: p.trackIndex, clip });
  return addTrack(without, { index: p.trackIndex, track: { clips: [clip] } });
}

/** The clip's ref after `shiftClipLayer(doc, args)` (computed on the document before it), or null when it does not move. */
export function shiftedClipRef(doc: EditorDoc, args: ShiftClipLayerArgs): ClipRef | null {
  const p = plan(doc, args);
  if (!p) return null;
  if (p.kind === 'to-track') return { trackIndex: p.trackIndex, clipIndex: doc.tracks[p.trackIndex]?.clips.length ?? 0 };
  return { trackIndex: p.trackIndex, clipIndex: 0 };
}
