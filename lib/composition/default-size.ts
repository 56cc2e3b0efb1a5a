import type { Clip, Size } from '../video';

/**
 * The box a top-level clip gets when its transform has no width/height: shapes and layouts fill the
 * canvas, a circle is as big as the canvas' short edge; text and media keep their intrinsic size
 * (`undefined`). Shared by the composition and the editor's canvas overlay (hit testing, handles).
 */
export function defaultClipSize(type: Clip['type'], canvas: Size): Size | undefined {
  if (type === 'rect' || type === 'polygon' || type === 'layout') return canvas;
  if (type === 'circle') {
    const shortEdge = Math.min(canvas.width, canvas.height);
    return { width: shortEdge, height: shortEdge };
  }
  return undefined;
}
