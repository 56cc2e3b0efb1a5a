import { clampGroupMove, existingRefs, moveClips, movedClipRefs } from '../commands/move-clips';
import { isTrackLocked } from '../selection';
import type { EditorStore } from '../store';
import { selectPlayheadSeconds } from '../store';
import { quantize } from '../time';
import type { ClipRef } from '../types';
import { createGesture } from './gesture';
import { createSnapper } from './snapper';
import type { TimelinePoint, TimelineTool } from './types';

export interface MoveToolOptions {
  store: EditorStore;
  /** The clip under the pointer; the whole selection moves with it. */
  ref: ClipRef;
  origin: TimelinePoint;
  isSnapping: boolean;
  /** Snap distance in pixels (divided by the zoom). */
  snapPx?: number;
}

/**
 * Dragging the selected clips in time and across tracks, as one undo step. The clip under the
 * pointer follows it on the frame grid; the others keep their offsets to it. Any edge of the group
 * snaps to 0, the playhead and the other clips' edges. The group never goes before 0 nor off the
 * track list, and never onto a locked track (it stays on the last allowed tracks).
 */
export function createMoveTool({ store, ref, origin, isSnapping, snapPx = 8 }: MoveToolOptions): TimelineTool {
  const state = store.getState();
  const base = state.doc;
  const fps = base.meta.fps;
  const refs = existingRefs(base, state.selectedRefs.length > 0 ? state.selectedRefs : [ref]);
  if (!refs.some((r) => r.trackIndex === ref.trackIndex && r.clipIndex === ref.clipIndex)) refs.push(ref);
  const anchor = base.tracks[ref.trackIndex]?.clips[ref.clipIndex];
  const clips = refs.map((r) => base.tracks[r.trackIndex]!.clips[r.clipIndex]!);
  const excluded = new Set(clips);
  const targets: number[] = [0, selectPlayheadSeconds(state)];
  for (const track of base.tracks) for (const clip of track.clips) if (!excluded.has(clip)) targets.push(clip.start, Number((clip.start + clip.duration).toFixed(6)));
  const snapper = createSnapper(isSnapping ? targets : []);
  const primary = state.selection ?? ref;
  const edges = new Array<number>(clips.length * 2);
  let trackDelta = 0;
  const gesture = createGesture(store);
  let snapTime: number | null = null;

  const canLand = (dTrack: number) => refs.every((r) => !isTrackLocked(base, r.trackIndex + dTrack));

  return {
    get snapTime() {
      return snapTime;
    },
    move(point, modifiers = {}) {
      if (!anchor) return;
      const { zoom } = store.getState();
      let start = anchor.start + (point.time - origin.time);
      snapTime = null;
      if (isSnapping && !modifiers.altKey) {
        const offset = start - anchor.start;
        clips.forEach((c, i) => {
          edges[2 * i] = c.start + offset;
          edges[2 * i + 1] = c.start + c.duration + offset;
        });
        const snap = snapper.find(edges, snapPx / Math.max(1e-6, zoom));
        if (snap) {
          start += snap.delta;
          snapTime = snap.target;
        }
      }
      if (snapTime === null) start = quantize(start, fps);
      const wantedTrackDelta = point.trackIndex === null ? trackDelta : point.trackIndex - ref.trackIndex;
      if (canLand(wantedTrackDelta)) trackDelta = wantedTrackDelta;
      const clamped = clampGroupMove(base, { refs, delta: start - anchor.start, trackDelta });
      if (!canLand(clamped.trackDelta)) clamped.trackDelta = 0;
      if (clamped.delta !== start - anchor.start) snapTime = null;
      const args = { refs, ...clamped };
      const landed = movedClipRefs(base, args);
      const primaryAt = refs.findIndex((r) => r.trackIndex === primary.trackIndex && r.clipIndex === primary.clipIndex);
      gesture.preview((doc) => moveClips(doc, args), landed[primaryAt] ?? landed[landed.length - 1] ?? null, landed);
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
