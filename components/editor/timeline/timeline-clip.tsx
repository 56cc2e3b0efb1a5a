'use client';

import { memo, type PointerEvent as ReactPointerEvent } from 'react';
import { clipLabel, type ClipRef } from '@/lib/editor';
import type { Clip } from '@/lib/video';
import { cn } from '@/components/ui/cn';
import { clipColorClass } from './clip-colors';
import type { DragMode } from './use-clip-drag';

export interface TimelineClipProps {
  clip: Clip;
  trackIndex: number;
  clipIndex: number;
  zoom: number;
  isSelected: boolean;
  onPointerDown: (event: ReactPointerEvent, ref: ClipRef, mode: DragMode) => void;
}

/** One clip box: positioned by start/duration × zoom; body drags, edges trim. */
export const TimelineClip = memo(function TimelineClip({
  clip,
  trackIndex,
  clipIndex,
  zoom,
  isSelected,
  onPointerDown,
}: TimelineClipProps) {
  const left = clip.start * zoom;
  const width = Math.max(2, clip.duration * zoom);
  const handleWidth = Math.max(3, Math.min(8, width / 4));
  const label = clipLabel(clip);
  const ref = { trackIndex, clipIndex };

  return (
    <div
      data-testid="timeline-clip"
      data-clip-index={`${trackIndex}:${clipIndex}`}
      data-selected={isSelected ? 'true' : 'false'}
      data-clip-type={clip.type}
      title={`${label} — ${clip.start.toFixed(2)}s, ${clip.duration.toFixed(2)}s`}
      className={cn(
        'group absolute top-1 bottom-1 flex cursor-grab items-center overflow-hidden rounded-[5px] border text-[11px] leading-none shadow-sm active:cursor-grabbing',
        clipColorClass(clip.type),
        isSelected ? 'z-10 border-white ring-2 ring-white/80' : 'hover:brightness-125',
      )}
      style={{ left, width, touchAction: 'none' }}
      onPointerDown={(event) => onPointerDown(event, ref, 'move')}
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
      <span className="pointer-events-none truncate px-2 font-medium">{label}</span>
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
