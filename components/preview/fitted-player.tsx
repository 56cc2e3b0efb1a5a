'use client';

import { Player, type PlayerRef } from '@remotion/player';
import { useMemo, useRef, type ReactNode, type Ref } from 'react';
import { compositionGeometry, CutroomVideo } from '@/lib/composition';
import type { VideoConfig } from '@/lib/video';
import { useElementSize } from '@/components/ui/use-element-size';

export interface FittedPlayerProps {
  /** The config to play; pass a stable reference (it is the Player's `inputProps`). */
  config: VideoConfig;
  playerRef?: Ref<PlayerRef>;
  /** Frame shown on mount. */
  initialFrame?: number;
  controls?: boolean;
  /** `data-testid` of the box that holds the Player. */
  testId?: string;
  /** Drawn over the video (badges, guides). */
  overlay?: ReactNode;
  /** Space between the video and the available area, in px. */
  padding?: number;
  /** Start over at the end (the editor's loop toggle). */
  loop?: boolean;
  /** Playback speed, −4…4 (the editor's J/K/L shuttle). */
  playbackRate?: number;
  /** A click on the space around the video (not on it): the editor toggles playback there. */
  onBackgroundClick?: () => void;
}

function PreviewError({ error }: { error: Error }) {
  return (
    <div className="flex h-full w-full items-center justify-center bg-zinc-900 p-4 text-center text-xs text-red-300">
      Preview error: {error.message}
    </div>
  );
}

const renderError = ({ error }: { error: Error }) => <PreviewError error={error} />;

/**
 * `<Player component={CutroomVideo}>` scaled to fit the space it is given, keeping the canvas aspect
 * ratio. Size, fps and length come from the config (at least one frame), exactly as the renderer
 * derives them, so the preview is what gets rendered.
 */
export function FittedPlayer({
  config,
  playerRef,
  initialFrame,
  controls = true,
  testId,
  overlay,
  padding = 16,
  loop = false,
  playbackRate = 1,
  onBackgroundClick,
}: FittedPlayerProps) {
  const areaRef = useRef<HTMLDivElement>(null);
  const area = useElementSize(areaRef);
  const geometry = compositionGeometry(config);
  const inputProps = useMemo(() => ({ config }), [config]);

  const availableWidth = Math.max(0, (area?.width ?? 0) - padding * 2);
  const availableHeight = Math.max(0, (area?.height ?? 0) - padding * 2);
  const scale = Math.min(availableWidth / geometry.width, availableHeight / geometry.height);
  const isMeasured = area !== null && scale > 0 && Number.isFinite(scale);
  const width = isMeasured ? Math.floor(geometry.width * scale) : 0;
  const height = isMeasured ? Math.floor(geometry.height * scale) : 0;

  return (
    <div
      ref={areaRef}
      data-testid={testId ? `${testId}-area` : undefined}
      className="relative flex h-full min-h-0 w-full min-w-0 items-center justify-center overflow-hidden"
      onClick={
        onBackgroundClick
          ? (event) => {
              if (event.target === event.currentTarget) onBackgroundClick();
            }
          : undefined
      }
    >
      <div
        data-testid={testId}
        className="relative bg-black shadow-2xl shadow-black/60 ring-1 ring-white/10"
        style={{ width, height }}
      >
        {isMeasured ? (
          <Player
            ref={playerRef}
            component={CutroomVideo}
            inputProps={inputProps}
            compositionWidth={geometry.width}
            compositionHeight={geometry.height}
            fps={geometry.fps}
            durationInFrames={geometry.durationInFrames}
            initialFrame={Math.min(initialFrame ?? 0, geometry.durationInFrames - 1)}
            // A one-frame video (an empty project) has nothing to play, and Remotion's seek bar
            // divides by (durationInFrames - 1).
            controls={controls && geometry.durationInFrames > 1}
            style={{ width: '100%', height: '100%' }}
            loop={loop}
            playbackRate={playbackRate}
            spaceKeyToPlayOrPause={false}
            moveToBeginningWhenEnded={false}
            clickToPlay
            doubleClickToFullscreen
            allowFullscreen
            showVolumeControls
            errorFallback={renderError}
          />
        ) : null}
        {overlay}
      </div>
    </div>
  );
}
