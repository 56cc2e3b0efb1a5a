'use client';

import { memo, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { clipLabel, type ClipRef, type LibraryFile } from '@/lib/editor';
import type { Clip } from '@/lib/video';
import { cn } from '@/components/ui/cn';
import { clipColorClass } from './clip-colors';
import { ClipMedia } from './clip-media';
import { KeyframeMarks } from './keyframe-marks';
import { ROW_HEIGHT } from './constants';
import type { DragMode } from './use-clip-drag';

export interface TimelineClipProps {
  clip: Clip;
  trackIndex: number;
  clipIndex: number;
  zoom: number;
  isSelected: boolean;
  /** The primary clip of the selection (what the inspector shows). */
  isPrimary?: boolean;
  /** The library file the clip's src points at, when it is one (name, filmstrip, waveform). */
  file?: LibraryFile;
  onPointerDown: (event: ReactPointerEvent, ref: ClipRef, mode: DragMode) => void;
  onContextMenu?: (event: ReactMouseEvent, ref: ClipRef) => void;
}

/** The label of a clip: its library file's name when it has one (never the storage id in the URL). */
export function timelineClipLabel(clip: Clip, file: LibraryFile | undefined): string {
  if (!file) return clipLabel(clip);
  return `${clip.type.charAt(0).toUpperCase()}${clip.type.slice(1)} · ${file.name}`;
}

/** Source seconds at a clip's left edge and its speed (0 and 1 for non-media clips). */
export function clipSourceStart(clip: Clip): { sourceStart: number; rate: number } {
  if (clip.type !== 'video' && clip.type !== 'audio') return { sourceStart: 0, rate: 1 };
  return { sourceStart: clip.source?.start ?? 0, rate: clip.playbackRate ?? 1 };
}

/** One clip box: positioned by start/duration × zoom; body drags, edges trim. */
export const TimelineClip = memo(function TimelineClip({
  clip,
  trackIndex,
  clipIndex,
  zoom,
  isSelected,
  isPrimary = false,
  file,
  onPointerDown,
  onContextMenu,
}: TimelineClipProps) {
  const left = clip.start * zoom;
  const width = Math.max(2, clip.duration * zoom);
  const handleWidth = Math.max(3, Math.min(8, width / 4));
  const label = timelineClipLabel(clip, file);
  const { sourceStart, rate } = clipSourceStart(clip);
  const ref = { trackIndex, clipIndex };

  return (
    <div
      data-testid="timeline-clip"
      data-clip-index={`${trackIndex}:${clipIndex}`}
      data-selected={isSelected ? 'true' : 'false'}
      data-primary={isPrimary ? 'true' : 'false'}
      data-clip-type={clip.type}
      data-start={clip.start}
      data-duration={clip.duration}
      title={`${label} — ${clip.start.toFixed(2)}s, ${clip.duration.toFixed(2)}s`}
      className={cn(
        'group absolute top-1 bottom-1 flex cursor-grab items-center overflow-hidden rounded-[5px] border text-[11px] leading-none shadow-sm active:cursor-grabbing',
        clipColorClass(clip.type),
        isSelected ? (isPrimary ? 'z-10 border-white ring-2 ring-white/80' : 'z-10 border-white/80 ring-2 ring-indigo-300/70') : 'hover:brightness-125',
      )}
      style={{ left, width, touchAction: 'none' }}
      onPointerDown={(event) => onPointerDown(event, ref, 'move')}
      onContextMenu={onContextMenu ? (event) => onContextMenu(event, ref) : undefined}
    >
      <div
        data-edge="start"
        className={cn(
          'absolute inset-y-0 left-0 z-10 cursor-ew-resize bg-white/0 hover:bg-white/40',
          isSelected && 'bg-white/25',
        )}
        style={{ width: handleWidth }}
        onPointerDown={(event) => onPointerDown(event, ref, 'trim-start')}
      />
      {file ? <ClipMedia file={file} widthPx={width} heightPx={ROW_HEIGHT - 10} zoom={zoom} sourceStart={sourceStart} rate={rate} /> : null}
      <span
        className={cn(
          'pointer-events-none relative truncate px-2 font-medium',
          file && 'mx-1 self-start mt-0.5 rounded bg-black/55 px-1 py-0.5 text-[10px] text-white',
        )}
      >
        {label}
      </span>
      <KeyframeMarks clip={clip} trackIndex={trackIndex} clipIndex={clipIndex} zoom={zoom} />
      <div
        data-edge="end"
        className={cn(
          'absolute inset-y-0 right-0 z-10 cursor-ew-resize bg-white/0 hover:bg-white/40',
          isSelected && 'bg-white/25',
        )}
        style={{ width: handleWidth }}
        onPointerDown={(event) => onPointerDown(event, ref, 'trim-end')}
      />
    </div>
  );
});
