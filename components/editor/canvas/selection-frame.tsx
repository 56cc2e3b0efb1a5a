'use client';

import { frameCorners, handlePositions, type ClipFrame, type Guide, type Handle } from '@/lib/editor';

const cursors: Record<Handle, string> = {
  nw: 'nwse-resize',
  se: 'nwse-resize',
  ne: 'nesw-resize',
  sw: 'nesw-resize',
  n: 'ns-resize',
  s: 'ns-resize',
  e: 'ew-resize',
  w: 'ew-resize',
  rotate: 'grab',
};

/** The CSS cursor over a handle (resize cursors are not rotated with the box; close enough for 8 handles). */
export const handleCursor = (handle: Handle) => cursors[handle];

/**
 * The selected clip's outline, its resize handles and the rotation handle, drawn in screen pixels
 * (`scale` = screen px per canvas px). Purely visual: the overlay hit-tests the handles itself
 * (lib/editor/canvas), the elements only carry `data-handle` for tests and screen readers' sake.
 */
export function SelectionFrame({ frame, scale, isText }: { frame: ClipFrame; scale: number; isText: boolean }) {
  const corners = frameCorners(frame).map((p) => `${p.x * scale},${p.y * scale}`).join(' ');
  const handles = handlePositions(frame, scale, isText);
  const top = frameCorners(frame);
  const topMiddle = { x: ((top[0].x + top[1].x) / 2) * scale, y: ((top[0].y + top[1].y) / 2) * scale };
  const rotate = handles.find((h) => h.handle === 'rotate')?.point;
  return (
    <>
      <svg className="pointer-events-none absolute inset-0 h-full w-full overflow-visible" aria-hidden>
        <polygon data-testid="selection-outline" points={corners} fill="none" stroke="#818cf8" strokeWidth={1.5} />
        {rotate ? <line x1={topMiddle.x} y1={topMiddle.y} x2={rotate.x * scale} y2={rotate.y * scale} stroke="#818cf8" strokeWidth={1} /> : null}
      </svg>
      {handles.map(({ handle, point }) => (
        <div
          key={handle}
          data-handle={handle}
          className={
            handle === 'rotate'
              ? 'pointer-events-none absolute h-3 w-3 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-indigo-400 bg-white shadow'
              : 'pointer-events-none absolute h-2.5 w-2.5 -translate-x-1/2 -translate-y-1/2 rounded-[2px] border border-indigo-500 bg-white shadow'
          }
          style={{ left: point.x * scale, top: point.y * scale }}
        />
      ))}
    </>
  );
}

/** Snapping guides: full-length lines across the canvas while a move snaps. */
export function SnapGuides({ guides, scale }: { guides: readonly Guide[]; scale: number }) {
  return (
    <>
      {guides.map((g) => (
        <div
          key={`${g.axis}:${g.at}`}
          data-testid="snap-guide"
          data-axis={g.axis}
          className="pointer-events-none absolute bg-pink-500"
          style={g.axis === 'x' ? { left: g.at * scale - 0.5, top: 0, bottom: 0, width: 1 } : { top: g.at * scale - 0.5, left: 0, right: 0, height: 1 }}
        />
      ))}
    </>
  );
}
