'use client';

import { selectCanRedo, selectCanUndo } from '@/lib/editor';
import { Button, IconButton } from '@/components/ui/button';
import { AlertIcon, CheckIcon, FilmIcon, RedoIcon, SpinnerIcon, UndoIcon } from '@/components/ui/icons';
import { cn } from '@/components/ui/cn';
import { useEditor, useEditorActions, useEditorContext } from './editor-context';
import type { RenderController } from './use-render';

/** Title, save status, undo/redo and Render. */
export function TopBar({ render }: { render: RenderController }) {
  const actions = useEditorActions();
  const title = useEditor((s) => s.title);
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const mod = 'Ctrl/⌘+';

  return (
    <header className="flex h-11 shrink-0 items-center gap-1 border-b border-zinc-800 bg-zinc-900 px-1.5 sm:gap-2 sm:px-2">
      <a
        href="/dashboard"
        className="flex h-8 shrink-0 items-center gap-1.5 rounded-md px-2 text-sm font-semibold text-zinc-100 hover:bg-zinc-800"
        title="Back to your videos"
      >
        <FilmIcon className="text-indigo-400" />
        <span className="max-sm:sr-only">Cutroom</span>
      </a>
      <div className="h-5 w-px shrink-0 bg-zinc-800 max-sm:hidden" />
      <input
        aria-label="Title"
        data-native-undo
        value={title}
        placeholder="Untitled video"
        maxLength={200}
        spellCheck={false}
        onChange={(event) => actions.setTitle(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'Escape') event.currentTarget.blur();
        }}
        className="h-8 w-24 min-w-0 flex-1 truncate rounded-md sm:max-w-72 border border-transparent bg-transparent px-2 text-sm font-medium text-zinc-100 hover:border-zinc-700 focus:border-indigo-400 focus:bg-zinc-950 focus:outline-none"
      />
      <SaveStatus />
      <div className="hidden flex-1 sm:block" />
      <IconButton label="Undo" shortcut={`${mod}Z`} disabled={!canUndo} onClick={() => actions.undo()}>
        <UndoIcon />
      </IconButton>
      <IconButton label="Redo" shortcut={`${mod}Shift+Z`} disabled={!canRedo} onClick={() => actions.redo()}>
        <RedoIcon />
      </IconButton>
      <div className="mx-0.5 h-5 w-px shrink-0 bg-zinc-800 sm:mx-1" />
      <Button
        variant="primary"
        disabled={render.isStarting || render.isRendering}
        onClick={render.requestRender}
        icon={render.isStarting || render.isRendering ? <SpinnerIcon /> : null}
      >
        Render
      </Button>
    </header>
  );
}

function SaveStatus() {
  const save = useEditor((s) => s.save);
  const isFailed = save.status === 'error' || save.status === 'conflict';
  const label =
    save.status === 'saved' ? 'Saved' : save.status === 'conflict' ? 'Not saved: changed elsewhere' : save.status === 'error' ? save.message : 'Saving…';
  return (
    <div className="flex shrink-0 items-center gap-1.5 text-xs" aria-live="polite" title={label}>
      {save.status === 'saved' ? (
        <CheckIcon width={14} height={14} className="text-emerald-400" />
      ) : isFailed ? (
        <AlertIcon width={14} height={14} className="shrink-0 text-red-400" />
      ) : (
        <SpinnerIcon width={14} height={14} className="text-zinc-400" />
      )}
      <span
        data-testid="save-status"
        data-status={save.status}
        title={isFailed ? label : undefined}
        className={cn('truncate max-sm:sr-only', isFailed ? 'max-w-80 text-red-300' : 'text-zinc-400')}
      >
        {label}
      </span>
    </div>
  );
}

/** The issues of a rejected save (`INVALID_CONFIG`), listed under the top bar until fixed. */
export function SaveIssues() {
  const save = useEditor((s) => s.save);
  const { autosaveRef } = useEditorContext();
  if (save.status !== 'error') return null;
  return (
    <div role="alert" className="flex shrink-0 items-start gap-2 border-b border-red-500/30 bg-red-950/60 px-3 py-1.5 text-xs text-red-200">
      <AlertIcon width={14} height={14} className="mt-0.5 shrink-0 text-red-400" />
      <div className="min-w-0 flex-1">
        <p>
          Not saved: {save.message}
          {save.issues.length === 0 ? ' — your changes are kept and will be saved with your next edit.' : null}
        </p>
        {save.issues.length > 0 ? (
          <ul data-testid="save-issues" className="mt-0.5 max-h-20 list-disc overflow-y-auto pl-4">
            {save.issues.map((issue, i) => (
              <li key={`${issue.path}-${i}`}>
                <code className="font-mono text-red-100">{issue.path}</code>: {issue.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <Button size="sm" variant="ghost" onClick={() => void autosaveRef.current?.flush().catch(() => undefined)}>
        Retry save
      </Button>
    </div>
  );
}
