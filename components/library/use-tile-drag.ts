'use client';

import { useCallback, useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { createMediaDrag, type LibraryFile } from '@/lib/editor';
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
 * lib/editor, and shows a small ghost under the pointer. Escape cancels; Alt bypasses snapping.
 */
export function useTileDrag(onGhost: (ghost: TileDragGhost | null) => void) {
  const { store, timelineHitRef } = useEditorContext();
  const abortRef = useRef<(() => void) | null>(null);
  useEffect(() => () => abortRef.current?.(), []);

  return useCallback(
    (event: ReactPointerEvent, file: LibraryFile) => {
      if (event.button !== 0 || file.type === 'font' || file.status === 'failed') return;
      abortRef.current?.();
      const originX = event.clientX;
      const originY = event.clientY;
      const pointerId = event.pointerId;
      let drag: ReturnType<typeof createMediaDrag> | null = null;

      const onMove = (e: PointerEvent) => {
        if (e.pointerId !== pointerId) return;
        if (!drag) {
          if (Math.abs(e.clientX - originX) < DRAG_THRESHOLD_PX && Math.abs(e.clientY - originY) < DRAG_THRESHOLD_PX) return;
          drag = createMediaDrag({ store, media: file, label: file.name });
          document.body.style.cursor = 'grabbing';
        }
        onGhost({ x: e.clientX, y: e.clientY, file });
        drag.move(timelineHitRef.current?.(e.clientX, e.clientY) ?? null, !e.altKey);
      };
      const finish = (shouldDrop: boolean) => {
        window.removeEventListener('pointermove', onMove);
        window.removeEventListener('pointerup', onUp);
        window.removeEventListener('pointercancel', onCancel);
        window.removeEventListener('keydown', onKey, true);
        abortRef.current = null;
        document.body.style.cursor = '';
        onGhost(null);
        if (!drag) return;
        if (shouldDrop) drag.drop();
        else drag.cancel();
      };
      const onUp = (e: PointerEvent) => {
        if (e.pointerId === pointerId) finish(true);
      };
      const onCancel = (e: PointerEvent) => {
        if (e.pointerId === pointerId) finish(false);
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        finish(false);
      };
      window.addEventListener('pointermove', onMove);
      window.addEventListener('pointerup', onUp);
      window.addEventListener('pointercancel', onCancel);
      window.addEventListener('keydown', onKey, true);
      abortRef.current = () => finish(false);
    },
    [store, timelineHitRef, onGhost],
  );
}
