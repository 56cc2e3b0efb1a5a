import { mediaClipPlacement } from './commands/add-media-clip';
import type { MediaSource } from './media-clip';
import { naturalDuration } from './media-clip';
import { findSnap, snapTargets } from './snap';
import type { EditorStore } from './store';
import { selectPlayheadSeconds } from './store';
import type { ClipRef } from './types';

/** Where the pointer is over the timeline: a time on the lanes and the track under it. */
export interface TimelineHit {
  /** Seconds under the pointer (may be < 0 left of the lanes). */
  time: number;
  trackIndex: number;
  /** Pixels per second, for the snap distance. */
  zoom: number;
}

export interface MediaDragOptions {
  store: EditorStore;
  media: MediaSource;
  /** What the drop ghost says (the file name). */
  label: string;
  /** Snap distance in pixels. */
  snapPx?: number;
}

export interface MediaDrag {
  /** The pointer moved: over the timeline (`hit`) or elsewhere (null). `isSnapping` false = Alt held / snapping off. */
  move(hit: TimelineHit | null, isSnapping: boolean): void;
  /** Pointer up: adds the clip where the ghost was (one undo step) and returns it, or null off the timeline. */
  drop(): ClipRef | null;
  cancel(): void;
}

/**
 * Dragging a library file onto the timeline, as a plain object (the hook only feeds it pointer
 * positions): while moving, the store's `mediaDrop` shows where the clip would land — its start
 * snapped to the frame grid, or to clip edges, 0 and the playhead within `snapPx`; its track the
 * one under the pointer, or a free / new one when that spot is taken. The document does not change
 * until the drop, which is a single `addMediaClip`.
 */
export function createMediaDrag({ store, media, label, snapPx = 8 }: MediaDragOptions): MediaDrag {
  const initial = store.getState();
  const targets = snapTargets(initial.doc, { playhead: selectPlayheadSeconds(initial) });
  const duration = naturalDuration(media, initial.doc.meta.fps);
  let target: { start: number; trackIndex: number } | null = null;

  const clear = () => {
    target = null;
    store.getState().actions.setMediaDrop(null);
  };

  return {
    move(hit, isSnapping) {
      if (!hit) return clear();
      const { doc, actions } = store.getState();
      let start = Math.max(0, hit.time);
      if (isSnapping) {
        const snap = findSnap([start, start + duration], targets, snapPx / Math.max(1e-6, hit.zoom));
        if (snap) start = Math.max(0, start + snap.delta);
      }
      const place = mediaClipPlacement(doc, { media, start, trackIndex: hit.trackIndex });
      target = { start: place.start, trackIndex: hit.trackIndex };
      actions.setMediaDrop({
        trackIndex: place.trackIndex,
        isNewTrack: place.trackIndex >= doc.tracks.length,
        start: place.start,
        duration: place.duration,
        label,
      });
    },
    drop() {
      const wanted = target;
      clear();
      if (!wanted) return null;
      return store.getState().actions.addMediaClip({ media, start: wanted.start, trackIndex: wanted.trackIndex });
    },
    cancel: clear,
  };
}
