'use client';

import { Player } from '@remotion/player';
import { useMemo } from 'react';
import { CutroomVideo } from '@/lib/composition';
import { durationInFrames, type VideoConfig } from '@/lib/video';

/**
 * Plays a config in the Remotion Player with the same composition the renderer uses, so a public
 * page shows exactly what a render would produce. Size, fps and length all come from the config.
 */
export function ConfigPlayer({ config }: { config: VideoConfig }) {
  const inputProps = useMemo(() => ({ config }), [config]);
  const { width, height, fps } = config.meta;
  return (
    <Player
      component={CutroomVideo}
      inputProps={inputProps}
      durationInFrames={durationInFrames(config)}
      fps={fps}
      compositionWidth={width}
      compositionHeight={height}
      controls
      loop
      clickToPlay
      doubleClickToFullscreen
      allowFullscreen
      spaceKeyToPlayOrPause
      showVolumeControls
      style={{ width: '100%', height: '100%' }}
    />
  );
}
