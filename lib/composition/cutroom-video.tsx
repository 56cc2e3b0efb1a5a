import { useMemo } from 'react';
import { AbsoluteFill, Sequence } from 'remotion';
import { clipFrameWindow, paintOrder, type VideoConfig } from '../video';
import { backgroundStyle } from './background-style';
import { ClipView } from './clip-view';
import { useFonts } from './use-fonts';

// A type alias, not an interface: Remotion's <Composition> needs props assignable to Record<string, unknown>.
export type CutroomVideoProps = { config: VideoConfig };

/**
 * The one Cutroom composition: a pure function of the config. The same component runs in the
 * editor's Player, the preview pages and the render worker, so what is previewed is what is rendered.
 */
export function CutroomVideo({ config }: CutroomVideoProps) {
  const { fps, width, height } = config.meta;
  const layers = useMemo(() => paintOrder(config), [config]);
  useFonts(config.assets?.fonts ?? []);
  const canvas = useMemo(() => ({ width, height }), [width, height]);

  return (
    <AbsoluteFill style={{ ...backgroundStyle(config.meta.background), overflow: 'hidden' }}>
      {layers.map(({ clip, trackIndex, clipIndex }) => {
        const window = clipFrameWindow(clip, fps);
        return (
          <Sequence
            key={`${trackIndex}:${clipIndex}`}
            from={window.from}
            durationInFrames={window.frames}
            name={clip.id ?? `${clip.type} ${trackIndex + 1}.${clipIndex + 1}`}
          >
            <ClipView
              clip={clip}
              canvas={canvas}
              fps={fps}
              isTrackMuted={config.tracks[trackIndex]?.muted === true}
            />
          </Sequence>
        );
      })}
    </AbsoluteFill>
  );
}
