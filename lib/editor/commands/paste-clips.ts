import type { Assets, Clip } from '../../video';
import type { ClipboardPayload } from '../clipboard';
import { cleanSeconds } from '../time';
import { freeTrackFor } from '../track-space';
import type { ClipRef, EditorDoc } from '../types';
import { copyClipAt, placeClips } from './place-clips';

export interface PasteClipsArgs {
  payload: ClipboardPayload;
  /** Seconds where the earliest pasted clip starts (the playhead). */
  at: number;
  /** Track for the payload's lowest track (others keep their offsets above it). */
  trackIndex: number;
}

type Entry = { id: string } & Record<string, unknown>;

/** Rewrites `$ref` ids in a value. */
function renameRefs<T>(value: T, renames: Map<string, string>): T {
  if (renames.size === 0) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => renameRefs(v, renames)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = key === '$ref' && typeof v === 'string' ? (renames.get(v) ?? v) : renameRefs(v, renames);
    }
    return out as T;
  }
  return value;
}

/**
 * The payload's asset entries merged into the document's pools: missing ids are added, an id that
 * exists with other content is added under a fresh id (and the pasted clips are pointed at it).
 * Fonts are matched by family.
 */
function mergeAssets(doc: EditorDoc, incoming: Assets | undefined): { assets: Assets | undefined; renames: Map<string, string> } {
  const renames = new Map<string, string>();
  if (!incoming) return { assets: doc.assets, renames };
  const assets: Record<string, unknown[]> = { ...(doc.assets as Record<string, unknown[]> | undefined) };
  let changed = false;
  for (const [pool, entries] of Object.entries(incoming as Record<string, Entry[]>)) {
    if (!Array.isArray(entries)) continue;
    const current = (assets[pool] ?? []) as Entry[];
    const next = current.slice();
    for (const entry of entries) {
      if (pool === 'fonts') {
        if (!current.some((f) => f.family === entry.family && f.weight === entry.weight && f.style === entry.style)) next.push(entry);
        continue;
      }
      const same = current.find((e) => e.id === entry.id);
      if (!same) next.push(entry);
      else if (JSON.stringify(same) !== JSON.stringify(entry)) {
        let n = 2;
        while (next.some((e) => e.id === `${entry.id}-${n}`)) n++;
        renames.set(entry.id, `${entry.id}-${n}`);
        next.push({ ...entry, id: `${entry.id}-${n}` });
      }
    }
    if (next.length !== current.length) {
      assets[pool] = next;
      changed = true;
    }
  }
  return { assets: changed ? (assets as Assets) : doc.assets, renames };
}

function planPaste(doc: EditorDoc, { payload, at, trackIndex }: PasteClipsArgs): { doc: EditorDoc; refs: ClipRef[] } {
  if (payload.items.length === 0) return { doc, refs: [] };
  const earliest = Math.min(...payload.items.map((i) => i.clip.start));
  const { assets, renames } = mergeAssets(doc, payload.assets);
  let next: EditorDoc = assets === doc.assets ? doc : { ...doc, assets };
  const refs: ClipRef[] = [];
  for (const item of payload.items) {
    const clip = renameRefs(copyClipAt(item.clip, cleanSeconds(Math.max(0, at) + item.clip.start - earliest)), renames) as Clip;
    // Never on top of another clip: the wanted track when free there, else the nearest free one, else a new track.
    const wanted = Math.max(0, trackIndex + item.trackOffset);
    const free = wanted >= next.tracks.length ? next.tracks.length : freeTrackFor(next, { trackIndex: wanted, start: clip.start, duration: clip.duration });
    const placed = placeClips(next, [{ trackIndex: free, clip }]);
    next = placed.doc;
    refs.push(...placed.refs);
  }
  return { doc: next, refs };
}

/** Pastes copied clips at a time (the playhead), each in free space (see `freeTrackFor`). */
export function pasteClips(doc: EditorDoc, args: PasteClipsArgs): EditorDoc {
  return planPaste(doc, args).doc;
}

/** Where `pasteClips(doc, args)` puts the clips, in payload order. */
export function pastedClipRefs(doc: EditorDoc, args: PasteClipsArgs): ClipRef[] {
  return planPaste(doc, args).refs;
}
