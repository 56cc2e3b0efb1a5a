'use client';

import { useId, type ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { BracesIcon, ImageIcon, ShapesIcon } from '@/components/ui/icons';
import { ElementsPanel } from './elements-panel';
import { JsonPanelTab } from './json-panel';

export interface LeftPanelTab {
  id: string;
  label: string;
  /** Shown beside the label in the phone layout's bottom bar. */
  icon: ReactNode;
  panel: (slots: { media: ReactNode }) => ReactNode;
  /** Mounted only while open (a heavy panel), instead of kept mounted like the library. */
  isLazy?: boolean;
  /** The column's width class while this tab is open (desktop). */
  width?: string;
}

/** The left column's tabs, in order; the phone layout's bottom bar lists the same entries. */
export const leftPanelTabs: readonly LeftPanelTab[] = [
  { id: 'media', label: 'Media', icon: <ImageIcon />, panel: ({ media }) => media },
  { id: 'elements', label: 'Elements', icon: <ShapesIcon />, panel: () => <ElementsPanel /> },
  { id: 'json', label: 'JSON', icon: <BracesIcon />, panel: () => <JsonPanelTab />, isLazy: true, width: 'md:w-[26rem]' },
];

/**
 * The editor's left column: tabs "Media | Elements". The media library (components/library) is
 * handed in as `media`. Every panel stays mounted so the library keeps its uploads and scroll
 * position while another tab is open. The tab is the editor's state (`tab`, `onTabChange`): on a
 * phone the editor's bottom bar switches it, and the strip here is hidden.
 */
export function LeftPanel({ media, tab, onTabChange }: { media: ReactNode; tab: string; onTabChange: (tab: string) => void }) {
  const id = useId();
  return (
    <nav aria-label="Add to video" className={cn('flex min-h-0 w-full flex-1 flex-col border-zinc-800 bg-zinc-900/50 md:w-60 md:flex-none md:border-r', leftPanelTabs.find((t) => t.id === tab)?.width)}>
      <div role="tablist" aria-label="Left panel" className="hidden shrink-0 gap-1 border-b border-zinc-800 px-2 pt-2 md:flex">
        {leftPanelTabs.map((t) => (
          <button
            key={t.id}
            id={`${id}-${t.id}-tab`}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            aria-controls={`${id}-${t.id}`}
            onClick={() => onTabChange(t.id)}
            className={cn(
              '-mb-px rounded-t-md border border-b-0 px-3 py-1.5 text-xs font-medium',
              tab === t.id ? 'border-zinc-800 bg-zinc-900 text-zinc-100' : 'border-transparent text-zinc-500 hover:text-zinc-200',
            )}
          >
            {t.label}
          </button>
        ))}
      </div>
      {leftPanelTabs.map((t) =>
        t.isLazy && tab !== t.id ? null : (
          <div key={t.id} id={`${id}-${t.id}`} role="tabpanel" aria-labelledby={`${id}-${t.id}-tab`} hidden={tab !== t.id}
            className="min-h-0 flex-1 overflow-y-auto p-3">
            {t.panel({ media })}
          </div>
        ),
      )}
      <div className="hidden shrink-0 border-t border-zinc-800 px-3 py-2 text-[10px] leading-relaxed text-zinc-600 md:block">
        <p>Space play · S split · Del delete</p>
        <p>←/→ 1 frame · Shift 1 s · Ctrl+Z undo</p>
      </div>
    </nav>
  );
}
