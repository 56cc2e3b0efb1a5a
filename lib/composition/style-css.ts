import type { CSSProperties } from 'react';
import type { Style } from '../video';

/**
 * Style → CSS, with Cutroom's defaults for what the spec leaves open (docs/video-config.md §Style):
 * white 48 px sans-serif text, centred, line height 1.2 (a multiplier, like unitless CSS),
 * letter spacing in px, shadow offset `[dx, dy]` px, objectFit `cover`.
 */
export const textDefaults = {
  fill: '#ffffff',
  fontSize: 48,
  fontFamily: 'sans-serif',
  fontWeight: 400,
  lineHeight: 1.2,
  textAlign: 'center',
} as const;

/** `"Inter"` → `"Inter", sans-serif`: always end on a generic family so a missing font still draws. */
export function fontStack(family: string | undefined): string {
  if (family === undefined || family === '') return textDefaults.fontFamily;
  const generic = ['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui'];
  if (generic.includes(family)) return family;
  return `${JSON.stringify(family)}, sans-serif`;
}

function shadowOffset(style: Style): [number, number] {
  const o = style.shadowOffset;
  if (o === undefined) return [0, 0];
  if (typeof o === 'number') return [o, o];
  if (Array.isArray(o)) return [o[0] ?? 0, o[1] ?? 0];
  return [o.x ?? 0, o.y ?? 0];
}

/** A CSS shadow from shadowColor/shadowBlur/shadowOffset, or undefined when no colour is set. */
export function shadowCss(style: Style): string | undefined {
  if (style.shadowColor === undefined) return undefined;
  const [dx, dy] = shadowOffset(style);
  return `${dx}px ${dy}px ${style.shadowBlur ?? 0}px ${style.shadowColor}`;
}

/** Typography for a text-like clip. `hasWidth`: wrap inside the box unless textWrap is false. */
export function textCss(style: Style, hasWidth: boolean): CSSProperties {
  const strokeWidth = style.strokeWidth ?? (style.stroke === undefined ? 0 : 2);
  return {
    color: style.fill ?? textDefaults.fill,
    fontFamily: fontStack(style.fontFamily),
    fontSize: style.fontSize ?? textDefaults.fontSize,
    fontWeight: style.fontWeight ?? textDefaults.fontWeight,
    fontStyle: style.fontStyle,
    lineHeight: style.lineHeight ?? textDefaults.lineHeight,
    letterSpacing: style.letterSpacing,
    textAlign: style.textAlign ?? textDefaults.textAlign,
    // Without a width the box is the text's own size, so it must never wrap (pre keeps "\n" breaks).
    whiteSpace: hasWidth && style.textWrap !== false ? 'pre-wrap' : 'pre',
    overflowWrap: 'break-word',
    WebkitTextStroke: strokeWidth > 0 && style.stroke !== undefined ? `${strokeWidth}px ${style.stroke}` : undefined,
    // Stroke behind the fill, so a thick outline does not eat into the glyphs.
    paintOrder: 'stroke fill',
    textShadow: shadowCss(style),
    // The background box (Cutroom's addition): padding only applies with a box to pad.
    ...(style.backgroundColor === undefined
      ? {}
      : { background: style.backgroundColor, padding: style.padding ?? 0, borderRadius: style.borderRadius, boxSizing: 'border-box' as const }),
  };
}

/** Fill, outline and corner rounding for rect-like boxes. */
export function boxCss(style: Style, defaultFill = '#ffffff'): CSSProperties {
  const shadow = shadowCss(style);
  return {
    width: '100%',
    height: '100%',
    boxSizing: 'border-box',
    background: style.fill ?? defaultFill,
    border: style.stroke === undefined ? undefined : `${style.strokeWidth ?? 1}px solid ${style.stroke}`,
    borderRadius: style.borderRadius,
    boxShadow: shadow,
  };
}

const filterCss: Record<string, (v: number) => string> = {
  blur: (v) => `blur(${v}px)`,
  brightness: (v) => `brightness(${v})`,
  contrast: (v) => `contrast(${v})`,
  saturate: (v) => `saturate(${v})`,
  grayscale: (v) => `grayscale(${v})`,
  sepia: (v) => `sepia(${v})`,
  invert: (v) => `invert(${v})`,
  hueRotate: (v) => `hue-rotate(${v}deg)`,
};

/** `style.filters` in order → a CSS filter list (`blur(24px) brightness(0.7)`), or undefined. */
export function filtersCss(style: Style): string | undefined {
  const parts = (style.filters ?? []).flatMap((f) => {
    const make = filterCss[f.type];
    return make ? [make(f.value)] : [];
  });
  return parts.length > 0 ? parts.join(' ') : undefined;
}
