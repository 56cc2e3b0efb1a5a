/**
 * Timeline virtualization: which part of the timeline has its clips mounted. The window is the view
 * (what the scroll box shows) grown by an overscan on every side, then snapped outward to a grid of
 * chunks, so scrolling a few pixels returns the same window (the rows keep equal props and do not
 * re-render) and clips are mounted a little before they scroll into view.
 */
export interface TimelineView {
  /** The lanes' scroll offsets in px (scrollLeft, scrollTop of the scroll box). */
  scrollLeft: number;
  scrollTop: number;
  /** Visible lane area in px (the scroll box minus the track headers and the ruler). */
  width: number;
  height: number;
  /** px per second. */
  zoom: number;
  rowHeight: number;
  /** Number of rows drawn (tracks, plus a ghost row when there is one). */
  rowCount: number;
}

export interface VisibleWindow {
  /** Seconds: clips overlapping [from, to] are mounted. */
  from: number;
  to: number;
  /** Rows counted from the top (row 0 is the last track), inclusive. */
  fromRow: number;
  toRow: number;
}

export interface WindowOptions {
  /** Extra view widths mounted on each side (default 1: a whole view to the left and to the right). */
  overscanViews?: number;
  /** Extra rows mounted above and below (default 2). */
  overscanRows?: number;
}

/**
 * The mounted window for a view. Example: zoom 50 px/s, a 1000 px wide view scrolled to 2000 px shows
 * 40 s…60 s; with one view of overscan and 10 s chunks (half a view) the window is 20 s…80 s, and it
 * stays so until the view has moved by a chunk.
 */
export function visibleWindow(view: TimelineView, { overscanViews = 1, overscanRows = 2 }: WindowOptions = {}): VisibleWindow {
  const zoom = Math.max(1e-6, view.zoom);
  const viewSeconds = Math.max(1, view.width) / zoom;
  const chunk = viewSeconds / 2;
  const shownFrom = Math.max(0, view.scrollLeft) / zoom;
  const shownTo = shownFrom + viewSeconds;
  const from = Math.max(0, Math.floor((shownFrom - overscanViews * viewSeconds) / chunk) * chunk);
  const to = Math.ceil((shownTo + overscanViews * viewSeconds) / chunk) * chunk;
  const rowHeight = Math.max(1, view.rowHeight);
  const lastRow = Math.max(0, view.rowCount - 1);
  const rowChunk = Math.max(1, overscanRows);
  const firstShown = Math.floor(Math.max(0, view.scrollTop) / rowHeight);
  const lastShown = Math.floor((Math.max(0, view.scrollTop) + Math.max(1, view.height) - 1) / rowHeight);
  const fromRow = Math.max(0, Math.floor((firstShown - overscanRows) / rowChunk) * rowChunk);
  const toRow = Math.min(lastRow, Math.ceil((lastShown + overscanRows) / rowChunk) * rowChunk);
  return { from, to, fromRow, toRow: Math.max(fromRow, toRow) };
}

/** Whether a clip spanning [start, start + duration] has any part inside the window's time span. */
export function isInWindow(window: Pick<VisibleWindow, 'from' | 'to'>, start: number, duration: number): boolean {
  return start <= window.to && start + Math.max(0, duration) >= window.from;
}

/** Whether two windows mount the same clips (to keep the previous object and skip re-renders). */
export function sameWindow(a: VisibleWindow, b: VisibleWindow): boolean {
  return a.from === b.from && a.to === b.to && a.fromRow === b.fromRow && a.toRow === b.toRow;
}
