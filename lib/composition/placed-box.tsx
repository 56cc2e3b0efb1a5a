import type { CSSProperties, ReactNode } from 'react';
import { cssTransform, transformOrigin, type FrameState } from '../video';
import { filtersCss } from './style-css';

/**
 * The positioned element of one clip: the anchor point sits at (x, y) of the parent, scale/rotation/skew
 * pivot around it (lib/video/geometry.ts), and the frame's opacity, blur and clip-path apply to the
 * whole clip, content and stroke alike.
 */
export function PlacedBox({ state, style, clipKey, children }: { state: FrameState; style?: CSSProperties; clipKey?: string; children: ReactNode }) {
  const { placement, motion } = state;
  const filters = [state.blur > 0 ? `blur(${state.blur.toFixed(2)}px)` : undefined, filtersCss(state.style)].filter(Boolean);
  return (
    <div
      data-clip={clipKey}
      style={{
        position: 'absolute',
        left: placement.x,
        top: placement.y,
        // max-content: an absolutely positioned box near the right edge would otherwise shrink-wrap
        // to the space left and wrap intrinsic-size text.
        width: placement.width ?? 'max-content',
        height: placement.height,
        transform: cssTransform(placement, motion),
        transformOrigin: transformOrigin(placement),
        opacity: state.opacity,
        filter: filters.length > 0 ? filters.join(' ') : undefined,
        clipPath: state.clipPath,
        ...style,
      }}
    >
      {children}
      {state.sweep === undefined ? null : <LightSweep progress={state.sweep} />}
    </div>
  );
}

/** A soft diagonal band of light crossing the element's box from left to right as `progress` goes 0 → 1. */
function LightSweep({ progress }: { progress: number }) {
  return (
    <div style={{ position: 'absolute', inset: 0, overflow: 'hidden', pointerEvents: 'none', borderRadius: 'inherit' }}>
      <div
        style={{
          position: 'absolute',
          top: '-50%',
          height: '200%',
          width: '45%',
          left: `${-45 + progress * 145}%`,
          transform: 'rotate(15deg)',
          background: 'linear-gradient(90deg, rgba(255,255,255,0) 0%, rgba(255,255,255,0.85) 50%, rgba(255,255,255,0) 100%)',
          mixBlendMode: 'screen',
        }}
      />
    </div>
  );
}
