import type { CSSProperties } from 'react';
import { audioGainAt, scalePair, type LayoutChild, type LayoutClip, type Size } from '../video';
import { AudioClipSound } from './audio-clip';
import { ClipContent } from './clip-content';
import { boxCss } from './style-css';

type LayoutLike = Pick<LayoutClip, 'direction' | 'gap' | 'padding' | 'alignItems' | 'justifyContent' | 'clip' | 'children' | 'style'>;

const flexAlign = { start: 'flex-start', center: 'center', end: 'flex-end', stretch: 'stretch' } as const;
const flexJustify = { start: 'flex-start', center: 'center', end: 'flex-end', 'space-between': 'space-between', 'space-around': 'space-around' } as const;

export interface LayoutContext {
  fps: number;
  /** Layout-clip time in seconds (children share their layout's window). */
  t: number;
  windowDuration: number;
  isTrackMuted: boolean;
  canvas: Size;
}

/**
 * A layout (§7.9) as a CSS flex container filling its placed box. Children are a static arrangement:
 * flex places them (their x/y/anchor are ignored), their width/height percentages are of the layout's
 * box, their scale/rotation/skew/opacity/style apply, and their own start/duration, animations,
 * keyframes and transitions are ignored. Shapes and nested layouts without a size share the free space.
 */
export function LayoutContent({ clip, context }: { clip: LayoutLike; context: LayoutContext }) {
  const padding = Array.isArray(clip.padding) ? clip.padding.map((p) => `${p}px`).join(' ') : clip.padding;
  const style = clip.style ?? {};
  return (
    <div
      style={{
        ...boxCss(style, 'transparent'),
        display: 'flex',
        flexDirection: clip.direction === 'vertical' ? 'column' : 'row',
        gap: clip.gap,
        padding,
        alignItems: flexAlign[clip.alignItems ?? 'stretch'],
        justifyContent: flexJustify[clip.justifyContent ?? 'start'],
        overflow: clip.clip ? 'hidden' : 'visible',
      }}
    >
      {clip.children.map((child, i) => (
        <LayoutItem key={i} child={child} context={context} />
      ))}
    </div>
  );
}

function LayoutItem({ child, context }: { child: LayoutChild; context: LayoutContext }) {
  if (child.type === 'audio') {
    const volume = context.isTrackMuted ? 0 : audioGainAt(child, context.t, context.windowDuration);
    return <AudioClipSound clip={child} fps={context.fps} volume={volume} />;
  }
  const t = child.transform ?? {};
  const [sx, sy] = scalePair(t.scale);
  const isFlexibleShape =
    child.type === 'rect' || child.type === 'circle' || child.type === 'polygon' || child.type === 'layout' || child.type === 'line' || child.type === 'path' || child.type === 'three';
  const hasWidth = t.width !== undefined;
  const hasHeight = t.height !== undefined;
  const transforms = [
    t.rotation ? `rotate(${t.rotation}deg)` : '',
    sx !== 1 || sy !== 1 ? `scale(${sx}, ${sy})` : '',
    t.skew ? `skew(${t.skew[0]}deg, ${t.skew[1]}deg)` : '',
  ].filter(Boolean);
  const style = child.style ?? {};
  const item: CSSProperties = {
    position: 'relative',
    boxSizing: 'border-box',
    width: t.width,
    height: t.height,
    flex: isFlexibleShape && !hasWidth && !hasHeight ? '1 1 0' : '0 0 auto',
    minWidth: 0,
    minHeight: 0,
    transform: transforms.length > 0 ? transforms.join(' ') : undefined,
    opacity: style.opacity ?? child.opacity ?? 1,
    borderRadius: style.borderRadius,
    overflow: child.type === 'image' || child.type === 'video' ? 'hidden' : undefined,
  };
  const volume = child.type === 'video' && !context.isTrackMuted ? audioGainAt(child, context.t, context.windowDuration) : 0;
  return (
    <div style={item}>
      {child.type === 'layout' ? (
        <LayoutContent clip={child} context={context} />
      ) : (
        <ClipContent
          clip={child}
          style={style}
          sizing={{ hasWidth: hasWidth || isFlexibleShape, hasHeight: hasHeight || isFlexibleShape }}
          media={{ fps: context.fps, volume, isMuted: context.isTrackMuted || (child.type === 'video' && child.muted === true) }}
        />
      )}
    </div>
  );
}
