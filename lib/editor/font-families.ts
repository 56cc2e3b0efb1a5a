import type { VideoConfig } from '../video';

/**
 * Families the renderer draws the same way the preview does: the CSS generics, and the fonts the
 * render machines install (DejaVu, Liberation; fontconfig maps Arial, Times New Roman and Courier New
 * to the metric-compatible Liberation faces). Anything else would look different in the MP4.
 */
export const installedFontFamilies = [
  'sans-serif', 'serif', 'monospace',
  'Arial', 'Times New Roman', 'Courier New',
  'DejaVu Sans', 'DejaVu Serif', 'DejaVu Sans Mono',
  'Liberation Sans', 'Liberation Serif', 'Liberation Mono',
] as const;

export interface FontFamilyGroups {
  /** `assets.fonts` families of this document (uploaded fonts), once each, in document order. */
  uploaded: string[];
  installed: string[];
}

/** The families the text inspector offers for `config`: uploaded ones first. */
export function fontFamilyGroups(config: Pick<VideoConfig, 'assets'>): FontFamilyGroups {
  const uploaded = [...new Set((config.assets?.fonts ?? []).map((f) => f.family.trim()).filter(Boolean))];
  return { uploaded, installed: installedFontFamilies.filter((f) => !uploaded.includes(f)) };
}
