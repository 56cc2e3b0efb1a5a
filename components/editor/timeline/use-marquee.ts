'use client';

import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { createElementAutoScroller, createMarqueeTool, perAnimationFrame, type ClientRect, startPointerSession, type EditorStore, type MarqueeTool, type TimelinePoint } from '@/lib/editor';
import { DRAG_THRESHOLD_PX } from './constants';

/** The rectangle being dragged, in the timeline content's pixels. */
export interface MarqueeRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Pointer-down on empty lane space: a click clears the selection (unless Shift/Ctrl/⌘ is held);
 * a drag draws a selection box (`createMarqueeTool` picks the clips). `toContent` maps a viewport
 * point to the content's pixels, for drawing the box.
 */
export function useMarquee({
  store,
  pointAt,
  toContent,
  onRect,
  scroller,
}: {
  store: EditorStore;
  pointAt: (clientX: number, clientY: number) => TimelinePoint;
  toContent: (clientX: number, clientY: number) => { x: number; y: number };
  onRect: (rect: MarqueeRect | null) => void;
  /** The scrolled element, and the lanes' visible part in client px (auto-scroll at its edges). */
  scroller: () => { element: HTMLElement; lanes: ClientRect } | null;
}) {
  const abortRef = useRef<(() => void) | null>(null);
  useEffect(() => () => abortRef.current?.(), []);

  return useCallback(
    (event: ReactPointerEvent) => {
      if (event.button !== 0) return;
      abortRef.current?.();
      const isAdditive = event.shiftKey || event.ctrlKey || event.metaKey;
      if (!isAdditive) store.getState().actions.select(null);
      const origin = pointAt(event.clientX, event.clientY);
      const start = toContent(event.clientX, event.clientY);
      let tool: MarqueeTool | null = null;
      let last = { x: event.clientX, y: event.clientY };
      const draw = () => {
        tool?.move(pointAt(last.x, last.y));
        const at = toContent(last.x, last.y);
        onRect({
          left: Math.min(start.x, at.x),
          top: Math.min(start.y, at.y),
          width: Math.abs(at.x - start.x),
          height: Math.abs(at.y - start.y),
        });
      };
      // Past the lanes' edge the view scrolls on by itself and the box follows (the pointer may rest).
      const autoScroll = createElementAutoScroller({
        element: () => scroller()?.element ?? null,
        viewport: () => scroller()?.lanes ?? null,
        onScroll: draw,
      });
      const { abort } = startPointerSession({
        target: window,
        pointerId: event.pointerId,
        originX: event.clientX,
        originY: event.clientY,
        thresholdPx: DRAG_THRESHOLD_PX,
        schedule: perAnimationFrame,
        onDragStart: () => {
          tool = createMarqueeTool({ store, origin, isAdditive });
        },
        onMove: (e) => {
          last = { x: e.clientX, y: e.clientY };
          draw();
          autoScroll.update(last);
        },
        onEnd: (outcome) => {
          abortRef.current = null;
          autoScroll.stop();
          if (outcome === 'cancel') tool?.cancel();
          else tool?.commit();
          onRect(null);
        },
      });
      abortRef.current = abort;
    },
    [store, pointAt, toContent, onRect, scroller],
  );
}
