import type { Meta } from '../../video';
import { mediaClipFor, naturalDuration, type MediaSource } from '../media-clip';
import { quantize } from '../time';
import { freeTrackFor } from '../track-space';
import type { ClipRef, EditorDoc } from '../types';
import { addClip } from './add-clip';
import { addTrack } from './add-track';
import { addModelAsset, modelAssetId } from './add-model-asset';
import { modelClip } from '../clip-type-presets';

export interface AddMediaClipArgs {
  media: MediaSource;
  /** Timeline time of the clip's start, seconds (put on the frame grid, ≥ 0). */
  start: number;
  /** The track the user aimed at (under the pointer, or the selected one). */
  trackIndex: number;
}

/** Where `addMediaClip(doc, args)` puts the clip, computed on the document before the edit. */
export function mediaClipPlacement(doc: EditorDoc, { media, start, trackIndex }: AddMediaClipArgs): ClipRef & { start: number; duration: number } {
  const at = quantize(Math.max(0, start), doc.meta.fps);
  const duration = naturalDuration(media, doc.meta.fps);
  const track = freeTrackFor(doc, { trackIndex, start: at, duration });
  return { trackIndex: track, clipIndex: doc.tracks[track]?.clips.length ?? 0, start: at, duration };
}

/**
 * Puts a library file on the timeline as a clip (see `mediaClipFor`: natural duration, fitted to
 * the canvas) at `start` on `trackIndex`, or, when that spot is taken, on the nearest free track or
 * a new one on top, so it never hides under or covers another clip of its track.
 * Example: a 4 s video dropped at 2.01 s on a free track 0 at 30 fps → track 0, start 2, duration 4.
 * A GLB model becomes a `three` clip whose model is `{ "$ref" }` into `assets.models`, declared here too.
 */
export function addMediaClip(doc: EditorDoc, args: AddMediaClipArgs): EditorDoc {
  const place = mediaClipPlacement(doc, args);
  let withAsset = doc;
  let clip = mediaClipFor(args.media, doc.meta as Meta, place.start);
  if (args.media.type === 'model') {
    const id = modelAssetId(doc, args.media.url);
    withAsset = addModelAsset(doc, { id, src: args.media.url });
    clip = modelClip({ $ref: id }, { meta: doc.meta as Meta, start: place.start, duration: place.duration });
  }
  if (!clip) return doc;
  const withTrack = place.trackIndex >= withAsset.tracks.length ? addTrack(withAsset) : withAsset;
  return addClip(withTrack, { trackIndex: place.trackIndex, clip });
}
