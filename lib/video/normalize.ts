import { findAsset, isAssetRef, poolForClipField, type AssetPool } from './asset-refs';
import { formatPath, type ConfigIssue, type PathSegment } from './config-issue';
import { DEFAULT_BACKGROUND } from './defaults';
import { expandTemplate, templateParams } from './expand-template';
import type { AnyClip, Assets, Clip, LayoutChild, Meta, VideoConfig } from './schema';

export interface NormalizeResult {
  /** The config ready to draw: no templates, no `$ref`s, legacy aliases folded into transform. */
  config: VideoConfig;
  /** Things that were tolerated but probably not meant (unknown template variant, unknown asset id). */
  warnings: ConfigIssue[];
}

/**
 * Turns a valid config into the form the composition draws (pure, idempotent):
 * - `meta.background` defaults to black;
 * - templates expand into ordinary clips in place (top level and inside layouts);
 * - `{ "$ref": id }` in src/words/svg fields is replaced by the asset's value;
 * - older-generation aliases move into `transform`: rect `width`/`height`, circle `size`.
 * Remote subtitle words (`{ src }`) need a fetch: run `resolveRemoteSubtitles` first.
 */
export function normalizeVideoConfig(config: VideoConfig): NormalizeResult {
  const warnings: ConfigIssue[] = [];
  const meta: Meta = { ...config.meta, background: config.meta.background ?? DEFAULT_BACKGROUND };
  const tracks = config.tracks.map((track, t) => ({
    ...track,
    clips: track.clips.flatMap((clip, c) => normalizeTopLevel(clip, meta, config.assets, ['tracks', t, 'clips', c], warnings)),
  }));
  return { config: { ...config, meta, tracks }, warnings };
}

function normalizeTopLevel(clip: Clip, meta: Meta, assets: Assets | undefined, path: PathSegment[], warnings: ConfigIssue[]): Clip[] {
  if (clip.type !== 'template') return [normalizeClip(clip, meta, assets, path, warnings, clip)];
  const warning = templateParams(clip).warning;
  if (warning) warnings.push({ path: formatPath([...path, 'variant']), message: warning });
  let expanded: Clip[];
  try {
    expanded = expandTemplate(clip, meta, clip);
  } catch {
    // Invalid data: validateVideoConfig reports it; drawing nothing beats crashing the Player.
    warnings.push({ path: formatPath([...path, 'data']), message: 'template data is invalid; the template draws nothing' });
    return [];
  }
  return expanded.map((g) => normalizeClip(g, meta, assets, path, warnings, clip));
}

/** Resolves refs and aliases on one clip (recursing into layout children). */
function normalizeClip<C extends AnyClip>(
  clip: C,
  meta: Meta,
  assets: Assets | undefined,
  path: PathSegment[],
  warnings: ConfigIssue[],
  window: { start?: number; duration?: number },
): C {
  const resolve = <V>(field: string, value: V): V | string => {
    if (!isAssetRef(value)) return value;
    const found = findAsset(assets, poolForClipField(clip.type, field), value.$ref);
    if (!found) {
      warnings.push({ path: formatPath([...path, field]), message: `unknown asset "${value.$ref}"; the clip draws nothing` });
      return value;
    }
    return 'src' in found.entry && typeof found.entry.src === 'string' ? found.entry.src : value;
  };

  const resolveIn = (pools: AssetPool[], at: PathSegment[], ref: { $ref: string }): string | { $ref: string } => {
    const found = findAsset(assets, pools, ref.$ref);
    if (found && 'src' in found.entry && typeof found.entry.src === 'string') return found.entry.src;
    warnings.push({ path: formatPath([...path, ...at]), message: `unknown asset "${ref.$ref}"; the object draws nothing` });
    return ref;
  };

  switch (clip.type) {
    case 'image':
    case 'video':
    case 'audio':
      return { ...clip, src: resolve('src', clip.src) };
    case 'subtitle': {
      if (!isAssetRef(clip.words)) return clip;
      const found = findAsset(assets, ['subtitles'], clip.words.$ref);
      if (found && 'words' in found.entry && Array.isArray(found.entry.words)) return { ...clip, words: found.entry.words };
      warnings.push({ path: formatPath([...path, 'words']), message: `unknown subtitle asset "${clip.words.$ref}"` });
      return clip;
    }
    case 'svg': {
      const ref = isAssetRef(clip.svg) ? clip.svg : isAssetRef(clip.src) ? clip.src : undefined;
      if (ref === undefined) return clip;
      const field = isAssetRef(clip.svg) ? 'svg' : 'src';
      const found = findAsset(assets, poolForClipField('svg', field), ref.$ref);
      if (!found) {
        warnings.push({ path: formatPath([...path, field]), message: `unknown asset "${ref.$ref}"; the clip draws nothing` });
        return clip;
      }
      const markup = 'svg' in found.entry && typeof found.entry.svg === 'string' ? found.entry.svg : undefined;
      const src = 'src' in found.entry && typeof found.entry.src === 'string' ? found.entry.src : undefined;
      return markup !== undefined ? { ...clip, svg: markup, src: undefined } : { ...clip, svg: undefined, src };
    }
    case 'three': {
      if (!clip.objects?.some((o) => isAssetRef(o.model))) return clip;
      return { ...clip, objects: clip.objects.map((o, i) => (isAssetRef(o.model) ? { ...o, model: resolveIn(['models'], ['objects', i, 'model'], o.model) } : o)) };
    }
    case 'rect': {
      if (clip.width === undefined && clip.height === undefined) return clip;
      const { width, height, ...rest } = clip;
      return { ...rest, transform: { width, height, ...clip.transform } } as C;
    }
    case 'circle': {
      if (clip.size === undefined || clip.transform?.width !== undefined || clip.transform?.height !== undefined) return clip;
      return { ...clip, transform: { ...clip.transform, width: clip.size, height: clip.size } };
    }
    case 'layout': {
      const layoutWindow = { start: clip.start ?? window.start ?? 0, duration: clip.duration ?? window.duration ?? 1 };
      const children: LayoutChild[] = clip.children.flatMap((child, i): LayoutChild[] => {
        const childPath = [...path, 'children', i];
        if (child.type !== 'template') return [normalizeClip(child, meta, assets, childPath, warnings, layoutWindow)];
        try {
          // A template inside a layout contributes its clips as static children (layouts do not schedule).
          const generated = expandTemplate(child, meta, layoutWindow);
          if (generated.some((g) => g.type === 'subtitle')) {
            warnings.push({ path: formatPath(childPath), message: 'subtitles cannot be layout children; the template\'s captions are left out' });
          }
          return generated.flatMap((g) => (g.type === 'subtitle' ? [] : [normalizeClip(g, meta, assets, childPath, warnings, layoutWindow)]));
        } catch {
          warnings.push({ path: formatPath([...childPath, 'data']), message: 'template data is invalid; the template draws nothing' });
          return [];
        }
      });
      return { ...clip, children };
    }
    default:
      return clip;
  }
}
