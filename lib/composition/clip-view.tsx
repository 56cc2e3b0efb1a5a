import type { CSSProperties, ReactNode } from 'react';
import { Audio, Img, OffthreadVideo } from 'remotion';
import {
  cssTransform,
  placeElement,
  transformOrigin,
  type Clip,
  type Placement,
  type Size,
  type Style,
} from '../video';
import { boxCss, filtersCss, textCss } from './style-css';

type SrcField = string | { $ref: string };

/** A string src, or undefined for an unresolved `{ $ref }` (normalize resolves them before drawing). */
function srcUrl(src: SrcField): string | undefined {
  return typeof src === 'string' ? src : undefined;
}

/** Effective opacity: `style.opacity` wins over the clip's shorthand `opacity` (§5). */
export function clipOpacity(clip: { opacity?: number; style?: Style }): number {
  return clip.style?.opacity ?? clip.opacity ?? 1;
}

function PlacedBox({
  placement,
  opacity,
  style,
  children,
}: {
  placement: Placement;
  opacity: number;
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <div
      style={{
        position: 'absolute',
        left: placement.x,
        top: placement.y,
        // max-content: an absolutely positioned box near the right edge would otherwise shrink-wrap
        // to the space left and wrap intrinsic-size text.
        width: placement.width ?? 'max-content',
        height: placement.height,
        transform: cssTransform(placement),
        transformOrigin: transformOrigin(placement),
        opacity,
        ...style,
      }}
    >
      {children}
    </div>
  );
}

/** Media fills its box when the box has a size, else shows at its natural size (§6.1). */
function mediaCss(placement: Placement, style: Style): CSSProperties {
  return {
    display: 'block',
    width: placement.width === undefined ? undefined : '100%',
    height: placement.height === undefined ? undefined : '100%',
    objectFit: style.objectFit ?? 'cover',
    borderRadius: style.borderRadius,
    filter: filtersCss(style),
  };
}

export interface ClipViewProps {
  clip: Clip;
  canvas: Size;
  fps: number;
  /** The clip's track is muted: silence its audio (video keeps its picture). */
  isTrackMuted: boolean;
}

/** Draws one clip inside its Sequence (frame 0 = the clip's start). */
export function ClipView({ clip, canvas, fps, isTrackMuted }: ClipViewProps) {
  const style = clip.style ?? {};
  const opacity = clipOpacity(clip);
  switch (clip.type) {
    case 'text': {
      const placement = placeElement(clip.transform, canvas);
      return (
        <PlacedBox placement={placement} opacity={opacity} style={textCss(style, placement.width !== undefined)}>
          {clip.text}
        </PlacedBox>
      );
    }
    case 'rect': {
      // A rect without a size fills its parent: the common "coloured background" use.
      const placement = placeElement(clip.transform, canvas, canvas);
      return (
        <PlacedBox placement={placement} opacity={opacity}>
          <div style={boxCss(style)} />
        </PlacedBox>
      );
    }
    case 'image': {
      const src = srcUrl(clip.src);
      if (src === undefined) return null;
      const placement = placeElement(clip.transform, canvas);
      return (
        <PlacedBox placement={placement} opacity={opacity} style={{ borderRadius: style.borderRadius, overflow: 'hidden' }}>
          <Img src={src} style={mediaCss(placement, style)} />
        </PlacedBox>
      );
    }
    case 'video': {
      const src = srcUrl(clip.src);
      if (src === undefined) return null;
      const placement = placeElement(clip.transform, canvas);
      return (
        <PlacedBox placement={placement} opacity={opacity} style={{ borderRadius: style.borderRadius, overflow: 'hidden' }}>
          <OffthreadVideo
            src={src}
            trimBefore={clip.source?.start ? Math.round(clip.source.start * fps) : undefined}
            trimAfter={clip.source?.end === undefined ? undefined : Math.round(clip.source.end * fps)}
            playbackRate={clip.playbackRate ?? 1}
            volume={clip.volume ?? 1}
            muted={clip.muted === true || isTrackMuted}
            style={mediaCss(placement, style)}
          />
        </PlacedBox>
      );
    }
    case 'audio': {
      const src = srcUrl(clip.src);
      if (src === undefined || clip.muted === true || isTrackMuted) return null;
      return (
        <Audio
          src={src}
          trimBefore={clip.source?.start ? Math.round(clip.source.start * fps) : undefined}
          trimAfter={clip.source?.end === undefined ? undefined : Math.round(clip.source.end * fps)}
          playbackRate={clip.playbackRate ?? 1}
          volume={clip.volume ?? 1}
          loop={clip.loop}
        />
      );
    }
  }
}
