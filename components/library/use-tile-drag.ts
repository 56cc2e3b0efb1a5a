'use client';

import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { createMediaDrag, startPointerSession, type LibraryFile } from '@/lib/editor';
import { useEditorContext } from '@/components/editor/editor-context';

/** Pointer travel before a press on a tile becomes a drag (a click or double-click stays a click). */
const DRAG_THRESHOLD_PX = 4;

export interface TileDragGhost {
  x: number;
  y: number;
  file: LibraryFile;
}

/**
 * Drag a library tile onto the timeline with the pointer: the hook only translates DOM events
 * (pointer position → the timeline's hit test) into the `createMediaDrag` interaction from
 * lib/editor, through the same pointer session as the timeline's own drags (threshold, release,
 * Escape cancels), and shows a small ghost under the pointer. Alt bypasses snapping.
 */
export function useTileDrag(onGhost: (ghost: TileDragGhost | null) => void) {
  const { store, timelineHitRef } = useEditorContext();
  const abortRef = useRef<(() => void) | null>(null);
  useEffect(() => () => abortRef.current?.(), []);

  return useCallback(
    (event: ReactPointerEvent, file: LibraryFile) => {
      if (event.button !== 0 || file.type === 'font' || file.status === 'failed') return;
      abortRef.current?.();
      let drag: ReturnType<typeof createMediaDrag> | null = null;
      const { abort } = startPointerSession({
        target: window,
        pointerId: event.pointerId,
        originX: event.clientX,
        originY: event.clientY,
        thresholdPx: DRAG_THRESHOLD_PX,
        onDragStart: () => {
          drag = createMediaDrag({ store, media: file, label: file.name });
          document.body.style.cursor = 'grabbing';
        },
        onMove: (e) => {
          onGhost({ x: e.clientX, y: e.clientY, file });
          drag?.move(timelineHitRef.current?.(e.clientX, e.clientY) ?? null, !e.altKey);
        },
        onEnd: (outcome) => {
          abortRef.current = null;
          document.body.style.cursor = '';
          onGhost(null);
          if (outcome === 'commit') drag?.drop();
          else drag?.cancel();
        },
      });
      abortRef.current = abort;
    },
    [store, timelineHitRef, onGhost],
  );
}
