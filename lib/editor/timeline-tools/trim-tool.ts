import { trimClip } from '../commands/trim-clip';
import { snapTargets } from '../snap';
import type { EditorStore } from '../store';
import { selectPlayheadSeconds } from '../store';
import { quantize } from '../time';
import type { ClipRef } from '../types';
import { createGesture } from './gesture';
import { createSnapper } from './snapper';
import type { TimelinePoint, TimelineTool } from './types';

export interface TrimToolOptions {
  store: EditorStore;
  ref: ClipRef;
  edge: 'start' | 'end';
  origin: TimelinePoint;
  isSnapping: boolean;
  /** Length of the clip's media in seconds, when known: the trim stops at the source's ends. */
  sourceDuration?: number | null;
  snapPx?: number;
}

/**
 * Dragging one edge of a clip (one undo step): the edge follows the pointer on the frame grid or
 * snaps to 0, the playhead and other clips' edges; `trimClip` keeps one frame and the source bounds.
 */
export function createTrimTool({ store, ref, edge, origin, isSnapping, sourceDuration, snapPx = 8 }: TrimToolOptions): TimelineTool {
  const state = store.getState();
  const clip = state.doc.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  const fps = state.doc.meta.fps;
  const snapper = createSnapper(isSnapping ? snapTargets(state.doc, { exclude: ref, playhead: selectPlayheadSeconds(state) }) : []);
  const gesture = createGesture(store);
  let snapTime: number | null = null;
  return {
    get snapTime() {
      return snapTime;
    },
    move(point, modifiers = {}) {
      if (!clip) return;
      const { zoom } = store.getState();
      let time = (edge === 'start' ? clip.start : clip.start + clip.duration) + (point.time - origin.time);
      snapTime = null;
      const snap = isSnapping && !modifiers.altKey ? snapper.find([time], snapPx / Math.max(1e-6, zoom)) : null;
      if (snap) {
        time = snap.target;
        snapTime = snap.target;
      } else time = quantize(time, fps);
      gesture.preview((doc) => trimClip(doc, { ref, edge, time, sourceDuration }));
    },
    commit() {
      snapTime = null;
      gesture.commit();
    },
    cancel() {
      snapTime = null;
      gesture.cancel();
    },
  };
}
