'use client';

import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import {
  createElementAutoScroller,
  createMoveTool,
  createTrimTool,
  getClip,
  perAnimationFrame,
  pressClip,
  startPointerSession,
  type ClientRect,
  type ClipRef,
  type EditorStore,
  type TimelinePoint,
  type TimelineTool,
} from '@/lib/editor';
import type { Clip } from '@/lib/video';
import { DRAG_THRESHOLD_PX, SNAP_PX } from './constants';

export type DragMode = 'move' | 'trim-start' | 'trim-end';

export interface ClipDragOptions {
  store: EditorStore;
  /** A stable element that receives pointer capture for the whole drag (clip boxes re-mount when they change track). */
  captureRef: RefObject<HTMLElement | null>;
  /** The time and track under a viewport point. */
  pointAt: (clientX: number, clientY: number) => TimelinePoint;
  isSnapping: boolean;
  /** Shows/hides the snap guide at a time in seconds. */
  onSnapLine: (time: number | null) => void;
  /** Length of a clip's video/audio source in seconds, when known (trims stop at the source's ends). */
  sourceDurationOf: (clip: Clip) => number | null;
  /** The clip whose edge is being dragged (to show its trimmed-away source faintly), or null. */
  onTrimming: (ref: ClipRef | null) => void;
  /** The lanes' visible part in client px: a drag past its edges scrolls the timeline (`captureRef`). */
  lanesRect: () => ClientRect | null;
}

/**
 * Wires pointer events on clip boxes to the timeline tools of lib/editor: the press picks the
 * selection (`pressClip`: plain, Shift range, Ctrl/⌘ toggle), a drag past the threshold moves the
 * selection (one preview per animation frame) (`createMoveTool`) or trims an edge (`createTrimTool`), release commits, Escape or a lost
 * pointer cancels (`startPointerSession`). No editing logic here.
 */
export function useClipDrag({ store, captureRef, pointAt, isSnapping, onSnapLine, sourceDurationOf, onTrimming, lanesRect }: ClipDragOptions) {
  const latest = useRef({ pointAt, isSnapping, onSnapLine, sourceDurationOf, onTrimming, lanesRect });
  useEffect(() => {
    latest.current = { pointAt, isSnapping, onSnapLine, sourceDurationOf, onTrimming, lanesRect };
  }, [pointAt, isSnapping, onSnapLine, sourceDurationOf, onTrimming, lanesRect]);
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
      const isTrim = mode !== 'move' && !event.shiftKey && !event.ctrlKey && !event.metaKey;
      const press = pressClip(store, ref, { shiftKey: event.shiftKey, modKey: event.ctrlKey || event.metaKey });
      const clip = getClip(store.getState().doc, ref);
      if (!press.canDrag || !clip) return;

      const pointerId = event.pointerId;
      const origin = latest.current.pointAt(event.clientX, event.clientY);
      const capture = captureRef.current;
      try {
        capture?.setPointerCapture(pointerId);
      } catch {
        // Capture is a nicety (keeps events coming outside the window); window listeners still work.
      }
      let tool: TimelineTool | null = null;
      let last = { x: event.clientX, y: event.clientY, altKey: event.altKey };
      const moveTo = () => {
        tool?.move(latest.current.pointAt(last.x, last.y), { altKey: last.altKey });
        latest.current.onSnapLine(tool?.snapTime ?? null);
      };
      // Held past the lanes' edge, the timeline scrolls and the clip (or trimmed edge) travels with it.
      const autoScroll = createElementAutoScroller({
        element: () => capture,
        viewport: () => latest.current.lanesRect(),
        onScroll: moveTo,
      });
      const { abort } = startPointerSession({
        target: window,
        pointerId,
        originX: event.clientX,
        originY: event.clientY,
        thresholdPx: DRAG_THRESHOLD_PX,
        // One preview per animation frame, however often the pointer reports.
        schedule: perAnimationFrame,
        onDragStart: () => {
          const { isSnapping: snapping, sourceDurationOf: sourceOf, onTrimming: trimming } = latest.current;
          if (isTrim) {
            const edge = mode === 'trim-start' ? 'start' : 'end';
            tool = createTrimTool({ store, ref, edge, origin, isSnapping: snapping, sourceDuration: sourceOf(clip), snapPx: SNAP_PX });
            trimming(ref);
          } else {
            tool = createMoveTool({ store, ref, origin, isSnapping: snapping, snapPx: SNAP_PX });
          }
        },
        onMove: (e) => {
          last = { x: e.clientX, y: e.clientY, altKey: e.altKey };
          moveTo();
          autoScroll.update(last);
        },
        onEnd: (outcome) => {
          abortRef.current = null;
          autoScroll.stop();
          if (outcome === 'click') press.click();
          else if (outcome === 'commit') tool?.commit();
          else tool?.cancel();
          latest.current.onSnapLine(null);
          latest.current.onTrimming(null);
          try {
            if (capture?.hasPointerCapture(pointerId)) capture.releasePointerCapture(pointerId);
          } catch {
            // Already released.
          }
        },
      });
      abortRef.current = abort;
    },
    [store, captureRef],
  );
}
