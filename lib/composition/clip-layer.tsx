import { useCurrentFrame } from 'remotion';
import { audioGainAt, clipStateAt, subtitleTransform, type Clip, type Size } from '../video';
import { AudioClipSound } from './audio-clip';
import { ClipContent, DEFAULT_ICON_SIZE } from './clip-content';
import { LayoutContent } from './layout-content';
import { PlacedBox } from './placed-box';
import { SubtitleContent } from './subtitle-content';

export interface ClipLayerProps {
  clip: Clip;
  canvas: Size;
  fps: number;
  /** The clip's effective duration in seconds. */
  windowDuration: number;
  /** The clip's track is muted: silence it (video keeps its picture). */
  isTrackMuted: boolean;
}

/** One top-level clip inside its <Sequence> (frame 0 = the clip's start). */
export function ClipLayer({ clip, canvas, fps, windowDuration, isTrackMuted }: ClipLayerProps) {
  const t = useCurrentFrame() / fps;

  if (clip.type === 'audio') {
    const volume = isTrackMuted ? 0 : audioGainAt(clip, t, windowDuration);
    return <AudioClipSound clip={clip} fps={fps} volume={volume} />;
  }
  if (clip.type === 'template') return null; // normalize expands templates before drawing.

  const context = { canvas, parent: canvas, windowDuration };
  if (clip.type === 'subtitle') {
    const state = clipStateAt({ ...clip, transform: subtitleTransform(clip, canvas) }, t, context);
    return (
      <PlacedBox state={state}>
        <SubtitleContent clip={clip} t={t} canvas={canvas} />
      </PlacedBox>
    );
  }

  // Shapes and layouts without a size fill the canvas; a circle without one is as big as the
  // canvas' short edge. Text and media keep their intrinsic size.
  const shortEdge = Math.min(canvas.width, canvas.height);
  const defaultSize =
    clip.type === 'rect' || clip.type === 'polygon' || clip.type === 'layout' || clip.type === 'line' || clip.type === 'path' || clip.type === 'three'
      ? canvas
      : clip.type === 'circle'
        ? { width: shortEdge, height: shortEdge }
        : clip.type === 'icon'
          ? { width: DEFAULT_ICON_SIZE, height: DEFAULT_ICON_SIZE }
          : undefined;
  const state = clipStateAt(clip, t, { ...context, defaultSize });
  const sizing = { hasWidth: state.placement.width !== undefined, hasHeight: state.placement.height !== undefined };

  if (clip.type === 'layout') {
    return (
      <PlacedBox state={state}>
        <LayoutContent clip={clip} context={{ fps, t, windowDuration, isTrackMuted, canvas }} />
      </PlacedBox>
    );
  }
  const isMedia = clip.type === 'image' || clip.type === 'video' || clip.type === 'svg';
  const isMuted = isTrackMuted || (clip.type === 'video' && clip.muted === true);
  const volume = clip.type === 'video' && !isMuted ? audioGainAt(clip, t, windowDuration) : 0;
  return (
    <PlacedBox state={state} style={isMedia ? { borderRadius: state.style.borderRadius, overflow: 'hidden' } : undefined}>
      <ClipContent clip={clip} style={state.style} sizing={sizing} media={{ fps, volume, isMuted }} />
    </PlacedBox>
  );
}
