import { z } from 'zod';
import * as video from '../../video';

export type JsonSchema = Record<string, unknown>;

/**
 * The config's parts worth a name in the generated JSON Schema: naming them turns a 270 kB schema
 * of repeated inline copies into ~100 kB of readable `$ref`s (and breaks the layout recursion).
 */
export const videoConfigParts: [string, z.ZodType][] = [
  ['VideoConfig', video.videoConfigSchema],
  ['Meta', video.metaSchema],
  ['Assets', video.assetsSchema],
  ['Track', video.trackSchema],
  ['Clip', video.clipSchema],
  ['TextClip', video.textClipSchema],
  ['ImageClip', video.imageClipSchema],
  ['VideoClip', video.videoClipSchema],
  ['AudioClip', video.audioClipSchema],
  ['RectClip', video.rectClipSchema],
  ['CircleClip', video.circleClipSchema],
  ['PolygonClip', video.polygonClipSchema],
  ['SvgClip', video.svgClipSchema],
  ['SubtitleClip', video.subtitleClipSchema],
  ['LayoutClip', video.layoutClipSchema],
  ['TemplateClip', video.templateClipSchema],
  ['LayoutChild', video.layoutChildSchema],
  ['Transform', video.transformSchema],
  ['Style', video.styleSchema],
  ['Animation', video.animationSchema],
  ['Keyframe', video.keyframeSchema],
  ['Transition', video.transitionSchema],
  ['Easing', video.easingSchema],
  ['Gradient', video.gradientSchema],
  ['Length', video.lengthSchema],
  ['Color', video.colorSchema],
  ['Src', video.srcSchema],
  ['AssetRef', video.refSchema],
  ['SubtitleConfig', video.subtitleConfigSchema],
  ['SubtitleWords', video.subtitleWordsSchema],
];

/**
 * Converts named zod schemas to JSON Schema (draft 2020-12) in one pass, so a schema used by
 * another is emitted once and referenced as `refBase + name`. `$schema`/`$id` are stripped: the
 * caller places the results (OpenAPI components, or `$defs`).
 */
export function toNamedJsonSchemas(parts: [string, z.ZodType][], refBase: string): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of parts) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    // Refinements and custom checks have no JSON Schema form; the server still enforces them.
    unrepresentable: 'any',
    uri: (id) => `${refBase}${id}`,
  });
  const out: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    if (id === '__shared') throw new Error('Unnamed shared JSON Schema part: give it a name in the parts list');
    const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
    out[id] = simplify(rest) as JsonSchema;
  }
  return out;
}

/**
 * Drops generated noise that says nothing to a reader: the long regex next to `format: date-time`
 * and the ±2^53 bounds zod gives every integer.
 */
function simplify(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(simplify);
  if (node === null || typeof node !== 'object') return node;
  const obj = node as JsonSchema;
  const isNoise = (k: string, v: unknown) =>
    (k === 'pattern' && obj.format === 'date-time') ||
    (k === 'maximum' && v === Number.MAX_SAFE_INTEGER) ||
    (k === 'minimum' && v === Number.MIN_SAFE_INTEGER);
  return Object.fromEntries(Object.entries(obj).filter(([k, v]) => !isNoise(k, v)).map(([k, v]) => [k, simplify(v)]));
}

let cached: JsonSchema | undefined;

/** The v2 config as one standalone JSON Schema document (GET /api/v1/schema). */
export function videoConfigJsonSchema(baseUrl: string): JsonSchema {
  cached ??= (() => {
    const parts = toNamedJsonSchemas(videoConfigParts, '#/$defs/');
    const { VideoConfig, ...defs } = parts;
    return {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Cutroom video config (v2)',
      description:
        'A RenderingVideo v2 video config: meta (canvas), optional assets, and tracks of timed clips. ' +
        'Validation on the server is stricter than this schema where JSON Schema cannot say it (template data, trims).',
      ...VideoConfig,
      $defs: defs,
    };
  })();
  return { $id: `${baseUrl}/api/v1/schema`, ...cached };
}
