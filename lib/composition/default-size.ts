import type { Clip, Size } from '../video';

/** An icon without a size is this many px square. */
export const DEFAULT_ICON_SIZE = 100;

/**
 * The box a top-level clip gets when its transform has no width/height: shapes, layouts, lines, paths and
 * 3D scenes fill the canvas, a circle is as big as the canvas' short edge, an icon is DEFAULT_ICON_SIZE square; text and media keep their intrinsic size
 * (`undefined`). Shared by the composition and the editor's canvas overlay (hit testing, handles).
 */
export function defaultClipSize(type: Clip['type'], canvas: Size): Size | undefined {
  if (type === 'rect' || type === 'polygon' || type === 'layout' || type === 'line' || type === 'path' || type === 'three') return canvas;
  if (type === 'icon') return { width: DEFAULT_ICON_SIZE, height: DEFAULT_ICON_SIZE };
  if (type === 'circle') {
    const shortEdge = Math.min(canvas.width, canvas.height);
    return { width: shortEdge, height: shortEdge };
  }
  return undefined;
}
