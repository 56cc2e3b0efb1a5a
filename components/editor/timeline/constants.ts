/** Timeline layout, in CSS pixels. */
export const HEADER_WIDTH = 136;
/** Track headers on a narrow timeline (phones): the name only, so the lanes keep the width. */
export const COMPACT_HEADER_WIDTH = 60;
/** The track header width for a timeline of this width. */
export const headerWidthFor = (timelineWidth: number) => (timelineWidth < 640 ? COMPACT_HEADER_WIDTH : HEADER_WIDTH);
export const RULER_HEIGHT = 28;
export const ROW_HEIGHT = 44;
/** Empty seconds shown after the last clip so there is room to drag to. */
export const TAIL_SECONDS = 10;
/** Snap when an edge comes within this many pixels of a target. */
export const SNAP_PX = 8;
/** Pointer travel before a press on a clip becomes a drag. */
export const DRAG_THRESHOLD_PX = 3;
