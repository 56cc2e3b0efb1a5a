import { describe, expect, it, vi } from 'vitest';
import { createEditorStore } from '../store';
import type { EditorDoc } from '../types';
import { createAutoScroller, createElementAutoScroller, edgeScrollVelocity, EDGE_SCROLL } from './auto-scroll';
import { createMarqueeTool } from './marquee-tool';
import { createMoveTool } from './move-tool';
import type { TimelineTool } from './types';

const view = { left: 100, top: 50, right: 500, bottom: 250 };

describe('edgeScrollVelocity', () => {
  it('is zero in the middle and grows through the edge band and past it, up to full speed', () => {
    expect(edgeScrollVelocity({ x: 300, y: 150 }, view)).toEqual({ x: 0, y: 0 });
    const inBand = edgeScrollVelocity({ x: 300, y: 250 - 8 }, view).y;
    const atEdge = edgeScrollVelocity({ x: 300, y: 250 }, view).y;
    const past = edgeScrollVelocity({ x: 300, y: 250 + 500 }, view).y;
    expect(inBand).toBeGreaterThan(0);
    expect(atEdge).toBeGreaterThan(inBand);
    expect(past).toBe(EDGE_SCROLL.maxPxPerSecond);
    const upLeft = edgeScrollVelocity({ x: 90, y: 40 }, view);
    expect(upLeft.x).toBeLessThan(0);
    expect(upLeft.y).toBeLessThan(0);
  });
});

/**
 * A scrolled timeline as geometry: rows of `rowHeight` px, the top row is the last track (as drawn),
 * 1 s = `zoom` px; the viewport shows `view` of it at `scroll`. Frames are stepped by hand.
 */
function scrolledTimeline(trackCount: number, { rowHeight = 40, zoom = 50, contentWidth = 4000 } = {}) {
  const scroll = { left: 0, top: 0 };
  const maxTop = trackCount * rowHeight - (view.bottom - view.top);
  const maxLeft = contentWidth - (view.right - view.left);
  const frames: ((now: number) => void)[] = [];
  let now = 0;
  return {
    scroll,
    pointAt: (x: number, y: number) => ({
      time: (x - view.left + scroll.left) / zoom,
      trackIndex: Math.min(trackCount - 1, Math.max(0, trackCount - 1 - Math.floor((y - view.top + scroll.top) / rowHeight))),
    }),
    scrollBy(dx: number, dy: number) {
      const left = Math.min(maxLeft, Math.max(0, scroll.left + dx));
      const top = Math.min(maxTop, Math.max(0, scroll.top + dy));
      const moved = { dx: left - scroll.left, dy: top - scroll.top };
      Object.assign(scroll, { left, top });
      return moved;
    },
    frame(tick: (now: number) => void) {
      frames.push(tick);
      return () => {
        const i = frames.indexOf(tick);
        if (i >= 0) frames.splice(i, 1);
      };
    },
    /** Runs `n` animation frames, 16 ms apart. */
    step(n: number) {
      for (let i = 0; i < n; i++) {
        now += 16;
        frames.splice(0).forEach((f) => f(now));
      }
    },
    pendingFrames: () => frames.length,
  };
}

/** An auto-scroller over `tl` that re-runs `tool` with the still pointer on every scroll; the tool has had its first move. */
function scrollWhileHeld(tl: ReturnType<typeof scrolledTimeline>, tool: TimelineTool, pointer: { x: number; y: number }) {
  const scroller = createAutoScroller({
    viewport: () => view,
    scrollBy: tl.scrollBy,
    onScroll: () => tool.move(tl.pointAt(pointer.x, pointer.y)),
    frame: tl.frame,
  });
  tool.move(tl.pointAt(pointer.x, pointer.y));
  return scroller;
}

const rect = (start: number, duration: number) => ({ type: 'rect' as const, start, duration });
/** 20 tracks, a clip at 1 s and one at 5 s on each. */
const doc = (): EditorDoc => ({
  meta: { version: '2.0.0', width: 320, height: 180, fps: 30 },
  tracks: Array.from({ length: 20 }, () => ({ clips: [rect(1, 1), rect(5, 1)] })),
});

describe('auto-scroll during a marquee', () => {
  it('keeps scrolling while the pointer rests past the bottom edge, and the box reaches the clips that were out of view', () => {
    const store = createEditorStore({ doc: doc() });
    const tl = scrolledTimeline(20);
    // From the top row (track 19), 0.5 s, down past the bottom edge at 3 s: only 5 rows are in view.
    const origin = tl.pointAt(125, 55);
    const tool = createMarqueeTool({ store, origin, isAdditive: false });
    const pointer = { x: 250, y: view.bottom + 60 };
    const scroller = scrollWhileHeld(tl, tool, pointer);
    scroller.update(pointer);
    const inViewOnly = store.getState().selectedRefs.length;
    expect(inViewOnly).toBeLessThan(10);

    tl.step(60); // one second with the mouse held still
    expect(tl.scroll.top).toBe(20 * 40 - 200); // scrolled to the end
    expect(store.getState().selectedRefs).toHaveLength(20); // the first clip of every track, 0 to 19
    expect(store.getState().selectedRefs.map((r) => r.trackIndex).sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(scroller.isScrolling).toBe(false); // at the end it stops asking for frames
    expect(tl.pendingFrames()).toBe(0);
    tool.commit();
  });

  it('stops when the pointer comes back inside and on release', () => {
    const tl = scrolledTimeline(20);
    const scroller = createAutoScroller({ viewport: () => view, scrollBy: tl.scrollBy, onScroll: () => {}, frame: tl.frame });
    scroller.update({ x: 300, y: view.bottom + 10 });
    tl.step(3);
    const top = tl.scroll.top;
    expect(top).toBeGreaterThan(0);
    scroller.update({ x: 300, y: 150 });
    tl.step(5);
    expect(tl.scroll.top).toBe(top);
    scroller.update({ x: view.right + 40, y: 150 });
    tl.step(2);
    expect(tl.scroll.left).toBeGreaterThan(0);
    scroller.stop();
    const left = tl.scroll.left;
    tl.step(5);
    expect(tl.scroll.left).toBe(left);
    expect(tl.pendingFrames()).toBe(0);
  });
});

describe('auto-scroll during a clip move', () => {
  it('carries the dragged clip along as the view scrolls right under a still pointer', () => {
    const store = createEditorStore({ doc: doc() });
    const tl = scrolledTimeline(20);
    const ref = { trackIndex: 19, clipIndex: 0 };
    store.getState().actions.select(ref);
    const tool = createMoveTool({ store, ref, origin: tl.pointAt(160, 60), isSnapping: false, snapPx: 8 });
    const pointer = { x: view.right + 30, y: 60 };
    const scroller = scrollWhileHeld(tl, tool, pointer);
    const startAfterMove = store.getState().doc.tracks[19]!.clips[0]!.start;
    scroller.update(pointer);
    tl.step(30);
    const start = store.getState().doc.tracks[19]!.clips[0]!.start;
    expect(tl.scroll.left).toBeGreaterThan(300);
    // The clip stays under the pointer: it moved by the scrolled distance in seconds.
    expect(start).toBeCloseTo(startAfterMove + tl.scroll.left / 50, 1);
    scroller.stop();
    tool.commit();
    expect(store.getState().history.past).toHaveLength(1);
  });
});

describe('createElementAutoScroller', () => {
  it('scrolls the element on animation frames and reports only what it really scrolled', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => {});
    try {
      // An element that can scroll 40 px down at the most.
      const element = {
        scrollLeft: 0,
        scrollTop: 0,
        scrollBy(dx: number, dy: number) {
          this.scrollLeft = Math.max(0, this.scrollLeft + dx);
          this.scrollTop = Math.min(40, Math.max(0, this.scrollTop + dy));
        },
      };
      let scrolls = 0;
      const scroller = createElementAutoScroller({ element: () => element, viewport: () => view, onScroll: () => scrolls++ });
      scroller.update({ x: 300, y: view.bottom + 200 });
      for (let t = 0; frames.length > 0 && t < 100; t++) frames.shift()!(t * 16);
      expect(element.scrollTop).toBe(40);
      expect(scrolls).toBeGreaterThan(0);
      expect(scroller.isScrolling).toBe(false); // stuck at the end: no more frames asked
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
