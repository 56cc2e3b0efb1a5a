'use client';

import type { ReactNode } from 'react';
import { elementPresets, type ElementPreset } from '@/lib/editor';
import { LayersIcon, RectIcon, TextIcon } from '@/components/ui/icons';
import { useEditorContext } from './editor-context';

const groups: { id: ElementPreset['group']; title: string; icon: ReactNode }[] = [
  { id: 'text', title: 'Text', icon: <TextIcon width={14} height={14} /> },
  { id: 'shape', title: 'Shapes', icon: <RectIcon width={14} height={14} /> },
  { id: 'template', title: 'Templates', icon: <LayersIcon width={14} height={14} /> },
];

/**
 * Text presets, shapes and templates of the config language. A click puts the element at the
 * playhead through the store's `insertClip` (placement, selection and undo come with it).
 */
export function ElementsPanel({ presets = elementPresets }: { presets?: readonly ElementPreset[] }) {
  const { store } = useEditorContext();
  const insert = (preset: ElementPreset) => {
    const { doc, playheadFrame, actions } = store.getState();
    actions.insertClip(preset.create({ meta: doc.meta, start: playheadFrame / Math.max(1, doc.meta.fps) }));
  };

  return (
    <div className="flex flex-col gap-4">
      {groups.map((group) => (
        <section key={group.id} aria-label={group.title} className="flex flex-col gap-1.5">
          <h3 className="flex items-center gap-1.5 text-[11px] font-semibold tracking-wider text-zinc-500 uppercase">
            <span className="text-zinc-600">{group.icon}</span>
            {group.title}
          </h3>
          <div className="grid grid-cols-1 gap-1.5">
            {presets.filter((p) => p.group === group.id).map((preset) => (
              <button
                key={preset.id}
                type="button"
                aria-label={`Add ${preset.label.toLowerCase()}`}
                onClick={() => insert(preset)}
                className="flex flex-col items-start rounded-md border border-zinc-800 bg-zinc-900 px-2.5 py-1.5 text-left hover:border-zinc-600 hover:bg-zinc-800 focus-visible:outline-2 focus-visible:outline-indigo-400"
              >
                <span className={preset.id === 'title' ? 'text-sm font-extrabold text-zinc-100' : 'text-xs font-medium text-zinc-200'}>{preset.label}</span>
                <span className="text-[10px] leading-tight text-zinc-500">{preset.description}</span>
              </button>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
