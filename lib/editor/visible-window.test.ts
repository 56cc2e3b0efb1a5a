import { describe, expect, it } from 'vitest';
import { isInWindow, sameWindow, visibleWindow, type TimelineView } from './visible-window';

const view: TimelineView = { scrollLeft: 2000, scrollTop: 0, width: 1000, height: 264, zoom: 50, rowHeight: 44, rowCount: 20 };

describe('visibleWindow', () => {
  it('grows the view by one view width on each side, snapped to half-view chunks', () => {
    // Shows 40 s…60 s; ±20 s overscan; 10 s chunks.
    expect(visibleWindow(view)).toEqual({ from: 20, to: 80, fromRow: 0, toRow: 8 });
  });

  it('returns the same window for small scrolls, and moves by a chunk for a larger one', () => {
    const a = visibleWindow(view);
    expect(sameWindow(a, visibleWindow({ ...view, scrollLeft: 2001 }))).toBe(false); // 40.02 s: shownTo 60.02 rounds up
    const b = visibleWindow({ ...view, scrollLeft: 2010 });
    expect(sameWindow(b, visibleWindow({ ...view, scrollLeft: 2300 }))).toBe(true);
    expect(visibleWindow({ ...view, scrollLeft: 2600 }).from).toBe(30);
  });

  it('never starts before 0', () => {
    expect(visibleWindow({ ...view, scrollLeft: 0 }).from).toBe(0);
    expect(visibleWindow({ ...view, scrollLeft: -50 }).from).toBe(0);
  });

  it('follows zoom: the same pixels cover more seconds when zoomed out', () => {
    const w = visibleWindow({ ...view, scrollLeft: 0, zoom: 10 });
    expect(w.from).toBe(0);
    expect(w.to).toBe(200); // shows 0…100 s, +100 s
  });

  it('mounts the rows in view plus two above and below, clamped to the rows there are', () => {
    // 264 px = 6 rows shown from row 5 (scrollTop 220) → rows 5…10; overscan 2 → 3…12, snapped to 2-row chunks → 2…12.
    expect(visibleWindow({ ...view, scrollTop: 220 })).toMatchObject({ fromRow: 2, toRow: 12 });
    expect(visibleWindow({ ...view, scrollTop: 44 * 18 })).toMatchObject({ toRow: 19 });
    expect(visibleWindow({ ...view, rowCount: 3 })).toMatchObject({ fromRow: 0, toRow: 2 });
    expect(visibleWindow({ ...view, rowCount: 0 })).toMatchObject({ fromRow: 0, toRow: 0 });
  });

  it('survives an unmeasured view (0 size)', () => {
    const w = visibleWindow({ ...view, width: 0, height: 0, scrollLeft: 0 });
    expect(w.to).toBeGreaterThan(0);
    expect(w.toRow).toBeGreaterThanOrEqual(w.fromRow);
  });
});

describe('isInWindow', () => {
  const w = { from: 20, to: 80 };
  it('keeps clips that overlap the window, even partly', () => {
    expect(isInWindow(w, 30, 2)).toBe(true);
    expect(isInWindow(w, 19, 2)).toBe(true);
    expect(isInWindow(w, 79, 5)).toBe(true);
    expect(isInWindow(w, 0, 100)).toBe(true);
  });
  it('drops clips wholly outside it', () => {
    expect(isInWindow(w, 10, 5)).toBe(false);
    expect(isInWindow(w, 81, 5)).toBe(false);
  });
});
