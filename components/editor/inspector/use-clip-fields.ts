'use client';

import { useCallback } from 'react';
import { selectDocIssues, setClipFields, type ClipPatch, type ClipRef, type EditResult } from '@/lib/editor';
import type { AnyClip, ConfigIssue } from '@/lib/video';
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
 * What every clip section needs: `update(field, patch)` writes shared fields through the store (one
 * undo step per field while typing continues) and returns the refusal message for the field;
 * `set(field, fields)` does the same for the clip's own fields by name (a layout's gap, a subtitle's
 * config…); `seal` ends the run; `issue(path)` is an issue the document already had (loaded from an
 * older config). `path` addresses a clip inside a layout (indices into `children`); empty: the
 * selected clip itself.
 */
export function useClipFields(selection: ClipRef, path: readonly number[] = []) {
  const actions = useEditorActions();
  const issues = useEditor(selectDocIssues);
  const pathKey = path.join('/');
  const base = `tracks[${selection.trackIndex}].clips[${selection.clipIndex}]${path.map((i) => `.children[${i}]`).join('')}`;
  const key = `${selection.trackIndex}:${selection.clipIndex}${pathKey ? `/${pathKey}` : ''}`;

  const update = useCallback(
    (field: string, patch: ClipPatch) => {
      const options = { mergeKey: `clip:${key}:${field}` };
      const at = pathKey ? pathKey.split('/').map(Number) : [];
      return refusalMessage(
        at.length === 0
          ? actions.updateClip(selection, patch, options)
          : actions.tryApply((doc) => setClipFields(doc, { ref: selection, path: at, patch }), options),
      );
    },
    [actions, selection, key, pathKey],
  );
  const set = useCallback(
    (field: string, fields: Record<string, unknown>) => {
      const at = pathKey ? pathKey.split('/').map(Number) : [];
      return refusalMessage(actions.tryApply((doc) => setClipFields(doc, { ref: selection, path: at, fields }), { mergeKey: `clip:${key}:${field}` }));
    },
    [actions, selection, key, pathKey],
  );
  const seal = useCallback(() => actions.sealHistory(), [actions]);
  const issue = useCallback((at: string) => issueAt(issues, `${base}.${at}`), [issues, base]);
  return { update, set, seal, issue, actions, selection, path, key };
}

export type ClipFields = ReturnType<typeof useClipFields>;

/** A clip of one type, top-level or inside a layout (whose children have optional timing). */
export type ClipOf<T extends AnyClip['type']> = Extract<AnyClip, { type: T }>;
