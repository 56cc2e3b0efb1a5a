import { useMemo } from 'react';
import { useCurrentFrame, useVideoConfig } from 'remotion';
import { arrowHead, curveDrawRange, curvePathData, visibleStretch, type CurveClip, type Style } from '../video';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Measured {
  length: number;
  pointAt: (distance: number) => { x: number; y: number };
}

/**
 * The browser's own path geometry (a detached <path>, measured synchronously during render, so the
 * frame is complete the moment React commits). Outside a browser (server render) nothing is measured.
 */
function useMeasuredPath(d: string): Measured | undefined {
  return useMemo(() => {
    if (typeof document === 'undefined' || d === '') return undefined;
    const el = document.createElementNS(SVG_NS, 'path');
    el.setAttribute('d', d);
    const length = el.getTotalLength();
    return { length, pointAt: (s: number) => el.getPointAtLength(Math.min(length, Math.max(0, s))) };
  }, [d]);
}

/**
 * A `line` or `path` clip: an SVG stroke in the clip's box (points/path data are px from the box's
 * top-left). The drawn stretch is a stroke-dash window (drawStart/drawEnd, animatable by keyframes,
 * after startOffset/endOffset trim the ends); arrowheads sit at the window's ends and follow it.
 */
export function CurveContent({ clip, style }: { clip: CurveClip & { lineWidth?: number; lineCap?: 'butt' | 'round' | 'square'; lineJoin?: 'round' | 'bevel' | 'miter'; startArrow?: boolean; endArrow?: boolean; arrowSize?: number }; style: Style }) {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const d = curvePathData(clip);
  const measured = useMeasuredPath(d);
  const stroke = style.stroke ?? '#ffffff';
  const width = clip.lineWidth ?? style.strokeWidth ?? 4;
  const arrowSize = clip.arrowSize ?? Math.max(8, width * 4);
  const range = curveDrawRange(clip, frame / fps);

  const length = measured?.length ?? 0;
  const { from, to } = visibleStretch(length, clip, range);
  const isDrawn = to - from > 0.01;
  // The stroke stops short of an arrowhead so its tip stays sharp.
  const strokeFrom = clip.startArrow && isDrawn ? Math.min(to, from + arrowSize * 0.6) : from;
  const strokeTo = clip.endArrow && isDrawn ? Math.max(strokeFrom, to - arrowSize * 0.6) : to;
  const heads: [number, number][][] = [];
  if (measured && isDrawn) {
    const step = Math.min(1, (to - from) / 2);
    if (clip.endArrow) {
      const tip = measured.pointAt(to);
      const back = measured.pointAt(to - step);
      heads.push(arrowHead(tip, Math.atan2(tip.y - back.y, tip.x - back.x), arrowSize));
    }
    if (clip.startArrow) {
      const tip = measured.pointAt(from);
      const ahead = measured.pointAt(from + step);
      heads.push(arrowHead(tip, Math.atan2(tip.y - ahead.y, tip.x - ahead.x), arrowSize));
    }
  }
  const isWhole = range.start === 0 && range.end === 1 && !clip.startOffset && !clip.endOffset && !clip.startArrow && !clip.endArrow;
  return (
    <svg xmlns={SVG_NS} width="100%" height="100%" style={{ display: 'block', overflow: 'visible' }}>
      {style.fill !== undefined ? <path d={d} fill={style.fill} stroke="none" /> : null}
      {isDrawn || (isWhole && measured === undefined) ? (
        <path
          d={d}
          fill="none"
          stroke={stroke}
          strokeWidth={width}
          strokeLinecap={clip.lineCap ?? 'butt'}
          strokeLinejoin={clip.lineJoin ?? 'miter'}
          strokeDasharray={isWhole ? undefined : `${Math.max(0, strokeTo - strokeFrom)} ${length * 2 + 1}`}
          strokeDashoffset={isWhole ? undefined : -strokeFrom}
        />
      ) : null}
      {heads.map((corners, i) => (
        <polygon key={i} points={corners.map((c) => c.join(',')).join(' ')} fill={stroke} stroke={stroke} strokeWidth={Math.max(1, width / 4)} strokeLinejoin="round" />
      ))}
    </svg>
  );
}
