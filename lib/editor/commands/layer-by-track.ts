import { paintOrder, type Clip } from '../../video';
import type { EditorDoc } from '../types';

/**
 * The editor's layering rule: the track a clip is on decides what is drawn on top, as in every
 * editor. v2 paints by (zIndex, start, document order) and ignores tracks (§4), so the editor writes
 * `zIndex = trackIndex` on every top-level clip (omitted on track 0, where it is the default 0):
 * a later track (shown higher on the timeline) is drawn above an earlier one, and reordering
 * tracks reorders the picture. Unchanged clips and tracks keep their identity.
 */
export function layerByTrack(doc: EditorDoc): EditorDoc {
  let tracks: EditorDoc['tracks'] | null = null;
  doc.tracks.forEach((track, trackIndex) => {
    let clips: Clip[] | null = null;
    track.clips.forEach((clip, clipIndex) => {
      const current = clip.zIndex ?? 0;
      if (current === trackIndex && (trackIndex !== 0 || clip.zIndex === undefined || clip.zIndex === 0)) return;
      const next: Clip = { ...clip };
      if (trackIndex === 0) delete next.zIndex;
      else next.zIndex = trackIndex;
      clips ??= track.clips.slice();
      clips[clipIndex] = next;
    });
    if (clips) {
      tracks ??= doc.tracks.slice();
      tracks[trackIndex] = { ...track, clips };
    }
  });
  return tracks ? { ...doc, tracks } : doc;
}

/**
 * True when applying `layerByTrack` would not change the picture: the document's own paint order
 * already agrees with its track order. Documents made elsewhere with their own zIndex plan are
 * left alone by the editor (the store only layers documents for which this holds when opened).
 */
export function agreesWithTrackLayers(doc: EditorDoc): boolean {
  const before = paintOrder(doc);
  const after = paintOrder(layerByTrack(doc));
  return before.every((p, i) => p.trackIndex === after[i]?.trackIndex && p.clipIndex === after[i]?.clipIndex);
}
