import { useMemo } from 'react';
import { AbsoluteFill, Sequence, useCurrentFrame } from 'remotion';
import { clipFrameWindow, effectiveDuration, normalizeVideoConfig, paintOrder, type Clip, type VideoConfig } from '../video';
import { backgroundStyle } from './background-style';
import { ClipLayer } from './clip-layer';
import { useFonts } from './use-fonts';

const HIDDEN = { visibility: 'hidden' } as const;

// A type alias, not an interface: Remotion's <Composition> needs props assignable to Record<string, unknown>.
export type CutroomVideoProps = { config: VideoConfig };

/**
 * A video clip's React key is its slot: its source, and how many on-screen video clips of that source
 * come before it in paint order. When another clip of the same source comes on screen as one leaves (the
 * next part of a split clip, a scrub landing on other cuts of the same files, on any track), React keeps
 * the <video> element (moving it in paint order if needed) and the Player only seeks it, instead of
 * loading the file and decoding it from a keyframe again. Other clips are keyed by their place.
 * Example: clip 3 of track 0 and later clip 7 of track 2 both play `a.mp4` → both are `video:0:a.mp4`.
 */
function layerKey(clip: Clip, trackIndex: number, clipIndex: number, slots: Map<string, number>): string {
  if (clip.type !== 'video' || typeof clip.src !== 'string') return `${trackIndex}:${clipIndex}:${clip.id ?? ''}`;
  const n = slots.get(clip.src) ?? 0;
  slots.set(clip.src, n + 1);
  return `video:${n}:${clip.src}`;
}

/**
 * The one Cutroom composition: a pure function of the config. The same component runs in the
 * editor's Player, the preview pages and the render worker, so what is previewed is what is rendered.
 * It accepts the document as stored (templates, `$ref`s) and normalizes it itself; normalizing is
 * idempotent, so an already normalized config costs nothing extra. Remote subtitle words must be
 * resolved before (resolveRemoteSubtitles): the composition never fetches.
 *
 * Only the clips on screen at the current frame are mounted, as <Sequence>s in paint order. An off-screen
 * <Sequence> draws nothing either, but each one still renders on every frame: with 500 clips that was
 * ~130 ms per seek in the editor's Player (bench/editor.ts, "scrub"), now it is the ~20 on screen.
 */
export function CutroomVideo({ config }: CutroomVideoProps) {
  const normalized = useMemo(() => normalizeVideoConfig(config).config, [config]);
  const { fps, width, height } = normalized.meta;
  const layers = useMemo(() => paintOrder(normalized).map((layer) => ({ ...layer, window: clipFrameWindow(layer.clip, fps) })), [normalized, fps]);
  const canvas = useMemo(() => ({ width, height }), [width, height]);
  useFonts(normalized.assets?.fonts ?? []);
  const frame = useCurrentFrame();

  const slots = new Map<string, number>();
  return (
    <AbsoluteFill style={{ ...backgroundStyle(normalized.meta.background), overflow: 'hidden' }}>
      {layers.map(({ clip, trackIndex, clipIndex, window }) => {
        if (frame < window.from || frame >= window.from + window.frames) return null;
        return (
          <Sequence
            key={layerKey(clip, trackIndex, clipIndex, slots)}
            from={window.from}
            durationInFrames={window.frames}
            name={clip.id ?? `${clip.type} ${trackIndex + 1}.${clipIndex + 1}`}
            // A hidden track (Cutroom addition) is not drawn; its sound still plays unless it is muted.
            style={normalized.tracks[trackIndex]?.hidden === true ? HIDDEN : undefined}
          >
            <ClipLayer
              clip={clip}
              canvas={canvas}
              fps={fps}
              windowDuration={effectiveDuration(clip)}
              isTrackMuted={normalized.tracks[trackIndex]?.muted === true}
              clipKey={`${trackIndex}:${clipIndex}`}
            />
          </Sequence>
        );
      })}
    </AbsoluteFill>
  );
}
