'use client';

import { memo, type PointerEvent as ReactPointerEvent } from 'react';
import type { LibraryFile } from '@/lib/editor';
import { IconButton } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { AlertIcon, FilmIcon, ImageIcon, PlusIcon, ShapesIcon, SpinnerIcon, TrashIcon } from '@/components/ui/icons';
import { formatDuration } from './format';
import { FontIcon, MusicIcon } from './library-icons';

const typeBadge: Record<LibraryFile['type'], { label: string; className: string }> = {
  video: { label: 'Video', className: 'bg-blue-500/80' },
  image: { label: 'Image', className: 'bg-emerald-600/80' },
  audio: { label: 'Audio', className: 'bg-amber-600/80' },
  font: { label: 'Font', className: 'bg-violet-600/80' },
  model: { label: '3D', className: 'bg-cyan-600/80' },
};

/** The picture a tile shows: the poster for a video, the thumbnail (or the file) for an image. */
export function tilePicture(file: LibraryFile): string | null {
  if (file.type === 'video') return file.posterUrl ?? file.thumbnailUrl;
  if (file.type === 'image') return file.thumbnailUrl ?? file.url;
  return null;
}

export interface LibraryTileProps {
  file: LibraryFile;
  onAdd: (file: LibraryFile) => void;
  onDelete: (file: LibraryFile) => void;
  onPointerDown: (event: ReactPointerEvent, file: LibraryFile) => void;
}

/** One file of the library: picture, name, duration, type, processing state; drag it to the timeline. */
export const LibraryTile = memo(function LibraryTile({ file, onAdd, onDelete, onPointerDown }: LibraryTileProps) {
  const picture = tilePicture(file);
  const badge = typeBadge[file.type];
  const isPlaceable = file.type !== 'font' && file.status !== 'failed';
  const Fallback = file.type === 'audio' ? MusicIcon : file.type === 'font' ? FontIcon : file.type === 'video' ? FilmIcon : file.type === 'model' ? ShapesIcon : ImageIcon;

  return (
    <li
      data-testid="library-tile"
      data-file-id={file.id}
      data-file-type={file.type}
      data-status={file.status}
      className="group relative flex min-w-0 flex-col overflow-hidden rounded-md border border-zinc-800 bg-zinc-900 hover:border-zinc-600"
    >
      <div
        role={isPlaceable ? 'button' : undefined}
        tabIndex={isPlaceable ? 0 : undefined}
        aria-label={isPlaceable ? `${file.name}: drag to the timeline, or double-click to add at the playhead` : file.name}
        title={isPlaceable ? 'Drag to the timeline · double-click to add at the playhead' : file.name}
        className={cn(
          'relative aspect-video w-full overflow-hidden bg-zinc-950 select-none',
          isPlaceable ? 'cursor-grab active:cursor-grabbing' : 'cursor-default',
        )}
        style={{ touchAction: 'none' }}
        onPointerDown={(event) => onPointerDown(event, file)}
        onDoubleClick={() => isPlaceable && onAdd(file)}
        onKeyDown={(event) => {
          if (isPlaceable && event.key === 'Enter') onAdd(file);
        }}
      >
        {picture ? (
          <img data-testid="library-tile-picture" src={picture} alt="" draggable={false} className="h-full w-full object-cover" loading="lazy" />
        ) : (
          <div className="flex h-full w-full items-center justify-center text-zinc-600">
            <Fallback width={24} height={24} />
          </div>
        )}
        <span className={cn('absolute top-1 left-1 rounded px-1 py-0.5 text-[9px] font-semibold tracking-wide text-white uppercase', badge.className)}>
          {badge.label}
        </span>
        {file.duration ? (
          <span data-testid="library-tile-duration" className="absolute right-1 bottom-1 rounded bg-black/75 px-1 py-0.5 font-mono text-[10px] text-zinc-100 tabular-nums">
            {formatDuration(file.duration)}
          </span>
        ) : null}
        {file.status === 'processing' ? (
          <div className="absolute inset-0 flex items-center justify-center gap-1 bg-black/55 text-[11px] text-zinc-200">
            <SpinnerIcon width={14} height={14} /> Processing…
          </div>
        ) : null}
        {file.status === 'failed' ? (
          <div className="absolute inset-0 flex items-center justify-center gap-1 bg-red-950/70 px-2 text-center text-[11px] text-red-200" title={file.error ?? undefined}>
            <AlertIcon width={14} height={14} /> {file.error ?? 'Processing failed'}
          </div>
        ) : null}
      </div>
      <span className="truncate px-1.5 py-1 text-[11px] text-zinc-300" title={file.name} data-testid="library-tile-name">
        {file.name}
      </span>
      {/* Over the picture's top-right corner, on hover or keyboard focus (the badge stays readable otherwise). */}
      <div className="absolute top-1 right-1 flex gap-0.5 rounded bg-black/70 opacity-0 group-focus-within:opacity-100 group-hover:opacity-100 [@media(hover:none)]:opacity-100">
        {isPlaceable ? (
          <IconButton size="sm" label={`Add ${file.name} at the playhead`} className="h-6 w-6 text-zinc-100" onClick={() => onAdd(file)}>
            <PlusIcon width={14} height={14} />
          </IconButton>
        ) : null}
        <IconButton size="sm" variant="danger" label={`Delete ${file.name}`} className="h-6 w-6" onClick={() => onDelete(file)}>
          <TrashIcon width={14} height={14} />
        </IconButton>
      </div>
    </li>
  );
});
