'use client';

import { Player, type PlayerRef } from '@remotion/player';
import { useEffect, useMemo, useRef, useState } from 'react';
import { compositionGeometry, CutroomVideo } from '@/lib/composition';
import type { VideoConfig } from '@/lib/video';

/** How long a frame must stay settled before it counts as drawn. */
const SETTLE_MS = 400;

/** The frame asked for in the address's hash (`#frame=42`), clamped to the video. */
function frameFromHash(durationInFrames: number): number {
  const match = /(?:^#|&)frame=(\d+)/.exec(window.location.hash);
  return Math.min(Math.max(0, Number(match?.[1] ?? 0)), durationInFrames - 1);
}

/**
 * Whether everything the frame draws has arrived: no delayRender handle open (fonts, three.js scenes, images —
 * the same handles the renderer waits for), the Player not buffering, every <video> seeked and decoded, every
 * <img> loaded, the document's fonts loaded.
 */
function isSettled(root: HTMLElement, isBuffering: boolean): boolean {
  if (isBuffering || window.remotion_delayRenderHandles.length > 0) return false;
  if (document.fonts.status !== 'loaded') return false;
  for (const video of root.querySelectorAll('video')) if (video.seeking || video.readyState < 2) return false;
  for (const img of root.querySelectorAll('img')) if (!img.complete) return false;
  return true;
}

/**
 * The Player alone at the canvas's exact size (one CSS pixel per video pixel), on black as in the rendered MP4, no
 * controls, paused on the frame named by `#frame=N`; seeks again when the hash changes. Once the frame has settled (see isSettled, held for a
 * few animation frames) the box carries `data-ready-frame="N"`, so a test grabs it only when it is complete;
 * `data-duration-in-frames` is the video's length, so it can pick frames without knowing the config's timing.
 */
export function FramePlayer({ config }: { config: VideoConfig }) {
  const geometry = compositionGeometry(config);
  const inputProps = useMemo(() => ({ config }), [config]);
  const playerRef = useRef<PlayerRef>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState<number | null>(null);
  const [readyFrame, setReadyFrame] = useState<number | null>(null);
  const isBuffering = useRef(false);

  useEffect(() => {
    const player = playerRef.current;
    if (!player) return;
    const onWaiting = () => (isBuffering.current = true);
    const onResume = () => (isBuffering.current = false);
    player.addEventListener('waiting', onWaiting);
    player.addEventListener('resume', onResume);
    return () => {
      player.removeEventListener('waiting', onWaiting);
      player.removeEventListener('resume', onResume);
    };
  }, []);

  useEffect(() => {
    const onHash = () => setFrame(frameFromHash(geometry.durationInFrames));
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [geometry.durationInFrames]);

  useEffect(() => {
    const player = playerRef.current;
    const box = boxRef.current;
    if (frame === null || !player || !box) return;
    setReadyFrame(null);
    player.pause();
    player.seekTo(frame);
    let settledSince: number | null = null;
    let videoTimes = '';
    let raf = 0;
    const check = (now: number) => {
      // The Player seeks its <video> elements in an effect after the frame changes: their times must have stopped moving.
      const times = [...box.querySelectorAll('video')].map((v) => v.currentTime).join(',');
      const isSettledNow = player.getCurrentFrame() === frame && isSettled(box, isBuffering.current) && times === videoTimes;
      videoTimes = times;
      settledSince = isSettledNow ? (settledSince ?? now) : null;
      // Settled for a while: a buffering state the Player reports late, a video seek issued a tick later.
      if (settledSince !== null && now - settledSince >= SETTLE_MS) setReadyFrame(frame);
      else raf = requestAnimationFrame(check);
    };
    raf = requestAnimationFrame(check);
    return () => cancelAnimationFrame(raf);
  }, [frame]);

  return (
    <div
      ref={boxRef}
      data-testid="frame-player"
      data-ready-frame={readyFrame ?? undefined}
      data-duration-in-frames={geometry.durationInFrames}
      // On black: a transparent canvas shows as the rendered MP4 (which holds no alpha) shows it.
      style={{ position: 'fixed', left: 0, top: 0, width: geometry.width, height: geometry.height, overflow: 'hidden', background: '#000' }}
    >
      <Player
        ref={playerRef}
        component={CutroomVideo}
        inputProps={inputProps}
        compositionWidth={geometry.width}
        compositionHeight={geometry.height}
        fps={geometry.fps}
        durationInFrames={geometry.durationInFrames}
        initialFrame={0}
        controls={false}
        clickToPlay={false}
        spaceKeyToPlayOrPause={false}
        style={{ width: geometry.width, height: geometry.height }}
      />
    </div>
  );
}
