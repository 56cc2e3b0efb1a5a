/** Timeline layout, in CSS pixels. */
export const HEADER_WIDTH = 136;
export const RULER_HEIGHT = 28;
export const ROW_HEIGHT = 44;
/** Empty seconds shown after the last clip so there is room to drag to. */
export const TAIL_SECONDS = 10;
/** Snap when an edge comes within this many pixels of a target. */
export const SNAP_PX = 8;
/** Pointer travel before a press on a clip becomes a drag. */
export const DRAG_THRESHOLD_PX = 3;
