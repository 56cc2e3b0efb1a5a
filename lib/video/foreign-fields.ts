import { formatPath, type ConfigIssue, type PathSegment } from './config-issue';

/**
 * Fields RenderingVideo accepts (its official SDK's schema.ts, "synchronized from the renderer") that
 * Cutroom does not draw. A program written for RenderingVideo must not break on them, so they are
 * accepted with a warning `{ path, message }` and taken out of the stored config (docs/video-config.md
 * §Unknown fields). Anything else unknown stays an error: a typo is not a foreign field.
 */
const ignoredClipFields: Record<string, readonly string[]> = {
  audio: ['pan', 'detune', 'gainEnvelope', 'ducking'],
  polygon: ['size'],
};
const ignoredStyleFields = ['cache', 'cachePadding', 'composite', 'compositeOperation'];
const ignoredTransitionFields = ['blur', 'intensity', 'rotation', 'scale'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export interface ForeignFieldsResult {
  /** The input without the foreign fields (the same object when it had none). */
  input: unknown;
  warnings: ConfigIssue[];
}

/** Takes RenderingVideo-only fields out of a raw config, warning about each (never throws). */
export function stripForeignFields(raw: unknown): ForeignFieldsResult {
  if (!isObject(raw)) return { input: raw, warnings: [] };
  let input: Json;
  try {
    input = JSON.parse(JSON.stringify(raw)) as Json;
  } catch {
    return { input: raw, warnings: [] };
  }
  const warnings: ConfigIssue[] = [];
  const warn = (path: PathSegment[], message: string) => warnings.push({ path: formatPath(path), message });

  // The Python SDK's VideoConfig always sends an empty top-level `video` object.
  if (isObject(input.video) && Object.keys(input.video).length === 0) {
    delete input.video;
    warn(['video'], 'an empty top-level "video" object (sent by the Python SDK\'s VideoConfig) is ignored; canvas settings live in meta');
  }
  const visitClip = (clip: unknown, path: PathSegment[]) => {
    if (!isObject(clip)) return;
    const type = typeof clip.type === 'string' ? clip.type : '';
    const ignored = hasOwn(ignoredClipFields, type) ? (ignoredClipFields[type] ?? []) : [];
    for (const key of ignored) {
      if (!hasOwn(clip, key)) continue;
      delete clip[key];
      warn([...path, key], `"${key}" is accepted for RenderingVideo compatibility but has no effect in Cutroom`);
    }
    if (isObject(clip.style)) visitStyle(clip.style, [...path, 'style']);
    if (isObject(clip.transition)) {
      for (const key of ignoredTransitionFields) {
        if (!hasOwn(clip.transition, key)) continue;
        delete clip.transition[key];
        warn([...path, 'transition', key], `transition "${key}" is accepted for RenderingVideo compatibility but has no effect in Cutroom`);
      }
    }
    if (Array.isArray(clip.animations)) {
      const kept: unknown[] = [];
      clip.animations.forEach((a, i) => {
        if (isObject(a) && a.type === 'filter') {
          warn([...path, 'animations', i], 'filter animations are accepted for RenderingVideo compatibility but not drawn by Cutroom');
          return;
        }
        if (isObject(a) && hasOwn(a, 'filter')) {
          delete a.filter;
          warn([...path, 'animations', i, 'filter'], '"filter" only applies to filter animations; ignored');
        }
        kept.push(a);
      });
      clip.animations = kept;
    }
    if (Array.isArray(clip.children)) clip.children.forEach((child, i) => visitClip(child, [...path, 'children', i]));
  };
  const visitStyle = (style: Json, path: PathSegment[]) => {
    for (const key of ignoredStyleFields) {
      if (!hasOwn(style, key)) continue;
      delete style[key];
      warn([...path, key], `style "${key}" is a RenderingVideo renderer hint with no effect in Cutroom; ignored`);
    }
    const fill = style.fill;
    if (isObject(fill) && Array.isArray(fill.stops)) {
      const first = fill.stops.find((s): s is Json => isObject(s) && typeof s.color === 'string');
      style.fill = first?.color ?? '#ffffff';
      warn([...path, 'fill'], `gradient fills are not drawn by Cutroom; the first stop's colour (${String(style.fill)}) is used`);
    }
    if (Array.isArray(style.borderRadius) && style.borderRadius.every((r) => typeof r === 'number')) {
      style.borderRadius = Math.max(...(style.borderRadius as number[]));
      warn([...path, 'borderRadius'], `per-corner radii are not drawn by Cutroom; every corner uses ${String(style.borderRadius)}`);
    }
  };
  if (Array.isArray(input.tracks)) {
    input.tracks.forEach((track, t) => {
      if (isObject(track) && Array.isArray(track.clips)) track.clips.forEach((clip, c) => visitClip(clip, ['tracks', t, 'clips', c]));
    });
  }
  return warnings.length === 0 ? { input: raw, warnings } : { input, warnings };
}
