'use client';

import { SHORTCUTS, type ShortcutGroup } from '@/lib/editor';
import { IconButton } from '@/components/ui/button';
import { CloseIcon } from '@/components/ui/icons';
import { useModalDialog } from '@/components/ui/use-modal-dialog';
import { useEditor, useEditorActions } from './editor-context';

/** Two columns of groups (left, right); on a phone they stack. */
const COLUMNS: ShortcutGroup[][] = [
  ['Playback', 'Edit', 'View'],
  ['Selection', 'Timeline', 'Canvas', 'Tracks'],
];
const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** "Mod" reads as ⌘ on macOS and Ctrl elsewhere. */
function displayKey(key: string): string {
  return key.replaceAll('Mod', isMac() ? '⌘' : 'Ctrl').replaceAll('Alt', isMac() ? '⌥' : 'Alt');
}

/** The `?` panel: every entry of SHORTCUTS, by group (a modal <dialog>: Escape and the backdrop close it). */
export function ShortcutsPanel() {
  const isOpen = useEditor((s) => s.isShortcutsPanelOpen);
  const actions = useEditorActions();
  const ref = useModalDialog(isOpen);

  return (
    <dialog
      ref={ref}
      aria-labelledby="shortcuts-title"
      data-testid="shortcuts-panel"
      onClose={() => actions.setShortcutsPanelOpen(false)}
      onClick={(event) => {
        if (event.target === event.currentTarget) actions.setShortcutsPanelOpen(false);
      }}
      className="m-auto max-h-[86vh] w-[min(52rem,94vw)] overflow-hidden rounded-xl border border-zinc-700 bg-zinc-900 p-0 text-zinc-100 shadow-2xl backdrop:bg-black/60"
    >
      <div className="flex items-center justify-between border-b border-zinc-800 px-5 py-3">
        <h2 id="shortcuts-title" className="text-base font-semibold">Keyboard shortcuts</h2>
        <IconButton label="Close" size="sm" onClick={() => actions.setShortcutsPanelOpen(false)}>
          <CloseIcon />
        </IconButton>
      </div>
      <div className="grid max-h-[calc(86vh-3.5rem)] gap-x-8 overflow-y-auto px-5 py-4 sm:grid-cols-2">
        {COLUMNS.map((groups) => (
          <div key={groups.join()}>
            {groups.map((group) => {
              const entries = SHORTCUTS.filter((e) => e.group === group);
              if (entries.length === 0) return null;
              return (
                <section key={group} className="mb-4">
                  <h3 className="mb-1.5 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">{group}</h3>
                  <dl className="space-y-1">
                    {entries.map((entry) => (
                      <div key={`${entry.keys.join()}-${entry.action}`} data-testid="shortcut-entry" className="flex items-baseline justify-between gap-3 text-[13px]">
                        <dt className="text-zinc-300">
                          {entry.action}
                          {entry.when ? <span className="text-zinc-500"> · {entry.when}</span> : null}
                        </dt>
                        <dd className="flex shrink-0 flex-wrap justify-end gap-1">
                          {entry.keys.map((key) => (
                            <kbd key={key} className="rounded border border-zinc-700 bg-zinc-800 px-1.5 py-0.5 font-mono text-[11px] text-zinc-200">
                              {displayKey(key)}
                            </kbd>
                          ))}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </section>
              );
            })}
          </div>
        ))}
      </div>
    </dialog>
  );
}
