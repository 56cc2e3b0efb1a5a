'use client';

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react';
import { CanvasTool, firstVisibleFrame, formatTimecode, frameContains, getClip, hitTest, VISIBLE_OPACITY, type ClipRef, type Point } from '@/lib/editor';
import { textDefaults } from '@/lib/composition/style-css';
import { useElementSize } from '@/components/ui/use-element-size';
import { useEditor, useEditorActions, useEditorContext } from '../editor-context';
import { handleCursor, SelectionFrame, SnapGuides } from './selection-frame';
import { TextEditor } from './text-editor';

const NUDGE_KEYS: Record<string, readonly [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * Direct manipulation over the Player (it lies on top of it, so the Player never sees a click: no
 * click-to-play). Pointer events become canvas pixels and go to a `CanvasTool` (lib/editor/canvas),
 * which selects, moves, resizes and rotates through the store's gesture API. Arrow keys nudge while
 * the overlay has focus (handled here and stopped, so the window-wide timeline keys do not also run).
 * Double-click on a text clip edits its text in place.
 */
export function CanvasOverlay() {
  const { store } = useEditorContext();
  const actions = useEditorActions();
  const rootRef = useRef<HTMLDivElement>(null);
  const size = useElementSize(rootRef);
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const playheadFrame = useEditor((s) => s.playheadFrame);
  const [cursor, setCursor] = useState('default');
  const [editing, setEditing] = useState<ClipRef | null>(null);
  // The Player draws a frame after we render: measure intrinsic-size clips once more after that.
  const [, setMeasureTick] = useState(0);

  const measure = useCallback((ref: ClipRef) => {
    const element = rootRef.current?.parentElement?.querySelector(`[data-clip="${ref.trackIndex}:${ref.clipIndex}"]`);
    return element instanceof HTMLElement ? { width: element.offsetWidth, height: element.offsetHeight } : undefined;
  }, []);
  const tool = useMemo(
    () =>
      new CanvasTool(store, {
        measure,
        pxPerUnit: () => {
          const width = rootRef.current?.getBoundingClientRect().width ?? 0;
          return width > 0 ? width / store.getState().doc.meta.width : 1;
        },
      }),
    [store, measure],
  );
  const view = useSyncExternalStore(tool.subscribe, tool.getView, tool.getView);

  useEffect(() => {
    const id = requestAnimationFrame(() => setMeasureTick((n) => n + 1));
    return () => cancelAnimationFrame(id);
  }, [doc, selection, playheadFrame, size]);
  // A clip the Player mounts later than the next frame (a new text waiting for its font, a clip coming on
  // screen) is measured when its element appears: the Player's elements being added or removed re-measures.
  useEffect(() => {
    const player = rootRef.current?.parentElement;
    if (!player) return;
    let id = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(id);
      id = requestAnimationFrame(() => setMeasureTick((n) => n + 1));
    });
    observer.observe(player, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(id);
    };
  }, []);

  useEffect(() => () => tool.cancel(), [tool]);

  const toCanvas = (event: { clientX: number; clientY: number }): Point => {
    const rect = rootRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return { x: 0, y: 0 };
    const { width, height } = store.getState().doc.meta;
    return { x: ((event.clientX - rect.left) / rect.width) * width, y: ((event.clientY - rect.top) / rect.height) * height };
  };
  const modifiers = (event: PointerEvent) => ({ shiftKey: event.shiftKey, altKey: event.altKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey });

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.focus({ preventScroll: true });
    event.currentTarget.setPointerCapture(event.pointerId);
    tool.pointerDown(toCanvas(event));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const point = toCanvas(event);
    if (event.currentTarget.hasPointerCapture(event.pointerId)) {
      tool.pointerMove(point, modifiers(event));
      return;
    }
    const handle = tool.handleAt(point);
    const frame = handle ? undefined : tool.selectedFrame();
    setCursor(handle ? handleCursor(handle) : frame && frameContains(frame, point) ? 'move' : 'default');
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    tool.pointerUp();
  };
  const onDoubleClick = (event: { clientX: number; clientY: number }) => {
    const state = store.getState();
    const ref = hitTest(state.doc, tool.shownFrame(state.doc), toCanvas(event), measure);
    if (ref && getClip(state.doc, ref)?.type === 'text') {
      actions.select(ref);
      setEditing(ref);
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && view.mode !== 'idle') {
      event.preventDefault();
      event.stopPropagation();
      tool.cancel();
      return;
    }
    const step = NUDGE_KEYS[event.key];
    if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
    const by = event.shiftKey ? 10 : 1;
    // Only a nudge that happened stops the key: with nothing on screen to nudge, the window's keys run.
    if (!tool.nudge(step[0] * by, step[1] * by)) return;
    event.preventDefault();
    event.stopPropagation();
  };

  const scale = size && doc.meta.width > 0 ? size.width / doc.meta.width : 0;
  const frame = scale > 0 ? tool.selectedFrame() : undefined;
  const selectedClip = getClip(doc, selection);
  const editingClip = editing ? getClip(doc, editing) : undefined;
  // A selected clip that is transparent here (its entry fade, a keyframe, a transition) is outlined but not
  // seen: say so, and offer the first frame where it shows.
  const isTransparent = frame !== undefined && frame.opacity < VISIBLE_OPACITY;
  const showAt = useMemo(() => (isTransparent && selection ? firstVisibleFrame(doc, selection, playheadFrame) : undefined), [isTransparent, doc, selection, playheadFrame]);
  const editingFrame = editing && editingClip?.type === 'text' && frame && selection && editing.trackIndex === selection.trackIndex && editing.clipIndex === selection.clipIndex ? frame : undefined;

  return (
    <div
      ref={rootRef}
      data-testid="canvas-overlay"
      role="application"
      aria-label="Canvas: click to select, drag to move, arrow keys nudge"
      tabIndex={0}
      className="absolute inset-0 touch-none select-none outline-none focus-visible:ring-2 focus-visible:ring-indigo-500/60"
      style={{ cursor: view.mode === 'rotate' ? 'grabbing' : view.mode === 'move' ? 'move' : cursor }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => tool.cancel()}
      onLostPointerCapture={() => tool.pointerUp()}
      onDoubleClick={onDoubleClick}
      onKeyDown={onKeyDown}
    >
      {frame && !editingFrame ? <SelectionFrame frame={frame} scale={scale} isText={selectedClip?.type === 'text'} /> : null}
      {isTransparent && !editingFrame ? (
        <div
          data-testid="transparent-note"
          role="status"
          className="absolute left-1/2 top-2 flex -translate-x-1/2 items-center gap-2 whitespace-nowrap rounded-md bg-zinc-900/90 px-2.5 py-1 text-xs text-zinc-200 shadow ring-1 ring-zinc-700"
        >
          <span>Transparent at this frame</span>
          {showAt !== undefined && showAt !== playheadFrame ? (
            <button
              type="button"
              className="rounded bg-indigo-500 px-1.5 py-0.5 font-medium text-white hover:bg-indigo-400"
              onPointerDown={(event) => event.stopPropagation()}
              onClick={() => actions.setPlayheadFrame(showAt)}
            >
              Show at {formatTimecode(showAt, doc.meta.fps)}
            </button>
          ) : null}
        </div>
      ) : null}
      <SnapGuides guides={view.guides} scale={scale} />
      {editingFrame && editing && editingClip?.type === 'text' ? (
        <TextEditor
          frame={editingFrame}
          scale={scale}
          text={editingClip.text}
          fontSize={editingClip.style?.fontSize ?? textDefaults.fontSize}
          onCommit={(text) => {
            actions.updateClip(editing, { text });
            setEditing(null);
            rootRef.current?.focus({ preventScroll: true });
          }}
          onCancel={() => {
            setEditing(null);
            rootRef.current?.focus({ preventScroll: true });
          }}
        />
      ) : null}
    </div>
  );
}
