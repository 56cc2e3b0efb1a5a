import type { AvailableFont } from '../font-assets';
import { fontAssetId } from '../font-assets';
import type { ClipRef, EditorDoc } from '../types';
import { addFontAsset } from './add-font-asset';
import { clipAt, setClipFields } from './set-clip-fields';

export interface SetTextFontArgs {
  ref: ClipRef;
  /** A text inside a layout: indices into `children` (see setClipFields). */
  path?: readonly number[];
  /** A font from `availableFontFamilies`, or just a family name (installed fonts need no asset). */
  font: AvailableFont | { family: string };
}

/**
 * Gives a text clip a font family. An uploaded font (one with a `src`) is declared in
 * `assets.fonts` first, so the Player and the renderer load it: one undo step for both.
 */
export function setTextFont(doc: EditorDoc, { ref, path, font }: SetTextFontArgs): EditorDoc {
  const clip = clipAt(doc, ref, path);
  if (clip?.type !== 'text' || !font.family.trim()) return doc;
  let next = doc;
  if ('src' in font && font.src) {
    next = addFontAsset(next, {
      src: font.src,
      family: font.family,
      ...(font.fileId ? { id: fontAssetId(font.fileId) } : {}),
      ...(font.weight !== undefined ? { weight: font.weight } : {}),
      ...(font.style !== undefined ? { style: font.style } : {}),
    });
  }
  return setClipFields(next, { ref, path, patch: { style: { fontFamily: font.family.trim() } } });
}
