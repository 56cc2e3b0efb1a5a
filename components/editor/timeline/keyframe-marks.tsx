'use client';

import { useEffect, useRef, type PointerEvent } from 'react';
import { KeyframeDrag, keyframeTimes } from '@/lib/editor';
import type { Clip } from '@/lib/video';
import { useEditorContext } from '../editor-context';

/**
 * A clip's keyframes as diamonds along its bottom edge (one per keyframe time, every property).
 * Drag a diamond to retime it (whole frames, one undo step); click it to put the playhead on it.
 * The press never reaches the clip, so it does not move the clip. Diamonds are keyed by position,
 * not time: the dragged one keeps its element (and pointer capture) while its time changes.
 */
export function KeyframeMarks({ clip, trackIndex, clipIndex, zoom }: { clip: Clip; trackIndex: number; clipIndex: number; zoom: number }) {
  const { store } = useEditorContext();
  const drag = useRef<KeyframeDrag | null>(null);
  useEffect(() => () => drag.current?.cancel(), []);
  const times = keyframeTimes(clip);
  if (times.length === 0) return null;

  const onPointerDown = (event: PointerEvent<HTMLButtonElement>, time: number) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = new KeyframeDrag(store, { ref: { trackIndex, clipIndex }, time, zoom, startX: event.clientX });
  };
  const end = (event: PointerEvent<HTMLButtonElement>, commit: boolean) => {
    const d = drag.current;
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    if (commit) d?.up();
    else d?.cancel();
  };

  return (
    <>
      {times.map((time, index) => (
        <button
          key={index}
          type="button"
          data-testid="keyframe-mark"
          data-time={time}
          aria-label={`Keyframe at ${time.toFixed(2)} s`}
          title={`Keyframe at ${time.toFixed(2)} s — drag to retime`}
          className="absolute bottom-0.5 z-20 h-2.5 w-2.5 -translate-x-1/2 rotate-45 cursor-ew-resize rounded-[1px] border border-zinc-900 bg-amber-300 hover:bg-amber-100"
          style={{ left: time * zoom }}
          onPointerDown={(event) => onPointerDown(event, time)}
          onPointerMove={(event) => drag.current?.move(event.clientX)}
          onPointerUp={(event) => end(event, true)}
          onPointerCancel={(event) => end(event, false)}
        />
      ))}
    </>
  );
}
