'use client';

import { useId, useState, type ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { ImageIcon } from '@/components/ui/icons';
import { ElementsPanel } from './elements-panel';
import { JsonPanelTab } from './json-panel';

type Tab = 'media' | 'elements' | 'json';

/**
 * The editor's left column: tabs "Media | Elements". The media library (components/library) is
 * handed in as `media`; until it is, the tab shows a placeholder. Both panels stay mounted so the
 * library keeps its uploads and scroll position while the Elements tab is open.
 */
export function LeftPanel({ media, initialTab }: { media?: ReactNode; initialTab?: Tab }) {
  const [tab, setTab] = useState<Tab>(initialTab ?? (media ? 'media' : 'elements'));
  const id = useId();
  const tabs: { id: Tab; label: string }[] = [
    { id: 'media', label: 'Media' },
    { id: 'elements', label: 'Elements' },
    { id: 'json', label: 'JSON' },
  ];

  return (
    <nav aria-label="Add to video" className={cn('flex min-h-0 w-full shrink-0 flex-col border-zinc-800 bg-zinc-900/50 md:w-60 md:border-r', tab === 'json' && 'md:w-[26rem]')}>
      <div role="tablist" aria-label="Left panel" className="flex shrink-0 gap-1 border-b border-zinc-800 px-2 pt-2">
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`${id}-${t.id}-tab`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`${id}-${t.id}`}
            onClick={() => setTab(t.id)}
            className={cn(
              '-mb-px rounded-t-md border border-b-0 px-3 py-1.5 text-xs font-medium',
              tab === t.id ? 'border-zinc-800 bg-zinc-900 text-zinc-100' : 'border-transparent text-zinc-500 hover:text-zinc-200',
            )}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div id={`${id}-media`} role="tabpanel" aria-labelledby={`${id}-media-tab`} hidden={tab !== 'media'} className="min-h-0 flex-1 overflow-y-auto p-3">
        {media ?? <MediaPlaceholder />}
      </div>
      <div id={`${id}-elements`} role="tabpanel" aria-labelledby={`${id}-elements-tab`} hidden={tab !== 'elements'} className="min-h-0 flex-1 overflow-y-auto p-3">
        <ElementsPanel />
      </div>
      {tab === 'json' ? (
        <div id={`${id}-json`} role="tabpanel" aria-labelledby={`${id}-json-tab`} className="min-h-0 flex-1 p-3">
          <JsonPanelTab />
        </div>
      ) : null}
      <div className="hidden shrink-0 border-t border-zinc-800 px-3 py-2 text-[10px] leading-relaxed text-zinc-600 md:block">
        <p>Space play · S split · Del delete</p>
        <p>←/→ 1 frame · Shift 1 s · Ctrl+Z undo</p>
      </div>
    </nav>
  );
}

function MediaPlaceholder() {
  return (
    <div className="flex flex-col items-center gap-1.5 rounded-md border border-dashed border-zinc-800 p-3 text-center text-[11px] text-zinc-500">
      <ImageIcon className="text-zinc-600" />
      Your uploads will appear here.
    </div>
  );
}
