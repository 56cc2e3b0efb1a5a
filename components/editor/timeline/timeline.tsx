'use client';

import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';
import {
  formatTimecode,
  hasRef,
  indexFilesByUrl,
  isInWindow,
  pressClip,
  selectPlayheadSeconds,
  sourceSpan,
  startPointerSession,
  type ClipRef,
  type LibraryFile,
  type MediaDropPreview,
  type TimelinePoint,
  visibleWindow,
} from '@/lib/editor';
import { compositionGeometry } from '@/lib/composition/composition-geometry';
import { totalDuration, type Clip, type Track } from '@/lib/video';
import { useLibraryFiles } from '@/components/library/use-library-files';
import { Button, IconButton } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import {
  CopyIcon,
  FitIcon,
  KeyboardIcon,
  LoopIcon,
  MagnetIcon,
  MinusIcon,
  PauseIcon,
  PlayIcon,
  PlusIcon,
  ScissorsIcon,
  TrashIcon,
} from '@/components/ui/icons';
import { useElementSize } from '@/components/ui/use-element-size';
import { useEditor, useEditorActions, useEditorContext } from '../editor-context';
import { ShortcutsPanel } from '../shortcuts-panel';
import { blurTextField } from '../use-editor-shortcuts';
import { DRAG_THRESHOLD_PX, headerWidthFor, ROW_HEIGHT, RULER_HEIGHT, TAIL_SECONDS } from './constants';
import { ClipMedia } from './clip-media';
import { TimelineClip } from './timeline-clip';
import { TimelineContextMenu, type ContextMenuAt } from './timeline-context-menu';
import { TimelineRuler } from './timeline-ruler';
import { TrackHeader } from './track-header';
import { useClipDrag, type DragMode } from './use-clip-drag';
import { useMarquee, type MarqueeRect } from './use-marquee';

const ZOOM_STEP = 1.25;

const srcOf = (clip: Clip): string | null => {
  const src = (clip as { src?: unknown }).src;
  return typeof src === 'string' ? src : null;
};

/**
 * The timeline: a toolbar, a seconds ruler, one row per track with its clips, and the playhead.
 * Rows are drawn in paint order, the last track on top (as in every editor: the upper track is
 * drawn over the lower one; the store keeps zIndex = track index, see `layerByTrack`).
 * Geometry is `seconds × zoom` (px per second); zoom and scroll are session state only.
 * Ctrl/⌘ + wheel zooms around the pointer; Shift + wheel scrolls horizontally.
 * Virtualized: only the clips in and near the view are mounted (`visibleWindow`: the view plus one
 * view width each side, two rows above and below, in chunks so small scrolls change nothing); every
 * track row and header stays. Selection, marquee and keys work on the document, not on the DOM, so
 * they reach clips that are not mounted; the primary selected clip is always mounted.
 */
export function Timeline() {
  const { store, timelineHitRef } = useEditorContext();
  const { files } = useLibraryFiles();
  const filesByUrl = useMemo(() => indexFilesByUrl(files), [files]);
  const [trimming, setTrimming] = useState<ClipRef | null>(null);
  const mediaDrop = useEditor((s) => s.mediaDrop);
  const actions = useEditorActions();
  const tracks = useEditor((s) => s.doc.tracks);
  const zoom = useEditor((s) => s.zoom);
  const selection = useEditor((s) => s.selection);
  const selectedRefs = useEditor((s) => s.selectedRefs);
  const [marquee, setMarquee] = useState<MarqueeRect | null>(null);
  const [menuAt, setMenuAt] = useState<ContextMenuAt | null>(null);
  /** A track being dragged to a new place: from, and the row it would land on. */
  const [trackDrag, setTrackDrag] = useState<{ from: number; to: number } | null>(null);
  /** Selected clip indices per track, as a string so untouched rows keep equal props (memo). */
  const selectedByTrack = useMemo(() => {
    const byTrack = new Map<number, number[]>();
    for (const ref of selectedRefs) byTrack.set(ref.trackIndex, [...(byTrack.get(ref.trackIndex) ?? []), ref.clipIndex]);
    return new Map([...byTrack].map(([t, list]) => [t, list.sort((a, b) => a - b).join(',')]));
  }, [selectedRefs]);
  const contentEnd = useEditor((s) => totalDuration(s.doc));
  // Coarse on purpose: the lanes only need to grow when the playhead nears their end, and a
  // per-frame value would re-render the whole timeline during playback.
  const playheadBucket = useEditor((s) => Math.ceil(selectPlayheadSeconds(s) / TAIL_SECONDS) * TAIL_SECONDS);

  const scrollRef = useRef<HTMLDivElement>(null);
  const tracksRef = useRef<HTMLDivElement>(null);
  const viewport = useElementSize(scrollRef);
  const [scrollLeft, setScrollLeft] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);
  const [isSnapping, setIsSnapping] = useState(true);
  const [snapLine, setSnapLine] = useState<number | null>(null);
  /** A zoom anchor to restore after the next render: keep `time` under the pointer at `offsetPx`. */
  const zoomAnchor = useRef<{ time: number; offsetPx: number } | null>(null);

  const viewportWidth = viewport?.width ?? 800;
  const headerWidth = headerWidthFor(viewportWidth);
  const lanesViewport = Math.max(100, viewportWidth - headerWidth);
  const lanesWidth = Math.ceil(
    Math.max(contentEnd + TAIL_SECONDS, playheadBucket + TAIL_SECONDS, lanesViewport / zoom) * zoom,
  );

  /** Rows run top-down from the last track; a new-track ghost row may sit above them. */
  const trackIndexAt = useCallback(
    (clientY: number) => {
      const element = tracksRef.current;
      if (!element) return null;
      const ghostRows = element.dataset.ghostRow === 'true' ? 1 : 0;
      const row = Math.floor((clientY - element.getBoundingClientRect().top) / ROW_HEIGHT) - ghostRows;
      const count = store.getState().doc.tracks.length;
      return Math.min(Math.max(0, count - 1 - row), Math.max(0, count - 1));
    },
    [store],
  );

  const sourceDurationOf = useCallback(
    (clip: Clip) => {
      const src = srcOf(clip);
      return (src && filesByUrl.get(src)?.duration) || null;
    },
    [filesByUrl],
  );

  /** Seconds and track under a viewport point. */
  const pointAt = useCallback(
    (clientX: number, clientY: number): TimelinePoint => {
      const element = scrollRef.current;
      if (!element) return { time: 0, trackIndex: null };
      const rect = element.getBoundingClientRect();
      return { time: (clientX - rect.left - headerWidth + element.scrollLeft) / store.getState().zoom, trackIndex: trackIndexAt(clientY) };
    },
    [store, trackIndexAt, headerWidth],
  );
  /** A viewport point in the scrolled content's pixels (for drawing the marquee). */
  const toContent = useCallback((clientX: number, clientY: number) => {
    const element = scrollRef.current;
    if (!element) return { x: 0, y: 0 };
    const rect = element.getBoundingClientRect();
    return { x: clientX - rect.left + element.scrollLeft, y: clientY - rect.top + element.scrollTop };
  }, []);

  /** The lanes' visible part in client px: the scroller without its sticky track headers and ruler. */
  const lanesRect = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    return { left: rect.left + headerWidth, top: rect.top + RULER_HEIGHT, right: rect.left + element.clientWidth, bottom: rect.top + element.clientHeight };
  }, [headerWidth]);
  const marqueeScroller = useCallback(() => {
    const element = scrollRef.current;
    const lanes = lanesRect();
    return element && lanes ? { element, lanes } : null;
  }, [lanesRect]);
  const startMarquee = useMarquee({ store, pointAt, toContent, onRect: setMarquee, scroller: marqueeScroller });

  const openClipMenu = useCallback(
    (event: ReactMouseEvent, ref: ClipRef | null) => {
      event.preventDefault();
      event.stopPropagation();
      // Right-click on a clip outside the selection selects it; inside, the selection stays.
      if (ref && !hasRef(store.getState().selectedRefs, ref)) pressClip(store, ref);
      setMenuAt({ x: event.clientX, y: event.clientY });
    },
    [store],
  );
  const closeMenu = useCallback(() => setMenuAt(null), []);

  const startTrackReorder = useCallback(
    (event: ReactPointerEvent, from: number) => {
      if (event.button !== 0) return;
      event.preventDefault();
      startPointerSession({
        target: window,
        pointerId: event.pointerId,
        originX: event.clientX,
        originY: event.clientY,
        thresholdPx: DRAG_THRESHOLD_PX,
        onMove: (e) => setTrackDrag({ from, to: trackIndexAt(e.clientY) ?? from }),
        onEnd: (outcome) => {
          setTrackDrag((current) => {
            if (outcome === 'commit' && current && current.to !== current.from) store.getState().actions.moveTrack(current.from, current.to);
            return null;
          });
        },
      });
    },
    [store, trackIndexAt],
  );

  const startClipDrag = useClipDrag({
    store,
    captureRef: scrollRef,
    pointAt,
    isSnapping,
    onSnapLine: setSnapLine,
    sourceDurationOf,
    onTrimming: setTrimming,
    lanesRect,
  });

  // Library tiles dragged over the lanes ask where they are: a time and the track under the pointer.
  useEffect(() => {
    timelineHitRef.current = (clientX, clientY) => {
      const element = scrollRef.current;
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      if (clientX < rect.left + headerWidth || clientX > rect.right || clientY < rect.top || clientY > rect.bottom) return null;
      const { zoom: z } = store.getState();
      const trackIndex = trackIndexAt(clientY);
      if (trackIndex === null) return null;
      return { time: (clientX - rect.left - headerWidth + element.scrollLeft) / z, trackIndex, zoom: z };
    };
    return () => {
      timelineHitRef.current = null;
    };
  }, [timelineHitRef, store, trackIndexAt, headerWidth]);

  const zoomAround = useCallback(
    (factor: number, clientX?: number) => {
      const element = scrollRef.current;
      const { zoom: current, actions: a } = store.getState();
      if (element) {
        const rect = element.getBoundingClientRect();
        const offsetPx = clientX === undefined ? (rect.width - headerWidth) / 2 : clientX - rect.left - headerWidth;
        zoomAnchor.current = { time: (element.scrollLeft + offsetPx) / current, offsetPx };
      }
      a.setZoom(current * factor);
    },
    [store, headerWidth],
  );

  // Keep the anchored time under the pointer after a zoom.
  useLayoutEffect(() => {
    const anchor = zoomAnchor.current;
    const element = scrollRef.current;
    if (!anchor || !element) return;
    zoomAnchor.current = null;
    element.scrollLeft = Math.max(0, anchor.time * zoom - anchor.offsetPx);
    setScrollLeft(element.scrollLeft);
  }, [zoom]);

  // Ctrl/⌘ + wheel zoom needs a non-passive listener to stop the page from zooming.
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      zoomAround(Math.exp(-event.deltaY * 0.002), event.clientX);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [zoomAround]);

  // While playing, page the view so the playhead stays visible.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (!state.isPlaying || state.playheadFrame === previous.playheadFrame) return;
        const element = scrollRef.current;
        if (!element) return;
        const x = (state.playheadFrame / state.doc.meta.fps) * state.zoom;
        const visible = element.clientWidth - headerWidth;
        if (x < element.scrollLeft || x > element.scrollLeft + visible - 24) element.scrollLeft = Math.max(0, x - 24);
      }),
    [store, headerWidth],
  );

  const zoomToFit = () => {
    const seconds = Math.max(contentEnd, 5);
    actions.setZoom((lanesViewport - 32) / seconds);
    scrollRef.current?.scrollTo({ left: 0 });
  };

  const visibleFrom = scrollLeft / zoom;
  const visibleTo = (scrollLeft + lanesViewport) / zoom;
  const ghostRows = mediaDrop?.isNewTrack ? 1 : 0;
  // Rows get the window as numbers: a scroll that keeps the window keeps their props (memo).
  const mounted = visibleWindow({
    scrollLeft,
    scrollTop,
    width: lanesViewport,
    height: Math.max(ROW_HEIGHT, (viewport?.height ?? 400) - RULER_HEIGHT),
    zoom,
    rowHeight: ROW_HEIGHT,
    rowCount: tracks.length + ghostRows + 1,
  });
  const selectedCount = selectedRefs.length;

  return (
    <section
      aria-label="Timeline"
      className="flex h-full min-h-0 flex-col bg-zinc-950 select-none"
      onPointerDownCapture={blurTextField}
    >
      <TimelineToolbar
        zoom={zoom}
        isSnapping={isSnapping}
        onToggleSnapping={() => setIsSnapping((v) => !v)}
        onZoomIn={() => zoomAround(ZOOM_STEP)}
        onZoomOut={() => zoomAround(1 / ZOOM_STEP)}
        onZoomToFit={zoomToFit}
      />
      <div
        ref={scrollRef}
        data-testid="timeline"
        className="relative min-h-0 flex-1 overflow-auto overscroll-contain"
        data-selected-count={selectedCount}
        onScroll={(event) => {
          setScrollLeft(event.currentTarget.scrollLeft);
          setScrollTop(event.currentTarget.scrollTop);
        }}
      >
        {/* Its own compositing layer (will-change): the browser then layerizes the timeline's many painted pieces apart
            from the preview's video layers instead of testing each against them on every frame. Marquee over 100 clips:
            p95 33.3 → 16.8 ms (bench/editor.ts). Menus here are fixed outside this box or native <dialog>s (top layer). */}
        <div className="relative min-h-full will-change-transform" style={{ width: headerWidth + lanesWidth }}>
          {/* Ruler row (sticky top, above the sticky track headers, z-40, so rows scrolled up pass under it), with a sticky corner cell. */}
          <div className="sticky top-0 z-[45] flex" style={{ height: RULER_HEIGHT }}>
            <div
              className="sticky left-0 z-50 flex shrink-0 items-center border-r border-b border-zinc-800 bg-zinc-900 px-2 text-[10px] tracking-wide text-zinc-500 uppercase"
              style={{ width: headerWidth }}
            >
              <span className="truncate">Tracks</span>
            </div>
            <TimelineRuler zoom={zoom} width={lanesWidth} visibleFrom={visibleFrom} visibleTo={visibleTo} />
          </div>

          <div ref={tracksRef} className="relative" data-ghost-row={mediaDrop?.isNewTrack ? 'true' : 'false'}>
            {mediaDrop?.isNewTrack ? <NewTrackGhostRow drop={mediaDrop} zoom={zoom} lanesWidth={lanesWidth} headerWidth={headerWidth} /> : null}
            {tracks
              .map((track, trackIndex) => {
                const row = tracks.length - 1 - trackIndex + ghostRows;
                const isRowMounted = row >= mounted.fromRow && row <= mounted.toRow;
                return (
                  <TrackRow
                    key={trackIndex}
                    track={track}
                    trackIndex={trackIndex}
                    trackCount={tracks.length}
                    headerWidth={headerWidth}
                    zoom={zoom}
                    lanesWidth={lanesWidth}
                    mountFrom={isRowMounted ? mounted.from : 0}
                    mountTo={isRowMounted ? mounted.to : -1}
                    selectedClipIndices={selectedByTrack.get(trackIndex) ?? ''}
                    primaryClipIndex={selection?.trackIndex === trackIndex ? selection.clipIndex : null}
                    isReorderTarget={trackDrag !== null && trackDrag.to === trackIndex && trackDrag.from !== trackIndex}
                    trimmingClipIndex={trimming?.trackIndex === trackIndex ? trimming.clipIndex : null}
                    drop={mediaDrop && !mediaDrop.isNewTrack && mediaDrop.trackIndex === trackIndex ? mediaDrop : null}
                    filesByUrl={filesByUrl}
                    onClipPointerDown={startClipDrag}
                    onLanePointerDown={startMarquee}
                    onContextMenu={openClipMenu}
                    onReorderStart={startTrackReorder}
                  />
                );
              })
              .reverse()}
          </div>
          <div className="flex" style={{ height: ROW_HEIGHT }}>
            <div
              className="sticky left-0 z-40 flex shrink-0 items-center border-r border-zinc-800 bg-zinc-950 px-2"
              style={{ width: headerWidth }}
            >
              <Button size="sm" variant="ghost" icon={<PlusIcon />} aria-label="Add track" onClick={() => actions.addTrack()}>
                <span className="max-sm:hidden">Add track</span>
              </Button>
            </div>
            <div className="flex-1" onPointerDown={startMarquee} onContextMenu={(event) => openClipMenu(event, null)} />
          </div>
          {marquee ? (
            <div
              data-testid="timeline-marquee"
              aria-hidden="true"
              className="pointer-events-none absolute z-30 rounded-sm border border-indigo-300 bg-indigo-400/15"
              style={{ left: marquee.left, top: marquee.top, width: marquee.width, height: marquee.height }}
            />
          ) : null}

          <PlayheadLine zoom={zoom} headerWidth={headerWidth} />
          {snapLine !== null ? (
            <div
              aria-hidden="true"
              className="pointer-events-none absolute top-0 bottom-0 z-30 w-px bg-yellow-300/90"
              style={{ left: headerWidth + snapLine * zoom }}
            />
          ) : null}
        </div>
      </div>
      {menuAt ? <TimelineContextMenu at={menuAt} onClose={closeMenu} /> : null}
      <ShortcutsPanel />
    </section>
  );
}

function PlayheadLine({ zoom, headerWidth }: { zoom: number; headerWidth: number }) {
  const frame = useEditor((s) => s.playheadFrame);
  const fps = useEditor((s) => s.doc.meta.fps);
  const left = headerWidth + (frame / Math.max(1, fps)) * zoom;
  return (
    <div
      data-testid="playhead"
      data-frame={frame}
      aria-hidden="true"
      className="pointer-events-none absolute top-0 bottom-0 z-30 w-px bg-red-500"
      style={{ left: 0, transform: `translateX(${left}px)` }}
    />
  );
}

/** Where a dragged library file would land: a dashed box on the lane. */
function DropGhost({ drop, zoom }: { drop: MediaDropPreview; zoom: number }) {
  return (
    <div
      data-testid="timeline-drop-ghost"
      aria-hidden="true"
      className="pointer-events-none absolute top-1 bottom-1 z-20 flex items-center overflow-hidden rounded-[5px] border-2 border-dashed border-indigo-300 bg-indigo-400/25 px-2 text-[11px] font-medium text-indigo-50"
      style={{ left: drop.start * zoom, width: Math.max(4, drop.duration * zoom) }}
    >
      <span className="truncate">{drop.label}</span>
    </div>
  );
}

function NewTrackGhostRow({ drop, zoom, lanesWidth, headerWidth }: { drop: MediaDropPreview; zoom: number; lanesWidth: number; headerWidth: number }) {
  return (
    <div className="flex border-b border-indigo-500/40 bg-indigo-500/5" style={{ height: ROW_HEIGHT }}>
      <div
        className="sticky left-0 z-40 flex shrink-0 items-center border-r border-zinc-800 bg-zinc-900 px-2 text-xs text-indigo-200"
        style={{ width: headerWidth }}
      >
        <span className="truncate">New track</span>
      </div>
      <div className="relative shrink-0" style={{ width: lanesWidth }}>
        <DropGhost drop={drop} zoom={zoom} />
      </div>
    </div>
  );
}

/** The whole source of a clip being trimmed, drawn faintly behind it: how far each edge can go. */
function TrimGhost({ clip, file, zoom }: { clip: Clip; file: LibraryFile; zoom: number }) {
  const span = sourceSpan(clip, file.duration);
  if (!span) return null;
  const width = Math.max(2, (span.to - span.from) * zoom);
  const rate = clip.type === 'video' || clip.type === 'audio' ? (clip.playbackRate ?? 1) : 1;
  return (
    <div
      data-testid="timeline-trim-ghost"
      data-from={span.from}
      data-to={span.to}
      aria-hidden="true"
      className="pointer-events-none absolute top-1 bottom-1 z-0 overflow-hidden rounded-[5px] border border-dashed border-white/30 bg-white/5 opacity-35"
      style={{ left: span.from * zoom, width }}
    >
      <ClipMedia file={file} widthPx={width} heightPx={ROW_HEIGHT - 10} zoom={zoom} sourceStart={0} rate={rate} />
    </div>
  );
}

interface TrackRowProps {
  track: Track;
  trackIndex: number;
  trackCount: number;
  /** Below HEADER_WIDTH the header shows the name only (phones). */
  headerWidth: number;
  zoom: number;
  lanesWidth: number;
  /** Seconds: clips overlapping [mountFrom, mountTo] are mounted (an empty span for rows out of view). */
  mountFrom: number;
  mountTo: number;
  /** Selected clip indices of this track, comma-separated ('' for none). */
  selectedClipIndices: string;
  primaryClipIndex: number | null;
  /** A track being reordered would land here. */
  isReorderTarget: boolean;
  /** The clip of this track whose edge is being dragged, if any. */
  trimmingClipIndex: number | null;
  drop: MediaDropPreview | null;
  filesByUrl: Map<string, LibraryFile>;
  onClipPointerDown: (event: ReactPointerEvent, ref: ClipRef, mode: DragMode) => void;
  onLanePointerDown: (event: ReactPointerEvent) => void;
  onContextMenu: (event: ReactMouseEvent, ref: ClipRef | null) => void;
  onReorderStart: (event: ReactPointerEvent, trackIndex: number) => void;
}

/**
 * One track: a sticky header and a lane of clips. Memoized: untouched tracks keep their identity.
 * A hidden track's clips are drawn faded (they are not in the picture); a locked track's clips
 * take no pointer input (striped lane).
 */
const TrackRow = memo(function TrackRow({
  track,
  trackIndex,
  trackCount,
  headerWidth,
  zoom,
  lanesWidth,
  mountFrom,
  mountTo,
  selectedClipIndices,
  primaryClipIndex,
  isReorderTarget,
  trimmingClipIndex,
  drop,
  filesByUrl,
  onClipPointerDown,
  onLanePointerDown,
  onContextMenu,
  onReorderStart,
}: TrackRowProps) {
  const selected = useMemo(() => new Set(selectedClipIndices ? selectedClipIndices.split(',').map(Number) : []), [selectedClipIndices]);
  const trimmed = trimmingClipIndex === null ? undefined : track.clips[trimmingClipIndex];
  const trimmedSrc = trimmed ? srcOf(trimmed) : null;
  const trimmedFile = trimmedSrc ? filesByUrl.get(trimmedSrc) : undefined;
  return (
    <div
      className={cn('flex border-b border-zinc-800/80', isReorderTarget && 'shadow-[inset_0_0_0_2px_rgb(129_140_248)]')}
      style={{ height: ROW_HEIGHT }}
      data-testid="timeline-track"
      data-track-index={trackIndex}
      data-hidden={track.hidden ? 'true' : 'false'}
      data-locked={track.locked ? 'true' : 'false'}
    >
      <TrackHeader track={track} trackIndex={trackIndex} trackCount={trackCount} onReorderStart={onReorderStart} width={headerWidth} />
      <div
        className={cn(
          'relative shrink-0',
          trackIndex % 2 === 0 ? 'bg-zinc-900/40' : 'bg-zinc-900/20',
          track.locked && 'bg-[repeating-linear-gradient(135deg,rgb(63_63_70/0.25)_0_6px,transparent_6px_12px)]',
        )}
        style={{ width: lanesWidth }}
        data-testid="timeline-lane"
        onPointerDown={(event) => {
          if (event.target === event.currentTarget) onLanePointerDown(event);
        }}
        onContextMenu={(event) => onContextMenu(event, null)}
      >
        {trimmed && trimmedFile ? <TrimGhost clip={trimmed} file={trimmedFile} zoom={zoom} /> : null}
        <div className={cn('contents', track.hidden && '[&>*]:opacity-35', track.locked && '[&>*]:pointer-events-none')}>
          {track.clips.map((clip, clipIndex) => {
            const isMounted =
              isInWindow({ from: mountFrom, to: mountTo }, clip.start, clip.duration) ||
              clipIndex === primaryClipIndex ||
              clipIndex === trimmingClipIndex;
            if (!isMounted) return null;
            const src = srcOf(clip);
            return (
              <TimelineClip
                key={clipIndex}
                clip={clip}
                trackIndex={trackIndex}
                clipIndex={clipIndex}
                zoom={zoom}
                isSelected={selected.has(clipIndex)}
                isPrimary={primaryClipIndex === clipIndex}
                file={src ? filesByUrl.get(src) : undefined}
                onPointerDown={onClipPointerDown}
                onContextMenu={onContextMenu}
              />
            );
          })}
        </div>
        {drop ? <DropGhost drop={drop} zoom={zoom} /> : null}
      </div>
    </div>
  );
});

interface TimelineToolbarProps {
  zoom: number;
  isSnapping: boolean;
  onToggleSnapping: () => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onZoomToFit: () => void;
}

/** The playhead's time / the video's length: its own component, so a playhead move redraws only this text. */
function ToolbarTimecode() {
  const frame = useEditor((s) => s.playheadFrame);
  const fps = useEditor((s) => s.doc.meta.fps);
  const endFrame = useEditor((s) => compositionGeometry(s.doc).durationInFrames);
  return (
    <div className="mr-2 ml-1 shrink-0 font-mono max-sm:mr-1 text-xs whitespace-nowrap text-zinc-300 tabular-nums" aria-live="off">
      {formatTimecode(frame, fps)}
      <span className="text-zinc-600 max-sm:hidden"> / {formatTimecode(endFrame, fps)}</span>
    </div>
  );
}

function TimelineToolbar({ zoom, isSnapping, onToggleSnapping, onZoomIn, onZoomOut, onZoomToFit }: TimelineToolbarProps) {
  const { playerRef } = useEditorContext();
  const actions = useEditorActions();
  const isPlaying = useEditor((s) => s.isPlaying);
  const hasSelection = useEditor((s) => s.selection !== null);
  const isLooping = useEditor((s) => s.isLooping);

  return (
    <div className="flex h-9 shrink-0 items-center gap-1 overflow-x-auto border-b max-sm:gap-0.5 border-zinc-800 bg-zinc-900 px-2 whitespace-nowrap [&>*]:shrink-0">
      <IconButton
        label={isPlaying ? 'Pause' : 'Play'}
        shortcut="Space"
        size="sm"
        onClick={() => playerRef.current?.toggle()}
      >
        {isPlaying ? <PauseIcon /> : <PlayIcon />}
      </IconButton>
      <ToolbarTimecode />
      <div className="mx-1 h-5 w-px bg-zinc-800 max-sm:hidden" />
      <IconButton label="Split at playhead" shortcut="S" size="sm" disabled={!hasSelection} onClick={() => actions.splitSelectedAtPlayhead()}>
        <ScissorsIcon />
      </IconButton>
      <IconButton label="Duplicate selection" shortcut="Ctrl+D" size="sm" disabled={!hasSelection} onClick={() => actions.duplicateSelected()}>
        <CopyIcon />
      </IconButton>
      <IconButton label="Delete selection" shortcut="Delete" size="sm" variant="danger" disabled={!hasSelection} onClick={() => actions.removeSelected()}>
        <TrashIcon />
      </IconButton>
      <IconButton
        label="Loop playback"
        shortcut="Shift+L"
        size="sm"
        aria-pressed={isLooping}
        className={isLooping ? 'bg-zinc-800 text-indigo-300' : undefined}
        onClick={() => actions.setLooping(!isLooping)}
      >
        <LoopIcon />
      </IconButton>
      <div className="flex-1" />
      <IconButton label="Keyboard shortcuts" shortcut="?" size="sm" onClick={() => actions.setShortcutsPanelOpen(true)}>
        <KeyboardIcon />
      </IconButton>
      <IconButton
        label="Snapping"
        title={isSnapping ? 'Snapping on (hold Alt to bypass)' : 'Snapping off'}
        size="sm"
        aria-pressed={isSnapping}
        className={isSnapping ? 'bg-zinc-800 text-indigo-300' : undefined}
        onClick={onToggleSnapping}
      >
        <MagnetIcon />
      </IconButton>
      <div className="mx-1 h-5 w-px bg-zinc-800 max-sm:hidden" />
      <IconButton label="Zoom out" shortcut="Ctrl+wheel" size="sm" onClick={onZoomOut}>
        <MinusIcon />
      </IconButton>
      <span className="w-14 shrink-0 text-center text-[11px] whitespace-nowrap text-zinc-400 tabular-nums max-sm:hidden" title="Pixels per second">
        {Math.round(zoom)} px/s
      </span>
      <IconButton label="Zoom in" shortcut="Ctrl+wheel" size="sm" onClick={onZoomIn}>
        <PlusIcon />
      </IconButton>
      <IconButton label="Zoom to fit" size="sm" onClick={onZoomToFit}>
        <FitIcon />
      </IconButton>
    </div>
  );
}
