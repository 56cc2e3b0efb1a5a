import { validateVideoConfig, type ConfigIssue, type VideoConfig } from '../video';
import type { EditorState } from './store';
import type { EditorDoc } from './types';

const validations = new WeakMap<EditorDoc, ConfigIssue[]>();

/** Validation issues of a document, computed once per document (documents are immutable). */
export function docIssues(doc: EditorDoc): ConfigIssue[] {
  let issues = validations.get(doc);
  if (!issues) {
    const result = validateVideoConfig(doc);
    issues = result.success ? [] : result.issues;
    validations.set(doc, issues);
  }
  return issues;
}

/**
 * The document's issues for the fields to show. During a drag (a gesture in progress) they are the
 * issues of the document the drag started from: validating all of a large document on every pointer
 * move would cost more than the frame, and the drag is validated when it ends (`commitGesture`).
 */
export const selectDocIssues = (s: EditorState): ConfigIssue[] => docIssues(s.history.gestureBase ?? s.doc);

const gestureChecks = new WeakMap<EditorDoc, boolean>();

/**
 * Whether a gesture preview `doc`, built from the valid document `base`, validates — at the cost of
 * the clips the gesture changed, not of the whole document. When only clips changed (same meta,
 * assets, track count and clip count), the changed clips are validated on their own tracks in a
 * document that keeps everything else of `doc` (assets for $refs); any other change is validated whole.
 */
export function isGesturePreviewValid(base: EditorDoc, doc: EditorDoc): boolean {
  if (doc === base) return true;
  const cached = gestureChecks.get(doc);
  if (cached !== undefined) return cached;
  const isValid = checkChangedClips(base, doc) ?? docIssues(doc).length === 0;
  gestureChecks.set(doc, isValid);
  return isValid;
}

/** The changed clips' verdict, or null when more than clips changed (then the whole document is checked). */
function checkChangedClips(base: EditorDoc, doc: EditorDoc): boolean | null {
  const keys = new Set([...Object.keys(base), ...Object.keys(doc)]);
  for (const k of keys) {
    if (k !== 'tracks' && (base as unknown as Record<string, unknown>)[k] !== (doc as unknown as Record<string, unknown>)[k]) return null;
  }
  if (!Array.isArray(doc.tracks) || doc.tracks.length !== base.tracks.length) return null;
  const known = new Set<unknown>();
  let baseCount = 0;
  for (const track of base.tracks) {
    baseCount += track.clips.length;
    for (const clip of track.clips) known.add(clip);
  }
  let count = 0;
  const tracks: EditorDoc['tracks'] = [];
  for (let t = 0; t < doc.tracks.length; t++) {
    const track = doc.tracks[t]!;
    const before = base.tracks[t]!;
    if (!Array.isArray(track.clips)) return null;
    count += track.clips.length;
    if (track === before) continue;
    const { clips: _c, ...rest } = track;
    const { clips: _b, ...restBefore } = before;
    const restKeys = new Set([...Object.keys(rest), ...Object.keys(restBefore)]);
    for (const k of restKeys) if ((rest as Record<string, unknown>)[k] !== (restBefore as Record<string, unknown>)[k]) return null;
    const changed = track.clips.filter((clip) => !known.has(clip));
    if (changed.length > 0) tracks.push({ ...track, clips: changed });
  }
  if (count !== baseCount) return null;
  if (tracks.length === 0) return true;
  return validateVideoConfig({ ...doc, tracks }).success;
}

export interface PreviewInput {
  config: VideoConfig;
  /** True when `config` is an earlier document because the current one does not validate. */
  isStale: boolean;
}

/**
 * Memoized selector for what the Player shows: the store's document itself while it is valid, else
 * the last valid one (a half-typed invalid value must not crash the preview). Returns the same
 * object for the same document, so `inputProps` only changes when the document does.
 * During a gesture that started from a valid document each preview is checked at the cost of the
 * clips it changed (`isGesturePreviewValid`), not the whole document; one that fails keeps the last
 * valid preview on the Player. The store validates the result whole once, at pointer-up, undoing a
 * drag that would end invalid.
 */
export function createPreviewSelector(): (s: EditorState) => PreviewInput {
  let lastDoc: EditorDoc | null = null;
  let lastValid: EditorDoc | null = null;
  let lastResult: PreviewInput | null = null;
  return (s) => {
    if (s.doc === lastDoc && lastResult) return lastResult;
    lastDoc = s.doc;
    const base = s.history.gestureBase;
    // docIssues(base) is cached: the base was validated when it was the document.
    const isValid = base !== null && docIssues(base).length === 0 ? isGesturePreviewValid(base, s.doc) : docIssues(s.doc).length === 0;
    if (isValid) lastValid = s.doc;
    const config = lastValid ?? s.doc;
    const isStale = config !== s.doc;
    if (!lastResult || lastResult.config !== config || lastResult.isStale !== isStale) {
      lastResult = { config, isStale };
    }
    return lastResult;
  };
}
