'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useEditor, useEditorActions } from '../editor-context';
import { readClips, writeClips } from './clipboard-io';

export interface ContextMenuAt {
  x: number;
  y: number;
}

interface Item {
  label: string;
  keys: string;
  run: () => void;
  isDisabled?: boolean;
  isDanger?: boolean;
}

/**
 * The timeline's right-click menu: the clip actions of the keyboard, for the whole selection.
 * Arrow keys move between items, Enter runs one, Escape or a press elsewhere closes it.
 */
export function TimelineContextMenu({ at, onClose }: { at: ContextMenuAt; onClose: () => void }) {
  const actions = useEditorActions();
  const count = useEditor((s) => s.selectedRefs.length);
  const hasPrimary = useEditor((s) => s.selection !== null);
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState(at);

  const items: Item[] = [
    {
      label: 'Cut',
      keys: 'Ctrl+X',
      isDisabled: count === 0,
      run: () => {
        const payload = actions.cutSelection();
        if (payload) void writeClips(payload);
      },
    },
    {
      label: 'Copy',
      keys: 'Ctrl+C',
      isDisabled: count === 0,
      run: () => {
        const payload = actions.copySelection();
        if (payload) void writeClips(payload);
      },
    },
    {
      label: 'Paste at playhead',
      keys: 'Ctrl+V',
      run: () => {
        void readClips().then((payload) => actions.paste(payload));
      },
    },
    { label: 'Duplicate', keys: 'Ctrl+D', isDisabled: count === 0, run: () => actions.duplicateSelected() },
    { label: 'Split at playhead', keys: 'S', isDisabled: !hasPrimary, run: () => actions.splitSelectedAtPlayhead() },
    { label: 'Select all', keys: 'Ctrl+A', run: () => actions.selectAll() },
    { label: 'Delete', keys: 'Del', isDisabled: count === 0, isDanger: true, run: () => actions.removeSelected() },
    { label: 'Ripple delete', keys: 'Shift+Del', isDisabled: count === 0, isDanger: true, run: () => actions.rippleDeleteSelected() },
  ];

  // Keep the menu inside the viewport.
  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPosition({ x: Math.max(4, Math.min(at.x, window.innerWidth - width - 4)), y: Math.max(4, Math.min(at.y, window.innerHeight - height - 4)) });
    menu.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [at]);

  useEffect(() => {
    const onDown = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }
    };
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('blur', onClose);
    window.addEventListener('resize', onClose);
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('blur', onClose);
      window.removeEventListener('resize', onClose);
    };
  }, [onClose]);

  const moveFocus = (step: 1 | -1) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(i + step + buttons.length) % buttons.length]?.focus();
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label="Clip actions"
      data-testid="timeline-context-menu"
      className="fixed z-[60] min-w-52 rounded-lg border border-zinc-700 bg-zinc-900/95 py-1 text-[13px] text-zinc-100 shadow-2xl backdrop-blur"
      style={{ left: position.x, top: position.y }}
      onContextMenu={(event) => event.preventDefault()}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          event.stopPropagation();
          moveFocus(event.key === 'ArrowDown' ? 1 : -1);
        }
      }}
    >
      {count > 1 ? <div className="px-3 pt-1 pb-1.5 text-[11px] text-zinc-500">{count} clips selected</div> : null}
      {items.map((item, i) => (
        <div key={item.label}>
          {i === 6 ? <div className="my-1 h-px bg-zinc-800" /> : null}
          <button
            type="button"
            role="menuitem"
            disabled={item.isDisabled}
            onClick={() => {
              onClose();
              item.run();
            }}
            className={`flex w-full items-center justify-between gap-6 px-3 py-1.5 text-left outline-none hover:bg-zinc-800 focus-visible:bg-zinc-800 disabled:opacity-40 disabled:hover:bg-transparent ${item.isDanger ? 'text-red-300' : ''}`}
          >
            <span>{item.label}</span>
            <kbd className="font-mono text-[11px] text-zinc-500">{item.keys}</kbd>
          </button>
        </div>
      ))}
    </div>
  );
}
