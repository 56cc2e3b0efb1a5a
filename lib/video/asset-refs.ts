import type { AnyClip, Assets } from './schema';

/** The asset pools a `{ "$ref": id }` can point into. */
export type AssetPool = 'images' | 'videos' | 'audios' | 'subtitles' | 'svgs' | 'models';

/** Which pool a `$ref` in `field` of a `clipType` clip searches (§3): the field implies the pool. */
export function poolForClipField(clipType: AnyClip['type'], field: string): AssetPool[] {
  if (field === 'words') return ['subtitles'];
  if (clipType === 'three') return ['models'];
  if (clipType === 'svg') return field === 'svg' ? ['svgs'] : ['svgs', 'images'];
  if (clipType === 'video') return ['videos'];
  if (clipType === 'audio') return ['audios'];
  return ['images'];
}

/**
 * The pool for a `$ref` found in template data under `key` (`image` → images, `src` → videos…).
 * Template data is free-form, so an unrecognised key searches every pool.
 */
export function poolForTemplateKey(key: string | number): AssetPool[] {
  switch (key) {
    case 'image':
    case 'images':
    case 'logo':
      return ['images'];
    case 'src':
    case 'video':
      return ['videos'];
    case 'audio':
    case 'music':
      return ['audios'];
    case 'words':
      return ['subtitles'];
    case 'svg':
      return ['svgs'];
    default:
      return ['images', 'videos', 'audios', 'subtitles', 'svgs'];
  }
}

export function isAssetRef(value: unknown): value is { $ref: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { $ref?: unknown }).$ref === 'string';
}

type PoolEntry = NonNullable<Assets[AssetPool]>[number];

/** The asset entry `id` names in the first of `pools` that has it, or undefined. */
export function findAsset(assets: Assets | undefined, pools: readonly AssetPool[], id: string): { pool: AssetPool; entry: PoolEntry } | undefined {
  for (const pool of pools) {
    const entry = assets?.[pool]?.find((e) => e.id === id);
    if (entry) return { pool, entry };
  }
  return undefined;
}
