'use client';

import type { ReactNode } from 'react';
import { builtInInsertables, type Insertable } from '@/lib/editor';
import { RectIcon, TextIcon } from '@/components/ui/icons';
import { useEditorContext } from './editor-context';

const icons: Record<string, ReactNode> = { text: <TextIcon />, rect: <RectIcon /> };

/**
 * Left panel: things to put on the timeline. Each insertable builds a clip for the canvas at the
 * playhead; `insertClip` places it on the selected (or first) track and selects it.
 * Uploaded media lives in its own panel (components/library), which adds clips with
 * `actions.addMediaClip`.
 */
export function InsertPanel({ insertables = builtInInsertables }: { insertables?: readonly Insertable[] }) {
  const { store } = useEditorContext();

  const insert = (item: Insertable) => {
    const { doc, playheadFrame, actions } = store.getState();
    const start = playheadFrame / Math.max(1, doc.meta.fps);
    actions.insertClip(item.create({ meta: doc.meta, start }));
  };

  return (
    <nav aria-label="Insert" className="flex w-44 shrink-0 flex-col gap-4 overflow-y-auto border-r border-zinc-800 bg-zinc-900/50 p-3">
      <div className="flex flex-col gap-1.5">
        <h3 className="text-[11px] font-semibold tracking-wider text-zinc-500 uppercase">Elements</h3>
        {insertables.map((item) => (
          <button
            key={item.id}
            type="button"
            onClick={() => insert(item)}
            className="flex h-9 items-center gap-2 rounded-md border border-zinc-800 bg-zinc-900 px-2.5 text-left text-xs font-medium text-zinc-200 hover:border-zinc-600 hover:bg-zinc-800 focus-visible:outline-2 focus-visible:outline-indigo-400"
          >
            <span className="text-zinc-400">{icons[item.id] ?? null}</span>
            {item.label}
          </button>
        ))}
      </div>
      <div className="mt-auto text-[10px] leading-relaxed text-zinc-600">
        <p>Space play · S split · Del delete</p>
        <p>←/→ 1 frame · Shift 1 s</p>
        <p>Ctrl+Z undo · Ctrl+Shift+Z redo</p>
      </div>
    </nav>
  );
}
