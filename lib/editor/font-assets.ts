import type { FontAsset } from '../video';
import type { EditorDoc } from './types';
import type { LibraryFile } from './library-file';

/** A font the text inspector can offer: its family name, and where it comes from. */
export interface AvailableFont {
  family: string;
  src: string;
  /** The library file it was uploaded as, when it is one. */
  fileId: string | null;
  weight?: number | string;
  style?: 'normal' | 'italic';
}

const fontExtension = /\.(ttf|otf|woff2?)$/i;

/**
 * The family name an uploaded font file is offered under: its name without the extension, with
 * dashes and underscores read as spaces. `"Source_Code-Pro.woff2"` → `"Source Code Pro"`.
 */
export function fontFamilyFromFileName(name: string): string {
  const family = name.replace(fontExtension, '').replace(/[-_]+/g, ' ').replace(/\s+/g, ' ').trim();
  return family || 'Uploaded font';
}

/** The asset id a font file gets in `assets.fonts` (stable per file, so adding twice is a no-op). */
export const fontAssetId = (fileId: string) => `font-${fileId}`;

/** Fonts in the user's library (ready font files), one per file, sorted by family. */
export function fontsFromLibrary(files: readonly LibraryFile[]): AvailableFont[] {
  return files
    .filter((f) => f.type === 'font' && f.status !== 'failed')
    .map((f) => ({ family: fontFamilyFromFileName(f.name), src: f.url, fileId: f.id }))
    .sort((a, b) => a.family.localeCompare(b.family));
}

/** Fonts the document already declares in `assets.fonts`. */
export function fontsInDoc(doc: EditorDoc): AvailableFont[] {
  return (doc.assets?.fonts ?? []).map((f: FontAsset) => ({
    family: f.family,
    src: f.src,
    fileId: null,
    ...(f.weight !== undefined ? { weight: f.weight } : {}),
    ...(f.style !== undefined ? { style: f.style } : {}),
  }));
}

/**
 * Every uploaded font family a text can use: those declared in the document plus those in the
 * library (a library font is declared by `addFontAsset` when a text first uses it). Unique by family.
 */
export function availableFontFamilies(doc: EditorDoc, files: readonly LibraryFile[]): AvailableFont[] {
  const seen = new Set<string>();
  const out: AvailableFont[] = [];
  for (const font of [...fontsInDoc(doc), ...fontsFromLibrary(files)]) {
    if (seen.has(font.family)) continue;
    seen.add(font.family);
    out.push(font);
  }
  return out;
}
