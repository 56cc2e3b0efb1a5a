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

export interface PreviewInput {
  config: VideoConfig;
  /** True when `config` is an earlier document because the current one does not validate. */
  isStale: boolean;
}

/**
 * Memoized selector for what the Player shows: the store's document itself while it is valid, else
 * the last valid one (a half-typed invalid value must not crash the preview). Returns the same
 * object for the same document, so `inputProps` only changes when the document does.
 * During a gesture that started from a valid document the previews are shown without validating
 * each one (O(1) per pointer move instead of a whole-document check): the tools build them with the
 * same commands as every edit, and the store validates the result once, at pointer-up, undoing a
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
    const isValid = base !== null && docIssues(base).length === 0 ? true : docIssues(s.doc).length === 0;
    if (isValid) lastValid = s.doc;
    const config = lastValid ?? s.doc;
    const isStale = config !== s.doc;
    if (!lastResult || lastResult.config !== config || lastResult.isStale !== isStale) {
      lastResult = { config, isStale };
    }
    return lastResult;
  };
}
