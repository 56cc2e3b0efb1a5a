import type { CSSProperties } from 'react';
import { getRemotionEnvironment, Img, OffthreadVideo } from 'remotion';
import { pieSlicePath, regularPolygon, type AnyClip, type Style } from '../video';
import { CodeContent } from './code-content';
import { CurveContent } from './curve-content';
import { IconContent } from './icon-content';
import { boxCss, textCss } from './style-css';
import { ThreeContent } from './three-content';

/** Side (px) of an icon clip without transform.width/height. */
export { DEFAULT_ICON_SIZE } from './default-size';

/** Whether the box around the content has an explicit width/height (else the content sizes it). */
export interface BoxSizing {
  hasWidth: boolean;
  hasHeight: boolean;
}

/** A string src, or undefined for an unresolved `{ $ref }` (normalize resolves them; unknown ids draw nothing). */
export function srcUrl(src: unknown): string | undefined {
  return typeof src === 'string' && src !== '' ? src : undefined;
}

/**
 * The Player's <video> src: the URL with `#t=0` when it has no fragment yet. Remotion otherwise appends a
 * media fragment of the clip's own range (`#t=1,2.5`), so the next clip of the same file would get a new
 * src and reload it; with a fragment of its own the src stays the same and the element is only sought.
 * blob: and data: URLs keep theirs (iOS Safari refuses blob URLs with a fragment). Renders use the URL as is.
 * Example: `/files/u/a.mp4` → `/files/u/a.mp4#t=0`.
 */
export function playerVideoSrc(src: string): string {
  if (src.includes('#') || src.startsWith('blob:') || src.startsWith('data:')) return src;
  return `${src}#t=0`;
}

/** Media fills a sized box (objectFit decides how), or shows at its natural size (§6.1). */
function mediaCss(sizing: BoxSizing, style: Style): CSSProperties {
  return {
    display: 'block',
    width: sizing.hasWidth ? '100%' : undefined,
    height: sizing.hasHeight ? '100%' : undefined,
    objectFit: style.objectFit ?? 'cover',
    borderRadius: style.borderRadius,
  };
}

function TextContent({ text, style, sizing }: { text: string; style: Style; sizing: BoxSizing }) {
  const css = textCss(style, sizing.hasWidth);
  if (!sizing.hasHeight) return <div style={css}>{text}</div>;
  // A fixed-height text box centres its text vertically.
  const justify = { left: 'flex-start', center: 'center', right: 'flex-end' }[css.textAlign === 'left' || css.textAlign === 'right' ? css.textAlign : 'center'];
  return (
    <div style={{ ...css, width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: justify }}>
      <span>{text}</span>
    </div>
  );
}

/** SVG shapes use a 0–100 viewBox stretched over the box; non-scaling strokes keep their px width. */
function ShapeSvg({ style, children }: { style: Style; children: (shape: CSSProperties & { fill: string; stroke?: string; strokeWidth?: number }) => React.ReactNode }) {
  const paint = {
    fill: style.fill ?? '#ffffff',
    stroke: style.stroke,
    strokeWidth: style.stroke === undefined ? undefined : (style.strokeWidth ?? 1),
    vectorEffect: 'non-scaling-stroke' as const,
  };
  return (
    <svg width="100%" height="100%" viewBox="0 0 100 100" preserveAspectRatio="none" style={{ display: 'block', overflow: 'visible' }}>
      {children(paint)}
    </svg>
  );
}

export interface MediaOptions {
  fps: number;
  /** Gain for this frame (volume, fades, mute already applied). */
  volume: number;
  isMuted: boolean;
}

/**
 * The look of a visual clip inside its (already placed and sized) box. Shared by top-level clips and
 * layout children. Audio, subtitle and layout are drawn by their own components.
 */
export function ClipContent({ clip, style, sizing, media }: { clip: AnyClip; style: Style; sizing: BoxSizing; media: MediaOptions }) {
  switch (clip.type) {
    case 'text':
      return <TextContent text={clip.text} style={style} sizing={sizing} />;
    case 'rect':
      return <div style={boxCss(style)} />;
    case 'circle': {
      const start = clip.startAngle ?? 0;
      const end = clip.endAngle ?? 360;
      return (
        <ShapeSvg style={style}>
          {(paint) =>
            Math.abs(end - start) >= 360 ? <ellipse cx={50} cy={50} rx={50} ry={50} style={paint} /> : <path d={pieSlicePath(100, 100, start, end)} style={paint} />
          }
        </ShapeSvg>
      );
    }
    case 'polygon': {
      const points = clip.points?.map(([x, y]) => [x * 100, y * 100] as const) ?? regularPolygon(clip.sides ?? 6, 100, 100);
      return <ShapeSvg style={style}>{(paint) => <polygon points={points.map((p) => p.join(',')).join(' ')} style={paint} />}</ShapeSvg>;
    }
    case 'image': {
      const src = srcUrl(clip.src);
      return src === undefined ? null : <Img src={src} style={mediaCss(sizing, style)} />;
    }
    case 'svg': {
      // Inline markup goes through an <img> data URL: it sizes like an image and cannot run scripts.
      const src = typeof clip.svg === 'string' ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(clip.svg)}` : srcUrl(clip.src);
      return src === undefined ? null : <Img src={src} style={{ ...mediaCss(sizing, style), objectFit: style.objectFit ?? 'contain' }} />;
    }
    case 'video': {
      const src = srcUrl(clip.src);
      if (src === undefined) return null;
      return (
        <OffthreadVideo
          src={getRemotionEnvironment().isPlayer ? playerVideoSrc(src) : src}
          // Always set (0 when untrimmed): Remotion wraps a trimmed video in a <Sequence>, and a tree that
          // keeps its shape lets the next clip of the same file reuse this <video> (CutroomVideo's layerKey).
          trimBefore={Math.round((clip.source?.start ?? 0) * media.fps)}
          trimAfter={clip.source?.end === undefined ? undefined : Math.round(clip.source.end * media.fps)}
          playbackRate={clip.playbackRate ?? 1}
          volume={media.volume}
          muted={media.isMuted}
          style={mediaCss(sizing, style)}
        />
      );
    }
    case 'line':
    case 'path':
      return <CurveContent clip={clip} style={style} />;
    case 'icon':
      return <IconContent clip={clip} style={style} />;
    case 'code':
      return <CodeContent clip={clip} style={style} hasWidth={sizing.hasWidth} hasHeight={sizing.hasHeight} />;
    case 'three':
      return <ThreeContent clip={clip} />;
    default:
      return null;
  }
}
