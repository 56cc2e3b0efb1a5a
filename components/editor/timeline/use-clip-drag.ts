'use client';

import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import {
  findSnap,
  getClip,
  moveClip,
  movedClipRef,
  quantize,
  selectPlayheadSeconds,
  snapTargets,
  trimClip,
  type ClipRef,
  type EditorStore,
} from '@/lib/editor';
import type { Clip } from '@/lib/video';
import { DRAG_THRESHOLD_PX, SNAP_PX } from './constants';

export type DragMode = 'move' | 'trim-start' | 'trim-end';

export interface ClipDragOptions {
  store: EditorStore;
  /** A stable element that receives pointer capture for the whole drag (clip boxes re-mount when they change track). */
  captureRef: RefObject<HTMLElement | null>;
  /** Track index under a viewport y coordinate (clamped), or null if unknown. */
  trackIndexAt: (clientY: number) => number | null;
  isSnapping: boolean;
  /** Shows/hides the snap guide at a time in seconds. */
  onSnapLine: (time: number | null) => void;
  /** Length of a clip's video/audio source in seconds, when known (trims stop at the source's ends). */
  sourceDurationOf: (clip: Clip) => number | null;
  /** The clip whose edge is being dragged (to show its trimmed-away source faintly), or null. */
  onTrimming: (ref: ClipRef | null) => void;
}

/**
 * Pointer handling for clip boxes: press selects; dragging the body moves in time and across
 * tracks; dragging an edge trims. The whole drag is one undo step (begin at the first movement past
 * the threshold, preview on every move, commit on release); Escape or a cancelled pointer restores
 * the document from pointer-down. Alt disables snapping while held.
 */
export function useClipDrag({ store, captureRef, trackIndexAt, isSnapping, onSnapLine, sourceDurationOf, onTrimming }: ClipDragOptions) {
  const latest = useRef({ trackIndexAt, isSnapping, onSnapLine, sourceDurationOf, onTrimming });
  useEffect(() => {
    latest.current = { trackIndexAt, isSnapping, onSnapLine, sourceDurationOf, onTrimming };
  }, [trackIndexAt, isSnapping, onSnapLine, sourceDurationOf, onTrimming]);
  const cleanupRef = useRef<(() => void) | null>(null);
  /** Ends the drag in progress without committing (used on unmount). */
  const abortRef = useRef<(() => void) | null>(null);

  useEffect(() => {
    const abort = abortRef;
    return () => abort.current?.();
  }, []);

  return useCallback(
    (event: ReactPointerEvent, ref: ClipRef, mode: DragMode) => {
      if (event.button !== 0) return;
      event.stopPropagation();
      abortRef.current?.();
      const state = store.getState();
      const clip = getClip(state.doc, ref);
      if (!clip) return;
      state.actions.select(ref);

      const base = state.doc;
      const fps = base.meta.fps;
      const targets = snapTargets(base, { exclude: ref, playhead: selectPlayheadSeconds(state) });
      const pointerId = event.pointerId;
      const originX = event.clientX;
      const originY = event.clientY;
      const capture = captureRef.current;
      try {
        capture?.setPointerCapture(pointerId);
      } catch {
        // Capture is a nicety (keeps events coming outside the window); window listeners still work.
      }
      let isDragging = false;
      const sourceDuration = latest.current.sourceDurationOf(clip);

      const onMove = (e: PointerEvent) => {
        if (e.pointerId !== pointerId) return;
        const dx = e.clientX - originX;
        const dy = e.clientY - originY;
        const { actions, zoom } = store.getState();
        if (!isDragging) {
          if (Math.abs(dx) < DRAG_THRESHOLD_PX && Math.abs(dy) < DRAG_THRESHOLD_PX) return;
          isDragging = true;
          actions.beginGesture();
          if (mode !== 'move') latest.current.onTrimming(ref);
        }
        const dt = dx / zoom;
        const threshold = SNAP_PX / zoom;
        const shouldSnap = latest.current.isSnapping && !e.altKey;

        if (mode === 'move') {
          let start = clip.start + dt;
          let snapTime: number | null = null;
          if (shouldSnap) {
            const snap = findSnap([start, start + clip.duration], targets, threshold);
            if (snap) {
              start += snap.delta;
              snapTime = snap.target;
            }
          }
          start = Math.max(0, snapTime === null ? quantize(start, fps) : Number(start.toFixed(6)));
          const trackIndex = latest.current.trackIndexAt(e.clientY) ?? ref.trackIndex;
          const args = { ref, start, trackIndex };
          actions.previewGesture((doc) => moveClip(doc, args), movedClipRef(base, args));
          latest.current.onSnapLine(snapTime);
          return;
        }

        const edge = mode === 'trim-start' ? 'start' : 'end';
        let time = (edge === 'start' ? clip.start : clip.start + clip.duration) + dt;
        let snapTime: number | null = null;
        if (shouldSnap) {
          const snap = findSnap([time], targets, threshold);
          if (snap) {
            time = snap.target;
            snapTime = snap.target;
          }
        }
        if (snapTime === null) time = quantize(time, fps);
        actions.previewGesture((doc) => trimClip(doc, { ref, edge, time, sourceDuration }));
        latest.current.onSnapLine(snapTime);
      };

      const finish = (shouldCommit: boolean) => {
        abortRef.current = null;
        cleanupRef.current?.();
        if (!isDragging) return;
        const { actions } = store.getState();
        if (shouldCommit) actions.commitGesture();
        else actions.cancelGesture();
      };
      const onUp = (e: PointerEvent) => {
        if (e.pointerId === pointerId) finish(true);
      };
      const onCancel = (e: PointerEvent) => {
        if (e.pointerId === pointerId) finish(false);
      };
      const onKeyDown = (e: KeyboardEvent) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          finish(false);
        }
      };

      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
      window.addEventListener('keydown', onKeyDown, true);
      abortRef.current = () => finish(false);
      cleanupRef.current = () => {
        cleanupRef.current = null;
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        window.removeEventListener('pointercancel', onCancel);
        window.removeEventListener('keydown', onKeyDown, true);
        latest.current.onSnapLine(null);
        latest.current.onTrimming(null);
        try {
          if (capture?.hasPointerCapture(pointerId)) capture.releasePointerCapture(pointerId);
        } catch {
          // Already released.
        }
      };
    },
    [store, captureRef],
  );
}
