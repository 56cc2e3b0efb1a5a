'use client';

import { useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { formatRulerLabel, rulerTicks } from '@/lib/editor';
import { useEditor, useEditorContext } from '../editor-context';
import { RULER_HEIGHT } from './constants';

export interface TimelineRulerProps {
  zoom: number;
  width: number;
  /** Visible range in seconds, so only visible ticks are drawn. */
  visibleFrom: number;
  visibleTo: number;
}

/**
 * Seconds ruler. Pressing and dragging on it scrubs: the store playhead follows the pointer and the
 * preview follows the store, at most once per animation frame (a Player seek per pointer event
 * would queue seeks faster than the frames show them).
 */
export function TimelineRuler({ zoom, width, visibleFrom, visibleTo }: TimelineRulerProps) {
  const { store } = useEditorContext();
  const ticks = rulerTicks(zoom, Math.max(0, visibleFrom - 1), visibleTo + 1);
  const rulerRef = useRef<HTMLDivElement>(null);
  /** The latest pointer x not yet applied, and its animation frame. */
  const pendingX = useRef<number | null>(null);
  const frameId = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (frameId.current !== null) cancelAnimationFrame(frameId.current);
    },
    [],
  );

  const seekTo = (clientX: number) => {
    const element = rulerRef.current;
    if (!element) return;
    const { zoom: z, doc, actions } = store.getState();
    const seconds = Math.max(0, (clientX - element.getBoundingClientRect().left) / z);
    actions.setPlayheadFrame(Math.round(seconds * doc.meta.fps));
  };

  const seekNextFrame = (clientX: number) => {
    pendingX.current = clientX;
    frameId.current ??= requestAnimationFrame(flushSeek);
  };
  const flushSeek = () => {
    if (frameId.current !== null) cancelAnimationFrame(frameId.current);
    frameId.current = null;
    const x = pendingX.current;
    pendingX.current = null;
    if (x !== null) seekTo(x);
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    seekTo(event.clientX);
  };

  return (
    <div
      ref={rulerRef}
      data-testid="timeline-ruler"
      className="relative cursor-text touch-none overflow-hidden border-b border-zinc-800 bg-zinc-900"
      style={{ width, height: RULER_HEIGHT }}
      onPointerDown={onPointerDown}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) seekNextFrame(event.clientX);
      }}
      onPointerUp={(event) => {
        flushSeek();
        if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
      }}
    >
      {ticks.map((tick) => (
        <div
          key={tick.time}
          className={tick.isMajor ? 'absolute bottom-0 h-3 w-px bg-zinc-500' : 'absolute bottom-0 h-1.5 w-px bg-zinc-700'}
          style={{ left: tick.time * zoom }}
        >
          {tick.isMajor ? (
            <span className="absolute bottom-3 left-1 text-[10px] whitespace-nowrap text-zinc-400 tabular-nums select-none">
              {formatRulerLabel(tick.time)}
            </span>
          ) : null}
        </div>
      ))}
      <PlayheadHead zoom={zoom} />
    </div>
  );
}

/** The playhead's grip on the ruler (the line across the tracks is drawn by the timeline). */
function PlayheadHead({ zoom }: { zoom: number }) {
  const frame = useEditor((s) => s.playheadFrame);
  const fps = useEditor((s) => s.doc.meta.fps);
  const left = (frame / Math.max(1, fps)) * zoom;
  return (
    <div className="pointer-events-none absolute top-0 bottom-0" style={{ transform: `translateX(${left}px)` }}>
      <div className="absolute top-0 -left-[6px] h-3 w-[13px] rounded-b-sm bg-red-500 shadow" />
    </div>
  );
}
