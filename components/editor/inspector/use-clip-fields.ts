'use client';

import { useCallback } from 'react';
import { selectDocIssues, type ClipPatch, type ClipRef, type EditResult } from '@/lib/editor';
import type { ConfigIssue } from '@/lib/video';
import { useEditor, useEditorActions } from '../editor-context';

/** "must be between 0 and 1" → "Must be between 0 and 1". */
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/** The message a field shows for a refused edit (its first new issue), or undefined when applied. */
export function refusalMessage(result: EditResult): string | undefined {
  if (result.status !== 'refused') return undefined;
  return sentence(result.issues[0]?.message ?? 'That value is not allowed');
}

function issueAt(issues: ConfigIssue[], path: string): string | undefined {
  const issue = issues.find((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`));
  return issue ? sentence(issue.message) : undefined;
}

/**
 * What every clip section needs: `update(field, patch)` writes through the store (one undo step per
 * field while typing continues) and returns the refusal message for the field; `seal` ends the run;
 * `issue(path)` is an issue the document already had (loaded from an older config).
 */
export function useClipFields(selection: ClipRef) {
  const actions = useEditorActions();
  const issues = useEditor(selectDocIssues);
  const base = `tracks[${selection.trackIndex}].clips[${selection.clipIndex}]`;
  const key = `${selection.trackIndex}:${selection.clipIndex}`;

  const update = useCallback(
    (field: string, patch: ClipPatch) => refusalMessage(actions.updateClip(selection, patch, { mergeKey: `clip:${key}:${field}` })),
    [actions, selection, key],
  );
  const seal = useCallback(() => actions.sealHistory(), [actions]);
  const issue = useCallback((path: string) => issueAt(issues, `${base}.${path}`), [issues, base]);
  return { update, seal, issue, actions, selection, key };
}

export type ClipFields = ReturnType<typeof useClipFields>;
