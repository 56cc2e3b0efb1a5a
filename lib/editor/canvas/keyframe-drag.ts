import { clipFrameWindow } from '../../video';
import { getClip } from '../clip-ref';
import { clampKeyframeTime, retimeKeyframe } from '../commands';
import type { EditorStore } from '../store';
import type { ClipRef } from '../types';

/** Screen pixels a press on a diamond travels before it becomes a drag (less is a click). */
export const KEYFRAME_DRAG_THRESHOLD_PX = 3;

/** Distinct keyframe times of a clip (every property), sorted: one diamond each on the timeline. */
export function keyframeTimes(clip: { keyframes?: readonly { frames: readonly { time: number }[] }[] }): number[] {
  const times: number[] = [];
  for (const track of clip.keyframes ?? []) {
    for (const f of track.frames) if (!times.some((t) => Math.abs(t - f.time) < 1e-6)) times.push(f.time);
  }
  return times.sort((a, b) => a - b);
}

/**
 * Dragging a keyframe diamond on the timeline (x in screen pixels, `zoom` px per second): the
 * keyframes at that time move to the frame under the pointer, in one undo step. A press without a
 * drag is a click: the playhead goes to the keyframe, so its values can be edited on the canvas.
 */
export class KeyframeDrag {
  private isDragging = false;

  constructor(
    private readonly store: EditorStore,
    private readonly args: { ref: ClipRef; time: number; zoom: number; startX: number },
  ) {}

  move(x: number): void {
    const { ref, time, zoom, startX } = this.args;
    const { actions, doc } = this.store.getState();
    if (!this.isDragging) {
      if (Math.abs(x - startX) < KEYFRAME_DRAG_THRESHOLD_PX) return;
      this.isDragging = true;
      actions.beginGesture();
    }
    const fps = doc.meta.fps;
    const clip = getClip(doc, ref);
    if (!clip) return;
    const to = clampKeyframeTime(clip, Math.round((time + (x - startX) / zoom) * fps) / fps);
    actions.previewGesture((base) => retimeKeyframe(base, { ref, time, to }));
  }

  up(): void {
    const { actions, doc } = this.store.getState();
    if (this.isDragging) {
      actions.commitGesture();
      return;
    }
    const clip = getClip(doc, this.args.ref);
    if (!clip) return;
    actions.select(this.args.ref);
    actions.setPlayheadFrame(clipFrameWindow(clip, doc.meta.fps).from + Math.round(this.args.time * doc.meta.fps));
  }

  cancel(): void {
    if (this.isDragging) this.store.getState().actions.cancelGesture();
    this.isDragging = false;
  }
}
