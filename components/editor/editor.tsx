'use client';

/**
 * The video editor (client component). Render it directly: `<Editor task={task} />`.
 *
 * Providers: `Editor` wraps itself in `EditorProviders` (its own TanStack QueryClient), so the page
 * needs no provider; a page that already has a QueryClientProvider may keep it, the editor's own
 * client simply takes precedence inside.
 *
 * Data flow: one zustand store per editor (lib/editor/store) holds the document (the v2 config,
 * undoable) and the session (selection, zoom, playhead…). The timeline, inspector, preview and
 * autosave all read that one document; every edit is a named command from lib/editor/commands.
 *
 * Layout (fills the viewport):
 *   top bar ─ title · save status · undo/redo · Render
 *   left panel (Media | Elements) │ preview (Player) │ export + inspector
 *   timeline (toolbar, ruler, tracks, playhead)
 * Below 768 px (phones) the middle row shows one pane at a time — Preview, each left-panel tab, or the
 * Inspector — chosen in a bottom tab bar; the timeline stays under it.
 *
 * `media`: what the left panel's Media tab shows; by default the media library (components/library).
 * Files dropped anywhere on the editor upload to it (`LibraryDropZone` wraps the whole layout).
 */

import type { PlayerRef } from '@remotion/player';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { PlayIcon, SlidersIcon } from '@/components/ui/icons';
import { createAutosave, createEditorStore, type Autosave } from '@/lib/editor';
import type { VideoConfig } from '@/lib/video';
import { EditorContext, useEditor, type EditorContextValue } from './editor-context';
import { EditorPreview } from './editor-preview';
import { EditorProviders } from './editor-providers';
import { LibraryDropZone } from '@/components/library/library-context';
import { MediaLibrary } from '@/components/library/media-library';
import { Inspector } from './inspector/inspector';
import { LeftPanel, leftPanelTabs } from './left-panel';
import { NoLostWork } from './no-lost-work';
import { RenderCostDialog } from './render-cost-dialog';
import { RenderPanel } from './render-panel';
import { Timeline } from './timeline/timeline';
import { SaveIssues, TopBar } from './top-bar';
import type { EditorTask } from './types';
import { blurTextField, useEditorShortcuts } from './use-editor-shortcuts';
import { useRender, type RenderController } from './use-render';

export type { EditorTask } from './types';

/** A document the editor can work on: at least one track (a v2 config needs one; inserts go there). */
function editableConfig(config: VideoConfig): VideoConfig {
  return config.tracks.length > 0 ? config : { ...config, tracks: [{ clips: [] }] };
}

export function Editor({ task, media }: { task: EditorTask; media?: ReactNode }) {
  return (
    <EditorProviders>
      <EditorRoot key={task.taskId} task={task} media={media} />
    </EditorProviders>
  );
}

function EditorRoot({ task, media }: { task: EditorTask; media?: ReactNode }) {
  const [store] = useState(() => createEditorStore({ doc: editableConfig(task.config), title: task.title }));
  // The version the page loaded; later versions come from the saves themselves.
  const [openedVersion] = useState(task.version);
  const playerRef = useRef<PlayerRef | null>(null);
  const autosaveRef = useRef<Autosave | null>(null);
  const timelineHitRef = useRef<EditorContextValue['timelineHitRef']['current']>(null);

  useEffect(() => {
    const autosave = createAutosave({ store, taskId: task.taskId, baseVersion: openedVersion });
    autosaveRef.current = autosave;

    // Never lose edits: warn while anything is unsaved, and try one last save when the page goes away.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!autosave.hasUnsavedChanges()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    const onPageHide = () => autosave.flushOnUnload();
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the editor inside the app (client navigation): save what is pending.
      if (autosave.hasUnsavedChanges()) autosave.flush().catch(() => undefined);
      autosave.dispose();
      if (autosaveRef.current === autosave) autosaveRef.current = null;
    };
  }, [store, task.taskId, openedVersion]);

  const context = useMemo<EditorContextValue>(
    () => ({ taskId: task.taskId, store, playerRef, autosaveRef, timelineHitRef }),
    [task.taskId, store],
  );

  return (
    <EditorContext.Provider value={context}>
      <EditorLayout task={task} media={media} />
    </EditorContext.Provider>
  );
}

/** What the phone layout shows above the timeline: the preview, the inspector, or a left-panel tab. */
type PhonePane = 'preview' | 'inspector' | 'left';

function EditorLayout({ task, media }: { task: EditorTask; media?: ReactNode }) {
  useEditorShortcuts();
  const render = useRender(task);
  const [leftTab, setLeftTab] = useState<string>(leftPanelTabs[0]?.id ?? 'media');
  const [pane, setPane] = useState<PhonePane>('preview');
  // On a phone the render's progress and result live in the inspector pane: go there once it starts.
  const renderFromDialog: RenderController = {
    ...render,
    start: () => {
      setPane('inspector');
      return render.start();
    },
  };
  const onPhone = (shown: boolean) => (shown ? 'max-md:flex max-md:min-h-0 max-md:flex-1' : 'max-md:hidden');

  return (
    <LibraryDropZone>
    <div className="fixed inset-0 z-40 flex flex-col overflow-hidden bg-zinc-950 text-zinc-100">
      <TopBar render={render} />
      <SaveIssues />
      <NoLostWork version={task.version} />
      <div className="flex min-h-0 flex-1 flex-col md:flex-row">
        <div className={cn('md:flex md:min-h-0', onPhone(pane === 'left'))}>
          <LeftPanel media={media ?? <MediaLibrary />} tab={leftTab} onTabChange={setLeftTab} />
        </div>
        <main
          className={cn(
            'flex min-w-0 flex-col bg-[radial-gradient(circle_at_center,_rgb(39_39_42/0.5),_transparent_70%)] md:flex-1',
            onPhone(pane === 'preview'),
          )}
          onPointerDownCapture={blurTextField}
        >
          <EditorPreview />
        </main>
        <aside aria-label="Inspector" className={cn('flex w-full shrink-0 flex-col border-zinc-800 bg-zinc-900/40 md:w-80 md:border-l', onPhone(pane === 'inspector'))}>
          <RenderPanel render={render} />
          <Inspector />
        </aside>
      </div>
      <RenderCostDialog render={renderFromDialog} />
      <div className="h-[34%] min-h-40 shrink-0 border-t border-zinc-800 md:h-[36%] md:min-h-52">
        <Timeline />
      </div>
      <PhoneTabBar
        pane={pane}
        leftTab={leftTab}
        hasRenderActivity={render.hasActivity}
        onPick={(next, tab) => {
          setPane(next);
          if (tab) setLeftTab(tab);
        }}
      />
    </div>
    </LibraryDropZone>
  );
}

/** The phone layout's bottom bar: which pane fills the space above the timeline. */
function PhoneTabBar({ pane, leftTab, hasRenderActivity, onPick }: {
  pane: PhonePane;
  leftTab: string;
  hasRenderActivity: boolean;
  onPick: (pane: PhonePane, leftTab?: string) => void;
}) {
  const hasSelection = useEditor((s) => s.selection !== null);
  const entries = [
    { key: 'preview', label: 'Preview', icon: <PlayIcon />, isOn: pane === 'preview', pick: () => onPick('preview'), dot: false },
    ...leftPanelTabs.map((t) => ({ key: t.id, label: t.label, icon: t.icon, isOn: pane === 'left' && leftTab === t.id, pick: () => onPick('left', t.id), dot: false })),
    { key: 'inspector', label: 'Inspector', icon: <SlidersIcon />, isOn: pane === 'inspector', pick: () => onPick('inspector'), dot: hasSelection || hasRenderActivity },
  ];
  return (
    <nav aria-label="Editor panes" className="flex h-14 shrink-0 border-t border-zinc-800 bg-zinc-900 pb-[env(safe-area-inset-bottom)] md:hidden">
      {entries.map((e) => (
        <button
          key={e.key}
          type="button"
          aria-pressed={e.isOn}
          onClick={e.pick}
          className={cn(
            'relative flex min-w-0 flex-1 flex-col items-center justify-center gap-0.5 text-[10px] font-medium',
            e.isOn ? 'text-indigo-300' : 'text-zinc-400 active:text-zinc-100',
          )}
        >
          {e.isOn ? <span aria-hidden="true" className="absolute inset-x-4 top-0 h-0.5 rounded-full bg-indigo-400" /> : null}
          <span className="relative">
            {e.icon}
            {e.dot ? <span aria-hidden="true" className="absolute -top-0.5 -right-1 size-1.5 rounded-full bg-indigo-400" /> : null}
          </span>
          <span className="truncate">{e.label}</span>
        </button>
      ))}
    </nav>
  );
}
