'use client';

import { useCallback, useMemo, useState } from 'react';
import {
  countFileUses,
  filterLibraryFiles,
  libraryFileTypes,
  selectPlayheadSeconds,
  type LibraryFile,
  type LibraryFileType,
  type LibrarySort,
} from '@/lib/editor';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useEditor, useEditorContext } from '@/components/editor/editor-context';
import { useLibrary } from './library-context';
import { UploadIcon } from './library-icons';
import { LibraryTile, tilePicture } from './library-tile';
import { UploadList } from './upload-list';
import { useDeleteLibraryFile, useLibraryFiles } from './use-library-files';
import { useTileDrag, type TileDragGhost } from './use-tile-drag';

const filterLabels: Record<LibraryFileType | 'all', string> = { all: 'All', video: 'Video', image: 'Images', audio: 'Audio', font: 'Fonts', model: '3D' };

/**
 * The media library panel: Upload (or drop files anywhere on the editor), the uploads in flight,
 * type filter, name search, sort, and the grid of files. A tile goes on the timeline by dragging it
 * onto a track, double-clicking it, or its + button (at the playhead).
 */
export function MediaLibrary() {
  const { store } = useEditorContext();
  const { files, isPending, error } = useLibraryFiles();
  const { uploads, openPicker, dismissUpload } = useLibrary();
  const [type, setType] = useState<LibraryFileType | 'all'>('all');
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('newest');
  const [ghost, setGhost] = useState<TileDragGhost | null>(null);
  const [toDelete, setToDelete] = useState<LibraryFile | null>(null);
  const remove = useDeleteLibraryFile();
  const startDrag = useTileDrag(setGhost);
  const shown = useMemo(() => filterLibraryFiles(files, { type, query, sort }), [files, type, query, sort]);
  const uses = useEditor((s) => (toDelete ? countFileUses(s.doc, toDelete.url) : 0));

  const addAtPlayhead = useCallback(
    (file: LibraryFile) => {
      const state = store.getState();
      state.actions.addMediaClip({ media: file, start: selectPlayheadSeconds(state), trackIndex: state.selection?.trackIndex ?? 0 });
    },
    [store],
  );

  const confirmDelete = () => {
    if (!toDelete) return;
    remove.mutate(toDelete.id, { onSuccess: () => setToDelete(null) });
  };

  return (
    <section aria-label="Media library" data-testid="media-library" className="flex min-h-full flex-col gap-2">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-[11px] font-semibold tracking-wider text-zinc-400 uppercase">Your media</h3>
        <Button size="sm" variant="primary" icon={<UploadIcon width={14} height={14} />} onClick={openPicker}>
          Upload
        </Button>
      </div>
      <div className="flex flex-col gap-2">
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Search by name"
          aria-label="Search media by name"
          className="h-7 w-full rounded-md border border-zinc-800 bg-zinc-950 px-2 text-xs text-zinc-100 placeholder:text-zinc-600 focus:border-indigo-500 focus:outline-none"
        />
        <div className="flex items-center gap-1">
          <div role="group" aria-label="Filter by type" className="flex min-w-0 flex-1 flex-wrap gap-1">
            {(['all', ...libraryFileTypes] as const).map((t) => (
              <button
                key={t}
                type="button"
                aria-pressed={type === t}
                onClick={() => setType(t)}
                className={cn(
                  'rounded px-1.5 py-0.5 text-[10px] font-medium',
                  type === t ? 'bg-indigo-500/25 text-indigo-200' : 'text-zinc-500 hover:bg-zinc-800 hover:text-zinc-300',
                )}
              >
                {filterLabels[t]}
              </button>
            ))}
          </div>
          <select
            aria-label="Sort media"
            value={sort}
            onChange={(e) => setSort(e.target.value as LibrarySort)}
            className="h-6 shrink-0 rounded border border-zinc-800 bg-zinc-950 px-1 text-[10px] text-zinc-300"
          >
            <option value="newest">Newest</option>
            <option value="oldest">Oldest</option>
            <option value="name">Name</option>
          </select>
        </div>
        <UploadList uploads={uploads} onDismiss={dismissUpload} />
      </div>
      <div className="flex-1">
        {error ? (
          <p role="alert" className="text-xs text-red-300">
            Could not load your media: {error.message}
          </p>
        ) : isPending ? (
          <p className="text-xs text-zinc-500">Loading your media…</p>
        ) : files.length === 0 ? (
          <button
            type="button"
            onClick={openPicker}
            data-testid="library-empty"
            className="flex w-full flex-col items-center gap-1.5 rounded-md border border-dashed border-zinc-700 p-4 text-center text-[11px] text-zinc-400 hover:border-indigo-400 hover:text-zinc-200"
          >
            <UploadIcon width={20} height={20} />
            Drop video, images, audio, fonts or GLB models anywhere here, or click to choose files.
          </button>
        ) : shown.length === 0 ? (
          <p className="text-xs text-zinc-500">No media matches.</p>
        ) : (
          <ul aria-label="Media files" className="grid grid-cols-2 gap-2">
            {shown.map((file) => (
              <LibraryTile key={file.id} file={file} onAdd={addAtPlayhead} onDelete={setToDelete} onPointerDown={startDrag} />
            ))}
          </ul>
        )}
      </div>

      {ghost ? <DragGhost ghost={ghost} /> : null}

      <ConfirmDialog
        isOpen={toDelete !== null}
        title={`Delete “${toDelete?.name ?? ''}”?`}
        confirmLabel="Delete file"
        isDanger
        isBusy={remove.isPending}
        error={remove.error?.message ?? null}
        onCancel={() => {
          remove.reset();
          setToDelete(null);
        }}
        onConfirm={confirmDelete}
      >
        {uses > 0 ? (
          <p data-testid="delete-in-use-warning" className="rounded-md border border-amber-800 bg-amber-950/50 px-3 py-2 text-amber-200">
            {uses === 1 ? '1 clip in this video uses' : `${uses} clips in this video use`} this file. They will show nothing
            and the video will not render until you remove or replace them.
          </p>
        ) : (
          <p>The file is removed from your library and storage. No clip in this video uses it.</p>
        )}
      </ConfirmDialog>
    </section>
  );
}

function DragGhost({ ghost }: { ghost: TileDragGhost }) {
  const picture = tilePicture(ghost.file);
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed z-[70] flex w-32 -translate-x-1/2 -translate-y-1/2 flex-col overflow-hidden rounded-md border border-indigo-400 bg-zinc-900/90 shadow-xl"
      style={{ left: ghost.x, top: ghost.y }}
    >
      {picture ? (
        <img src={picture} alt="" className="aspect-video w-full object-cover" />
      ) : null}
      <span className="truncate px-1.5 py-0.5 text-[10px] text-zinc-200">{ghost.file.name}</span>
    </div>
  );
}
