import { subtitleDefaults, subtitleViewAt, type Size, type SubtitleClip } from '../video';
import { fontStack } from './style-css';

/**
 * The words on screen at clip time `t`: a centred box (textBoxWidth wide) with the batch's words, the
 * word being spoken in highlightColor. Positioning is done by the caller (subtitleTransform).
 */
export function SubtitleContent({ clip, t, canvas }: { clip: SubtitleClip; t: number; canvas: Size }) {
  if (!Array.isArray(clip.words)) return null; // `$ref`/`{ src }` not resolved: nothing to show.
  const view = subtitleViewAt(clip.words, clip.config, t);
  if (view === null) return null;
  const c = { ...subtitleDefaults(canvas), ...clip.config };
  const fade = c.fadeInAnimation ? Math.min(1, Math.max(0, (t - view.batchStart) / 0.2)) : 1;
  return (
    <div style={{ display: 'flex', justifyContent: { left: 'flex-start', center: 'center', right: 'flex-end' }[c.textAlign] }}>
      <div
        style={{
          opacity: fade,
          boxSizing: 'border-box',
          maxWidth: '100%',
          padding: `${Math.round(c.fontSize * 0.25)}px ${Math.round(c.fontSize * 0.5)}px`,
          borderRadius: Math.round(c.fontSize * 0.25),
          background: c.backgroundColor,
          border: c.borderColor ? `${c.borderWidth ?? 1}px solid ${c.borderColor}` : undefined,
          color: c.textColor,
          fontFamily: fontStack(c.fontFamily),
          fontSize: c.fontSize,
          fontWeight: c.fontWeight,
          lineHeight: 1.25,
          textAlign: c.textAlign,
          textShadow: c.shadowColor ? `0 0 ${c.shadowBlur ?? 4}px ${c.shadowColor}` : undefined,
          whiteSpace: 'pre-wrap',
        }}
      >
        {view.words.map((w, i) => (
          <span key={i} style={w.isActive ? { color: c.highlightColor } : undefined}>
            {i > 0 ? ' ' : ''}
            {w.text}
          </span>
        ))}
      </div>
    </div>
  );
}
