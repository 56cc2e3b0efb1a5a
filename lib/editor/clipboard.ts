import type { Assets, Clip } from '../video';
import { existingRefs } from './commands/move-clips';
import type { ClipRef, EditorDoc } from './types';

/**
 * The clipboard payload for copied clips, as JSON on the system clipboard (so clips paste into
 * another video, even in another tab). It carries the asset entries the clips' `$ref`s name and the
 * `assets.fonts` entries of the families they use, so a paste elsewhere renders the same.
 */
export interface ClipboardPayload {
  kind: typeof CLIPBOARD_KIND;
  items: { trackOffset: number; clip: Clip }[];
  assets?: Assets;
}

export const CLIPBOARD_KIND = 'cutroom/clips@1';

type Pools = Exclude<keyof Assets, 'fonts'>;
const POOLS: Pools[] = ['images', 'videos', 'audios', 'subtitles', 'svgs', 'models'] as Pools[];

/** Every `$ref` id and `fontFamily` value inside a value. */
export function collectRefs(value: unknown, into = { ids: new Set<string>(), families: new Set<string>() }) {
  if (Array.isArray(value)) for (const v of value) collectRefs(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string') into.ids.add(v);
      else if (key === 'fontFamily' && typeof v === 'string') into.families.add(v);
      else collectRefs(v, into);
    }
  }
  return into;
}

/** The payload for the clips at `refs` (track offsets relative to the lowest selected track). */
export function copyClips(doc: EditorDoc, refs: readonly ClipRef[]): ClipboardPayload | null {
  const valid = existingRefs(doc, refs);
  if (valid.length === 0) return null;
  const lowest = Math.min(...valid.map((r) => r.trackIndex));
  const items = valid.map((ref) => ({ trackOffset: ref.trackIndex - lowest, clip: doc.tracks[ref.trackIndex]!.clips[ref.clipIndex]! }));
  const { ids, families } = collectRefs(items.map((i) => i.clip));
  const assets: Record<string, unknown[]> = {};
  for (const pool of POOLS) {
    const entries = ((doc.assets?.[pool] ?? []) as { id: string }[]).filter((e) => ids.has(e.id));
    if (entries.length > 0) assets[pool] = entries;
  }
  const fonts = (doc.assets?.fonts ?? []).filter((f) => families.has(f.family));
  if (fonts.length > 0) assets.fonts = fonts;
  return { kind: CLIPBOARD_KIND, items, ...(Object.keys(assets).length > 0 ? { assets: assets as Assets } : {}) };
}

/** The payload in clipboard text, or null when the text is something else (checked loosely; paste validates). */
export function parseClipboard(text: string): ClipboardPayload | null {
  try {
    const value = JSON.parse(text) as Partial<ClipboardPayload>;
    if (value?.kind !== CLIPBOARD_KIND || !Array.isArray(value.items)) return null;
    const items = value.items.filter(
      (i): i is ClipboardPayload['items'][number] =>
        !!i && Number.isInteger(i.trackOffset) && i.trackOffset >= 0 && !!i.clip && typeof i.clip === 'object',
    );
    if (items.length === 0) return null;
    return { kind: CLIPBOARD_KIND, items, ...(value.assets && typeof value.assets === 'object' ? { assets: value.assets } : {}) };
  } catch {
    return null;
  }
}
