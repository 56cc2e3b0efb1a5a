'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { clearDraft, draftOnOpen, keepLocalDraft, type LocalDraft } from '@/lib/editor';
import { Button } from '@/components/ui/button';
import { AlertIcon } from '@/components/ui/icons';
import { useEditor, useEditorContext } from './editor-context';

/**
 * The editor's "no lost work" banners, under the top bar:
 *  - a local draft found on open (unsaved edits from a crash or a closed tab) that differs from the
 *    stored video: restore it (one undo step) or discard it. Until the person chooses, the draft is
 *    left as it is; afterwards every change is kept as the new draft until the server has it.
 *  - a save conflict (the video changed in another tab or program): autosave has stopped; load the
 *    other version (one undo step: undo brings this one back) or keep this one (overwrite).
 */
export function NoLostWork({ version }: { version: number }) {
  const { store, taskId, autosaveRef } = useEditorContext();
  /** undefined: not looked yet (server render, first paint); null: none or decided. */
  const [draft, setDraft] = useState<LocalDraft | null | undefined>(undefined);

  useEffect(() => {
    // localStorage exists only in the browser, so the draft is looked for after hydration.
    const found = draftOnOpen(window.localStorage, { taskId, config: store.getState().doc, title: store.getState().title });
    setDraft(found);
  }, [store, taskId]);

  const isDecided = draft === null;
  useEffect(() => {
    if (!isDecided) return;
    const keeper = keepLocalDraft({
      store,
      taskId,
      storage: window.localStorage,
      baseVersion: () => autosaveRef.current?.baseVersion() ?? version,
      isSaved: () => !(autosaveRef.current?.hasUnsavedChanges() ?? false),
    });
    const onPageHide = () => keeper.flush();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      keeper.dispose();
    };
  }, [isDecided, store, taskId, autosaveRef, version]);

  const restore = (d: LocalDraft) => {
    // The draft keeps the version it was made on: if the video changed since, its save meets the conflict prompt.
    autosaveRef.current?.setBaseVersion(d.baseVersion);
    const { actions } = store.getState();
    actions.apply(() => d.config);
    actions.setTitle(d.title);
    setDraft(null);
  };
  const discard = () => {
    clearDraft(window.localStorage, taskId);
    setDraft(null);
  };

  return (
    <>
      {draft ? <DraftPrompt draft={draft} isStale={draft.baseVersion < version} onRestore={() => restore(draft)} onDiscard={discard} /> : null}
      <ConflictBanner />
    </>
  );
}

function Banner({ testId, children, actions }: { testId: string; children: ReactNode; actions: ReactNode }) {
  return (
    <div
      role="alert"
      data-testid={testId}
      className="flex shrink-0 flex-wrap items-center gap-2 border-b border-amber-500/30 bg-amber-950/70 px-3 py-1.5 text-xs text-amber-100"
    >
      <AlertIcon width={14} height={14} className="shrink-0 text-amber-400" />
      <p className="min-w-0 flex-1">{children}</p>
      <div className="flex gap-1.5">{actions}</div>
    </div>
  );
}

function DraftPrompt({ draft, isStale, onRestore, onDiscard }: { draft: LocalDraft; isStale: boolean; onRestore: () => void; onDiscard: () => void }) {
  const when = new Date(draft.savedAt).toLocaleString();
  return (
    <Banner
      testId="draft-prompt"
      actions={
        <>
          <Button size="sm" variant="primary" onClick={onRestore}>
            Restore draft
          </Button>
          <Button size="sm" variant="ghost" onClick={onDiscard}>
            Discard
          </Button>
        </>
      }
    >
      This browser has unsaved changes to this video from {when}.
      {isStale ? ' The video was saved elsewhere since: restoring will ask which version to keep.' : ''}
    </Banner>
  );
}

function ConflictBanner() {
  const save = useEditor((s) => s.save);
  const { autosaveRef, store } = useEditorContext();
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  if (save.status !== 'conflict') return null;

  const run = (choice: 'theirs' | 'mine') => {
    const autosave = autosaveRef.current;
    if (!autosave) return;
    setBusy(true);
    setFailure(null);
    const done = choice === 'theirs' ? autosave.loadTheirs() : autosave.keepMine();
    done
      .catch((error: unknown) => {
        // A newer conflict shows itself through the save state; anything else is said here.
        if (store.getState().save.status !== 'conflict') setFailure(error instanceof Error ? error.message : 'That did not work');
      })
      .finally(() => setBusy(false));
  };

  return (
    <Banner
      testId="conflict-banner"
      actions={
        <>
          <Button size="sm" variant="primary" disabled={isBusy} onClick={() => run('theirs')}>
            Load the other version
          </Button>
          <Button size="sm" variant="danger" disabled={isBusy} onClick={() => run('mine')}>
            Keep mine (overwrite)
          </Button>
        </>
      }
    >
      Not saved: {save.message} Autosave is paused until you choose (version {save.currentVersion} is stored now).
      {failure ? <span className="ml-1 text-red-300">{failure}</span> : null}
    </Banner>
  );
}
