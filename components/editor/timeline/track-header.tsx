'use client';

import { memo, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Track } from '@/lib/video';
import { IconButton } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EyeIcon, EyeOffIcon, GripIcon, LockIcon, TrashIcon, UnlockIcon, VolumeIcon, VolumeOffIcon } from '@/components/ui/icons';
import { useEditorActions } from '../editor-context';
import { HEADER_WIDTH } from './constants';

export interface TrackHeaderProps {
  track: Track;
  trackIndex: number;
  trackCount: number;
  /** Pointer-down on the grip: the timeline runs the reorder drag. */
  onReorderStart: (event: ReactPointerEvent, trackIndex: number) => void;
  /** Below HEADER_WIDTH (phones) the header is the track's name, opening its actions as a native menu. */
  width: number;
}

/**
 * A track's sticky header: grip (drag to reorder; ↑/↓ when focused), name (double-click to
 * rename), hide / lock / mute toggles and delete (asks first when the track has clips).
 */
export const TrackHeader = memo(function TrackHeader({ track, trackIndex, trackCount, onReorderStart, width }: TrackHeaderProps) {
  const actions = useEditorActions();
  const [isRenaming, setIsRenaming] = useState(false);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const isCompact = width < HEADER_WIDTH;
  const name = track.id ?? (isCompact ? `T${trackIndex + 1}` : `Track ${trackIndex + 1}`);
  const n = trackIndex + 1;
  const toggle = 'h-5 w-5 rounded';
  const off = 'text-zinc-500 hover:text-zinc-100';

  const remove = () => {
    if (track.clips.length > 0) setIsConfirmingDelete(true);
    else actions.removeTrack(trackIndex);
  };

  return (
    <div
      className={cn(
        'group sticky left-0 z-40 flex shrink-0 items-stretch gap-0.5 border-r border-zinc-800 bg-zinc-900 pr-1',
        track.locked && 'bg-zinc-900/95',
      )}
      style={{ width }}
      data-testid="track-header"
    >
      {isCompact ? (
        <CompactTrackMenu name={name} track={track} trackIndex={trackIndex} trackCount={trackCount} onDelete={remove} />
      ) : (
      <>
      <button
        type="button"
        aria-label={`Reorder track ${n} (drag, or ↑/↓)`}
        title="Drag to reorder (upper tracks are drawn on top)"
        className="flex w-4 shrink-0 cursor-grab touch-none items-center justify-center text-zinc-500 hover:bg-zinc-800 hover:text-zinc-300 active:cursor-grabbing"
        onPointerDown={(event) => onReorderStart(event, trackIndex)}
        onKeyDown={(event) => {
          if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
          event.preventDefault();
          event.stopPropagation();
          actions.moveTrack(trackIndex, trackIndex + (event.key === 'ArrowUp' ? 1 : -1));
        }}
      >
        <GripIcon width={12} height={12} />
      </button>
      <div className="flex min-w-0 flex-1 flex-col justify-center gap-0.5">
        {isRenaming ? (
          <input
            aria-label={`Name of track ${n}`}
            defaultValue={track.id ?? ''}
            placeholder={`Track ${n}`}
            autoFocus
            maxLength={64}
            className="h-5 w-full min-w-0 rounded border border-indigo-400 bg-zinc-950 px-1 text-xs text-zinc-100 outline-none"
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
              if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                // Back to the old name: blur without committing.
                event.currentTarget.dataset.cancelled = 'true';
                event.currentTarget.blur();
              }
            }}
            onBlur={(event) => {
              if (event.currentTarget.dataset.cancelled !== 'true') actions.updateTrack(trackIndex, { id: event.currentTarget.value });
              setIsRenaming(false);
            }}
          />
        ) : (
          <div
            className="truncate text-xs font-medium text-zinc-200"
            title="Double-click to rename"
            data-testid="track-name"
            onDoubleClick={() => setIsRenaming(true)}
          >
            {name}
          </div>
        )}
        <div className="flex items-center gap-0.5">
          <IconButton
            size="sm"
            label={track.hidden ? `Show track ${n}` : `Hide track ${n}`}
            aria-pressed={track.hidden === true}
            className={cn(toggle, track.hidden ? 'text-amber-300!' : off)}
            onClick={() => actions.updateTrack(trackIndex, { hidden: !track.hidden })}
          >
            {track.hidden ? <EyeOffIcon width={13} height={13} /> : <EyeIcon width={13} height={13} />}
          </IconButton>
          <IconButton
            size="sm"
            label={track.locked ? `Unlock track ${n}` : `Lock track ${n}`}
            aria-pressed={track.locked === true}
            className={cn(toggle, track.locked ? 'text-amber-300!' : off)}
            onClick={() => actions.updateTrack(trackIndex, { locked: !track.locked })}
          >
            {track.locked ? <LockIcon width={13} height={13} /> : <UnlockIcon width={13} height={13} />}
          </IconButton>
          <IconButton
            size="sm"
            label={`Mute track ${n}`}
            aria-pressed={track.muted === true}
            className={cn(toggle, track.muted ? 'text-amber-300!' : off)}
            onClick={() => actions.updateTrack(trackIndex, { muted: !track.muted })}
          >
            {track.muted ? <VolumeOffIcon width={13} height={13} /> : <VolumeIcon width={13} height={13} />}
          </IconButton>
          <span className="flex-1" />
          <IconButton
            size="sm"
            variant="danger"
            label={`Delete track ${n}`}
            className={cn(toggle, 'opacity-0 group-hover:opacity-100 focus-visible:opacity-100')}
            disabled={trackCount <= 1 || track.locked === true}
            onClick={remove}
          >
            <TrashIcon width={13} height={13} />
          </IconButton>
        </div>
      </div>
      </>
      )}
      <ConfirmDialog
        isOpen={isConfirmingDelete}
        title={`Delete “${name}”?`}
        confirmLabel="Delete track"
        isDanger
        onConfirm={() => {
          setIsConfirmingDelete(false);
          actions.removeTrack(trackIndex);
        }}
        onCancel={() => setIsConfirmingDelete(false)}
      >
        Its {track.clips.length} clip{track.clips.length === 1 ? '' : 's'} will be deleted too. Undo brings them back.
      </ConfirmDialog>
    </div>
  );
});

/**
 * A narrow header's one control: the track's name, opening the track's actions as a native menu (a
 * phone shows its own picker), since the toggles of the wide header do not fit.
 */
function CompactTrackMenu({ name, track, trackIndex, trackCount, onDelete }: { name: string; track: Track; trackIndex: number; trackCount: number; onDelete: () => void }) {
  const actions = useEditorActions();
  const run = (action: string) => {
    if (action === 'up') actions.moveTrack(trackIndex, trackIndex + 1);
    else if (action === 'down') actions.moveTrack(trackIndex, trackIndex - 1);
    else if (action === 'hide') actions.updateTrack(trackIndex, { hidden: !track.hidden });
    else if (action === 'lock') actions.updateTrack(trackIndex, { locked: !track.locked });
    else if (action === 'mute') actions.updateTrack(trackIndex, { muted: !track.muted });
    else if (action === 'delete') onDelete();
  };
  const isFlagged = track.muted === true || track.hidden === true || track.locked === true;
  return (
    <select
      aria-label={`Track ${trackIndex + 1} actions`}
      value=""
      onChange={(event) => run(event.target.value)}
      className={cn('w-full min-w-0 cursor-pointer appearance-none truncate bg-transparent pl-2 text-xs font-medium focus:outline-none', isFlagged ? 'text-amber-300' : 'text-zinc-200')}
    >
      <option value="" disabled hidden>{name}</option>
      <option value="up" disabled={trackIndex >= trackCount - 1}>Move up (drawn above)</option>
      <option value="down" disabled={trackIndex === 0}>Move down (drawn below)</option>
      <option value="hide">{track.hidden ? 'Show track' : 'Hide track'}</option>
      <option value="lock">{track.locked ? 'Unlock track' : 'Lock track'}</option>
      <option value="mute">{track.muted ? 'Unmute track' : 'Mute track'}</option>
      <option value="delete" disabled={trackCount <= 1 || track.locked === true}>Delete track</option>
    </select>
  );
}
