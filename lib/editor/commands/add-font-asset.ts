import type { FontAsset } from '../../video';
import type { EditorDoc } from '../types';

export interface AddFontAssetArgs {
  /** Asset id; defaults to one derived from the family. */
  id?: string;
  src: string;
  family: string;
  weight?: number | string;
  style?: 'normal' | 'italic';
}

/**
 * Declares a font in `assets.fonts` so texts can name its `family` (the renderer loads it before
 * drawing). A font with the same src and family is already there → the same document; an id
 * already taken by another font gets a numeric suffix.
 * Example: `addFontAsset(doc, { src: '…/a.woff2', family: 'Brand' })` → assets.fonts [{ id: 'font-brand', … }].
 */
export function addFontAsset(doc: EditorDoc, { id, src, family, weight, style }: AddFontAssetArgs): EditorDoc {
  const name = family.trim();
  if (!src || !name) return doc;
  const fonts = doc.assets?.fonts ?? [];
  const same = (f: FontAsset) => f.src === src && f.family === name && f.weight === weight && f.style === style;
  if (fonts.some(same)) return doc;

  const taken = new Set(fonts.map((f) => f.id));
  const wanted = id ?? `font-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'uploaded'}`;
  let assetId = wanted;
  for (let n = 2; taken.has(assetId); n++) assetId = `${wanted}-${n}`;

  const font: FontAsset = {
    id: assetId,
    src,
    family: name,
    ...(weight !== undefined ? { weight } : {}),
    ...(style !== undefined ? { style } : {}),
  };
  return { ...doc, assets: { ...doc.assets, fonts: [...fonts, font] } };
}
