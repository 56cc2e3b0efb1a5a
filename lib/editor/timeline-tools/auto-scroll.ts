/** A rectangle in viewport (client) pixels. */
export interface ClientRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface EdgeScrollOptions {
  /** Depth (px) of the band inside each edge where scrolling starts. */
  edgePx: number;
  /** Travel (px) from the band's inner side to full speed; past the edge counts too. */
  rampPx: number;
  /** Full speed, in px per second. */
  maxPxPerSecond: number;
}

export const EDGE_SCROLL: EdgeScrollOptions = { edgePx: 32, rampPx: 96, maxPxPerSecond: 1600 };

function axisVelocity(at: number, low: number, high: number, { edgePx, rampPx, maxPxPerSecond }: EdgeScrollOptions) {
  if (high - low <= 2 * edgePx) return 0;
  const depth = at > high - edgePx ? at - (high - edgePx) : at < low + edgePx ? at - (low + edgePx) : 0;
  if (depth === 0) return 0;
  const speed = maxPxPerSecond * Math.min(1, Math.abs(depth) / rampPx);
  return Math.sign(depth) * speed;
}

/**
 * How fast (px/s, per axis) the view scrolls with the pointer at `pointer`: zero in the middle,
 * growing through a band inside each edge and past it, up to full speed (as desktop editors do when
 * a selection box or a dragged clip reaches the edge of the timeline).
 */
export function edgeScrollVelocity(
  pointer: { x: number; y: number },
  rect: ClientRect,
  options: EdgeScrollOptions = EDGE_SCROLL,
): { x: number; y: number } {
  return { x: axisVelocity(pointer.x, rect.left, rect.right, options), y: axisVelocity(pointer.y, rect.top, rect.bottom, options) };
}

export interface AutoScrollerOptions {
  /** The visible part of the scrolled area (client px), read at every tick: the lanes, without sticky header and ruler. */
  viewport(): ClientRect;
  /** Scrolls by whole pixels; returns how far it really went (less at the ends). */
  scrollBy(dx: number, dy: number): { dx: number; dy: number };
  /** After a tick that scrolled: the tool re-runs with the last pointer (what is under it changed). */
  onScroll(): void;
  /** Runs `tick` at the next frame with its timestamp in ms (`requestAnimationFrame`); returns a cancel. */
  frame(tick: (now: number) => void): () => void;
  options?: EdgeScrollOptions;
}

export interface AutoScroller {
  /** The pointer moved (client px): starts scrolling when it is in an edge band, stops when not. */
  update(pointer: { x: number; y: number }): void;
  /** Pointer-up / cancel. */
  stop(): void;
  readonly isScrolling: boolean;
}

/** A frame's time step is capped: a stalled tab does not jump the view. */
const MAX_STEP_MS = 50;

/**
 * Edge auto-scroll for a drag (marquee, clip move, trim): while the pointer stays in an edge band,
 * every frame scrolls by velocity × elapsed time and tells the tool to re-read the pointer, so the
 * box grows / the clip travels with the content even when the mouse does not move. Framework-free.
 */
export function createAutoScroller({ viewport, scrollBy, onScroll, frame, options = EDGE_SCROLL }: AutoScrollerOptions): AutoScroller {
  let pointer: { x: number; y: number } | null = null;
  let cancelFrame: (() => void) | null = null;
  let last: number | null = null;
  /** Sub-pixel remainders carried to the next frame (slow speeds still move). */
  let carry = { x: 0, y: 0 };

  const halt = () => {
    cancelFrame?.();
    cancelFrame = null;
    last = null;
    carry = { x: 0, y: 0 };
  };
  const velocity = () => (pointer ? edgeScrollVelocity(pointer, viewport(), options) : { x: 0, y: 0 });

  const tick = (now: number) => {
    cancelFrame = null;
    const v = velocity();
    if (v.x === 0 && v.y === 0) {
      halt();
      return;
    }
    const dt = Math.min(MAX_STEP_MS, last === null ? 1000 / 60 : Math.max(0, now - last)) / 1000;
    last = now;
    carry = { x: carry.x + v.x * dt, y: carry.y + v.y * dt };
    const want = { x: Math.trunc(carry.x), y: Math.trunc(carry.y) };
    carry = { x: carry.x - want.x, y: carry.y - want.y };
    const moved = want.x !== 0 || want.y !== 0 ? scrollBy(want.x, want.y) : { dx: 0, dy: 0 };
    if (moved.dx !== 0 || moved.dy !== 0) onScroll();
    // At an end in both moving directions nothing more can happen until the pointer moves.
    const isStuck = want.x !== 0 || want.y !== 0 ? moved.dx === 0 && moved.dy === 0 : false;
    if (isStuck) {
      halt();
      return;
    }
    cancelFrame = frame(tick);
  };

  return {
    update(next) {
      pointer = next;
      const v = velocity();
      if (v.x === 0 && v.y === 0) halt();
      else cancelFrame ??= frame(tick);
    },
    stop() {
      pointer = null;
      halt();
    },
    get isScrolling() {
      return cancelFrame !== null;
    },
  };
}

/** What `createElementAutoScroller` needs of a scrolled element (an `HTMLElement` has it). */
export interface ScrollableElement {
  scrollLeft: number;
  scrollTop: number;
  scrollBy(dx: number, dy: number): void;
}

const NOWHERE: ClientRect = { left: 0, top: 0, right: 0, bottom: 0 };

/**
 * `createAutoScroller` over a real scrolled element, ticking on animation frames: what the
 * timeline's marquee and clip-drag hooks share. `element` and `viewport` are read at every tick
 * (null: nothing to scroll); the distance reported is what the element really scrolled.
 */
export function createElementAutoScroller({
  element,
  viewport,
  onScroll,
}: {
  element: () => ScrollableElement | null;
  viewport: () => ClientRect | null;
  onScroll: () => void;
}): AutoScroller {
  return createAutoScroller({
    viewport: () => viewport() ?? NOWHERE,
    scrollBy: (dx, dy) => {
      const target = element();
      if (!target) return { dx: 0, dy: 0 };
      const before = { left: target.scrollLeft, top: target.scrollTop };
      target.scrollBy(dx, dy);
      return { dx: target.scrollLeft - before.left, dy: target.scrollTop - before.top };
    },
    onScroll,
    frame: (tick) => {
      const id = requestAnimationFrame(tick);
      return () => cancelAnimationFrame(id);
    },
  });
}
