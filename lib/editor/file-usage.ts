import type { Clip } from '../video';
import type { EditorDoc } from './types';

function srcOf(clip: Clip): string | null {
  if (!('src' in clip)) return null;
  const src = (clip as { src?: unknown }).src;
  return typeof src === 'string' ? src : null;
}

/**
 * How many clips of the document use a file (by its URL): top-level clips and layout children,
 * plus clips that reach it through an asset `$ref`, plus `assets.fonts` entries for font files.
 * Example: two video clips of `a.mp4` and one font asset of it → 3.
 */
export function countFileUses(doc: EditorDoc, url: string): number {
  const assetIds = new Set<string>();
  const assets = doc.assets;
  for (const pool of [assets?.images, assets?.videos, assets?.audios]) {
    for (const a of pool ?? []) if (a.src === url) assetIds.add(a.id);
  }
  let uses = (assets?.fonts ?? []).filter((f) => f.src === url).length;
  const visit = (clip: Clip) => {
    const src = srcOf(clip);
    const ref = (clip as { src?: unknown }).src;
    if (src === url) uses++;
    else if (ref && typeof ref === 'object' && assetIds.has(String((ref as { $ref?: unknown }).$ref))) uses++;
    const children = (clip as { children?: unknown }).children;
    if (Array.isArray(children)) for (const child of children as Clip[]) visit(child);
  };
  for (const track of doc.tracks) for (const clip of track.clips) visit(clip);
  return uses;
}
