import type { CSSProperties } from 'react';
import { selectedLines, type CodeClip, type Style } from '../video';
import { lazyPart, useLazyPart } from './lazy-part';

/** shiki and its grammars are loaded only when a config has a `code` clip. */
const highlighter = lazyPart(() => import('./code-highlighter'), 'Loading the code highlighter (shiki)');

type CodeLike = Pick<CodeClip, 'code' | 'language' | 'theme' | 'fontFamily' | 'fontSize' | 'lineHeight' | 'lineNumbers' | 'highlightLines' | 'selection'>;

const FontStyleItalic = 1;
const FontStyleBold = 2;
const FontStyleUnderline = 4;

/**
 * A `code` clip: shiki tokens as coloured spans in a monospace block on the theme's background
 * (docs/video-config.md §code). `highlightLines` paints a band behind those lines; `selection`
 * dims the lines outside it (Revideo's behaviour); `lineNumbers` adds a gutter. The frame is held
 * until the highlighter has loaded and drawn.
 */
export function CodeContent({ clip, style, hasWidth, hasHeight }: { clip: CodeLike; style: Style; hasWidth: boolean; hasHeight: boolean }) {
  const shiki = useLazyPart(highlighter);
  if (shiki === undefined) return null;
  const { lines, background, foreground } = shiki.highlightCode(clip.code, clip.language, clip.theme);
  const fontSize = clip.fontSize ?? style.fontSize ?? 28;
  const lineHeight = (clip.lineHeight ?? 1.5) * fontSize;
  const highlighted = new Set(clip.highlightLines ?? []);
  const selected = selectedLines(clip.selection);
  const gutter = String(lines.length).length;
  const box: CSSProperties = {
    boxSizing: 'border-box',
    width: hasWidth ? '100%' : undefined,
    height: hasHeight ? '100%' : undefined,
    overflow: 'hidden',
    background: style.backgroundColor ?? style.fill ?? background,
    color: foreground,
    borderRadius: style.borderRadius ?? 12,
    padding: style.padding ?? fontSize * 0.8,
    fontFamily: clip.fontFamily ?? style.fontFamily ?? 'monospace',
    fontSize,
    lineHeight: `${lineHeight}px`,
    whiteSpace: 'pre',
    textAlign: 'left',
  };
  return (
    <div style={box}>
      {lines.map((tokens, i) => {
        const n = i + 1;
        const isDim = selected !== undefined && !selected.has(n);
        return (
          <div
            key={i}
            data-line={n}
            style={{
              height: lineHeight,
              opacity: isDim ? 0.35 : 1,
              background: highlighted.has(n) ? 'rgba(250, 204, 21, 0.22)' : undefined,
              marginLeft: -fontSize * 0.4,
              marginRight: -fontSize * 0.4,
              paddingLeft: fontSize * 0.4,
              paddingRight: fontSize * 0.4,
            }}
          >
            {clip.lineNumbers ? (
              <span style={{ display: 'inline-block', width: `${gutter + 1}ch`, opacity: 0.45, userSelect: 'none' }}>{String(n).padStart(gutter)}</span>
            ) : null}
            {tokens.map((token, j) => (
              <span
                key={j}
                style={{
                  color: token.color,
                  fontStyle: (token.fontStyle ?? 0) & FontStyleItalic ? 'italic' : undefined,
                  fontWeight: (token.fontStyle ?? 0) & FontStyleBold ? 700 : undefined,
                  textDecoration: (token.fontStyle ?? 0) & FontStyleUnderline ? 'underline' : undefined,
                }}
              >
                {token.content}
              </span>
            ))}
            {tokens.length === 0 ? '\u200b' : null}
          </div>
        );
      })}
    </div>
  );
}
