import type { ConfigIssue } from '../video';
import { docIssues } from './selectors';
import type { EditorDoc } from './types';

export type EditCheck = { ok: true } | { ok: false; issues: ConfigIssue[] };

const key = (i: ConfigIssue) => `${i.path}\u0000${i.message}`;

/**
 * Whether `next` may replace `prev` in the store: it must validate with lib/video's rules. A document
 * that was loaded already broken (an older API config) can still be edited, as long as the edit adds
 * no problem of its own. The refused issues are the new ones, with their JSON paths, so the field
 * that caused them can say why.
 */
export function checkEdit(prev: EditorDoc, next: EditorDoc): EditCheck {
  const issues = docIssues(next);
  if (issues.length === 0) return { ok: true };
  const before = new Set(docIssues(prev).map(key));
  const added = issues.filter((i) => !before.has(key(i)));
  return added.length === 0 ? { ok: true } : { ok: false, issues: added };
}
