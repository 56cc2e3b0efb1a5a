'use client';

import type { CallbackListener, PlayerRef } from '@remotion/player';
import { startTransition, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { FittedPlayer } from '@/components/preview/fitted-player';
import { compositionGeometry } from '@/lib/composition/composition-geometry';
import { createPreviewSelector, createSeekPacer, withPreviewSources } from '@/lib/editor';
import { useLibraryFiles } from '@/components/library/use-library-files';
import { CanvasOverlay } from './canvas/canvas-overlay';
import { useRemoteWords } from './use-remote-words';
import { useEditor, useEditorContext } from './editor-context';

/** A seek that has not settled by then lets the next one go (a file that stalls never freezes the scrub). */
const SEEK_MAX_WAIT_MS = 150;

/** The preview has drawn its last seek: none of its media is still seeking or without the current frame. */
function previewIsSettled(container: HTMLElement | null): boolean {
  if (!container) return true;
  for (const media of container.querySelectorAll('video')) if (media.seeking || media.readyState < 2) return false;
  return true;
}

/**
 * The Player, fed from the store through a memoized selector (the store's own document, or the last
 * valid one while a field holds an invalid value), and kept in sync with the store's playhead:
 *  - player → store: while playing, `frameupdate`/`seeked` move the playhead;
 *  - store → player: any other playhead change (ruler click, drag, keys) seeks the Player, paced by
 *    `createSeekPacer` (one seek in flight until the preview's videos have the frame, then the latest
 *    playhead; the in-between frames of a scrub are dropped) and as a transition, so React renders
 *    the composition in slices after the timeline's own updates. Scrub of the 500-clip bench video:
 *    p95 frame time 66.7 → 33–50 ms, frames drawn in 2 s ~80 → ~104 (bench/editor.ts).
 * The store playhead may sit past the end of the video (to place clips there); the Player then
 * shows its last frame, and that clamped frame is not echoed back into the store.
 *
 * The canvas overlay (./canvas) lies over the Player: clicks select and drag clips instead of
 * toggling playback, so the Player has no controls of its own here; playback is the timeline's
 * transport, Space, and a click on the grey space around the picture.
 *
 * The Player gets the document as a deferred value: while a drag sends a new document every frame,
 * React draws the timeline and the selection frame first and the picture (500 clips normalized and
 * laid out again) when the main thread has room, dropping the in-between documents.
 */
export function EditorPreview() {
  const { store, playerRef } = useEditorContext();
  const selectPreview = useMemo(() => createPreviewSelector(), []);
  const { config: currentConfig, isStale } = useEditor(selectPreview);
  const docConfig = useDeferredValue(currentConfig);
  // The Player plays the lighter proxies of uploaded media when there are some; the document keeps the originals.
  const { files } = useLibraryFiles();
  const proxies = useMemo(() => new Map(files.flatMap((f) => (f.proxyUrl ? [[f.url, f.proxyUrl] as const] : []))), [files]);
  const withSources = useMemo(() => withPreviewSources(docConfig, proxies), [docConfig, proxies]);
  // Remote subtitle words (`words: { src }`) are read through the server: the composition never fetches.
  const { config, failures: wordFailures } = useRemoteWords(withSources);
  const { durationInFrames } = compositionGeometry(config);
  const [player, setPlayer] = useState<PlayerRef | null>(null);
  const [initialFrame] = useState(() => store.getState().playheadFrame);
  const isLooping = useEditor((s) => s.isLooping);
  const playbackRate = useEditor((s) => s.playbackRate);
  const durationRef = useRef(durationInFrames);

  useEffect(() => {
    durationRef.current = durationInFrames;
  }, [durationInFrames]);

  const attachPlayer = useCallback(
    (instance: PlayerRef | null) => {
      playerRef.current = instance;
      setPlayer(instance);
    },
    [playerRef],
  );

  // Player → store.
  useEffect(() => {
    if (!player) return;
    // Only playback moves the store: a paused Player's frame changes are the store's own (paced, transitioned) seeks,
    // and one that lands late must not pull the playhead back behind a scrub that has moved on.
    const onFrame: CallbackListener<'frameupdate'> = ({ detail }) => {
      if (!player.isPlaying()) return;
      const state = store.getState();
      const shown = Math.min(state.playheadFrame, durationRef.current - 1);
      if (detail.frame !== shown) state.actions.setPlayheadFrame(detail.frame);
    };
    const onSeeked: CallbackListener<'seeked'> = ({ detail }) => {
      if (!player.isPlaying()) return;
      const state = store.getState();
      const shown = Math.min(state.playheadFrame, durationRef.current - 1);
      if (detail.frame !== shown) state.actions.setPlayheadFrame(detail.frame);
    };
    const onPlay = () => store.getState().actions.setPlaying(true);
    const onPause = () => store.getState().actions.setPlaying(false);
    player.addEventListener('frameupdate', onFrame);
    player.addEventListener('seeked', onSeeked);
    player.addEventListener('play', onPlay);
    player.addEventListener('pause', onPause);
    player.addEventListener('ended', onPause);
    store.getState().actions.setPlaying(player.isPlaying());
    return () => {
      player.removeEventListener('frameupdate', onFrame);
      player.removeEventListener('seeked', onSeeked);
      player.removeEventListener('play', onPlay);
      player.removeEventListener('pause', onPause);
      player.removeEventListener('ended', onPause);
    };
  }, [player, store]);

  // Store → player. Re-runs when the length changes so a playhead past the old end is honoured.
  useEffect(() => {
    if (!player) return;
    let frameId: number | null = null;
    const pacer = createSeekPacer({
      seek: (frame) => {
        if (player.getCurrentFrame() !== frame) startTransition(() => player.seekTo(frame));
      },
      isSettled: () => previewIsSettled(player.getContainerNode()),
      now: () => performance.now(),
      maxWaitMs: SEEK_MAX_WAIT_MS,
    });
    const tick = () => {
      frameId = null;
      pacer.tick();
      if (pacer.isWaiting) frameId = requestAnimationFrame(tick);
    };
    const sync = (frame: number) => {
      const target = Math.max(0, Math.min(frame, durationInFrames - 1));
      // Playback moved the store to the Player's own frame: nothing to seek.
      if (!pacer.isWaiting && player.getCurrentFrame() === target) return;
      pacer.request(target);
      if (pacer.isWaiting) frameId ??= requestAnimationFrame(tick);
    };
    sync(store.getState().playheadFrame);
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.playheadFrame !== previous.playheadFrame) sync(state.playheadFrame);
    });
    return () => {
      unsubscribe();
      pacer.cancel();
      if (frameId !== null) cancelAnimationFrame(frameId);
    };
  }, [player, store, durationInFrames]);

  useEffect(() => () => store.getState().actions.setPlaying(false), [store]);

  return (
    <FittedPlayer
      config={config}
      playerRef={attachPlayer}
      initialFrame={initialFrame}
      loop={isLooping}
      playbackRate={playbackRate}
      testId="preview"
      controls={false}
      onBackgroundClick={() => playerRef.current?.toggle()}
      overlay={
        <>
          <CanvasOverlay />
          {config.tracks.every((t) => t.clips.length === 0) ? (
            <div data-testid="empty-canvas-hint" className="pointer-events-none absolute inset-0 flex items-center justify-center p-4">
              <div className="max-w-xs text-center text-zinc-400">
                <p className="text-sm font-medium text-zinc-200">This video is empty</p>
                <p className="mt-1 text-xs leading-relaxed">
                  Drop video, images or audio here, or add a title or a shape from <span className="text-zinc-200">Elements</span>.
                </p>
              </div>
            </div>
          ) : null}
          {wordFailures.length > 0 ? (
            <div
              role="status"
              data-testid="remote-words-failure"
              className="pointer-events-none absolute bottom-2 left-2 max-w-[90%] rounded bg-red-600/90 px-2 py-1 text-[11px] font-medium text-white shadow"
            >
              Subtitles not shown — {wordFailures[0]!.message}
              {wordFailures.length > 1 ? ` (and ${wordFailures.length - 1} more)` : ''}
            </div>
          ) : null}
          {isStale ? (
            <div className="pointer-events-none absolute top-2 left-2 rounded bg-amber-500/90 px-2 py-1 text-[11px] font-medium text-black shadow">
              Showing the last valid version — fix the highlighted field
            </div>
          ) : null}
        </>
      }
    />
  );
}
