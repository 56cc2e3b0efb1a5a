import { z } from 'zod';
import { colourProblem } from './css-colour';
import {
  animationTypes,
  codeThemes,
  easingNames,
  threeAnimationProperties,
  threeShapes,
  filterTypes,
  templateNames,
  transitionTypes,
} from './capabilities';

/**
 * The RenderingVideo "v2" video config as zod schemas (docs/video-config.md restates every decision).
 * Pure zod: imported by the editor, the API, the composition and the renderer alike.
 *
 * Objects are strict (an unknown key is an error naming the key) except where the format is open by
 * design: `style`, asset entries, subtitle words and template `data`. Strictness is what turns a
 * typo such as `"opactiy"` into a precise error instead of a silently ignored field.
 */

// ---------------------------------------------------------------------------------------------
// Primitives

const percent = z.string().regex(/^-?\d+(\.\d+)?%$/, 'must be a number of pixels or a percentage such as "50%"');
/** A length: pixels as a number, or a percentage string of the canvas (or the parent layout). */
export const lengthSchema = z.union([z.number(), percent], {
  error: 'must be a number of pixels or a percentage such as "50%"',
});

/** A CSS colour; `url()` and other fetching CSS are refused (lib/video/css-colour.ts). */
export const colorSchema = z
  .string()
  .min(1, 'must be a CSS colour such as "#ff0000"')
  .superRefine((value, ctx) => {
    const problem = colourProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const refSchema = z.strictObject({ $ref: z.string().min(1, 'must name an asset id') });
/** A media source: a URL (absolute, or a path on this server such as /api/v1/files/…) or an asset `$ref`. */
export const srcSchema = z.union([z.string().min(1, 'must be a URL'), refSchema], {
  error: 'must be a URL string or { "$ref": "<asset id>" }',
});

/**
 * The longest timeline Cutroom accepts (4 hours): every time is bounded, so whatever validates can
 * also be rendered, played and displayed (an unbounded `duration: 1e308` would overflow frame counts).
 */
export const MAX_VIDEO_SECONDS = 4 * 60 * 60;
/** The most clips (layout children included) and tracks a config may have: bounds what is stored and drawn. */
export const MAX_CLIPS = 5000;
export const MAX_TRACKS = 200;
const tooLong = `must be at most ${MAX_VIDEO_SECONDS} (4 hours)`;
const seconds = z.number().min(0, 'must be 0 or more').max(MAX_VIDEO_SECONDS, tooLong);
const positiveSeconds = z.number().gt(0, 'must be greater than 0').max(MAX_VIDEO_SECONDS, tooLong);
const unit = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1');
const pair = z.tuple([z.number(), z.number()]);
const scaleValue = z.union([z.number(), pair], { error: 'must be a number or a [sx, sy] pair' });

export const easingSchema = z.enum(easingNames);
export const directionSchema = z.enum(['left', 'right', 'up', 'down']);

// ---------------------------------------------------------------------------------------------
// meta, assets

/** What an omitted `meta.width` / `height` / `fps` means (docs/video-config.md §meta). */
export const DEFAULT_META = { width: 1920, height: 1080, fps: 30 } as const;

export const gradientSchema = z.strictObject({
  type: z.enum(['linear', 'radial', 'conic']),
  /** Degrees, CSS convention: 0 points up, 90 right. */
  angle: z.number().optional(),
  /** Offsets are 0–1 along the gradient line. */
  stops: z
    .array(z.strictObject({ offset: unit, color: colorSchema }))
    .min(2, 'a gradient needs at least two stops'),
});

export const metaSchema = z.strictObject({
  version: z.string().min(1, 'must not be empty; use "2.0.0"'),
  title: z.string().optional(),
  description: z.string().optional(),
  author: z.string().optional(),
  createdAt: z.string().optional(),
  tags: z.array(z.string()).optional(),
  /** Optional (default 1920 × 1080 at 30 fps): the official SDK examples omit fps, the Python SDK's
   * `VideoConfig()` sends only `version`. Parsing fills the defaults in, so a parsed config always has them. */
  width: z.number().int('must be a whole number of pixels').min(16).max(7680).default(DEFAULT_META.width),
  height: z.number().int('must be a whole number of pixels').min(16).max(7680).default(DEFAULT_META.height),
  fps: z.number().int('must be a whole number').min(1).max(120).default(DEFAULT_META.fps),
  background: z
    .union([colorSchema, gradientSchema], { error: 'must be a CSS colour, "transparent" or a gradient object' })
    .optional(),
});

export const subtitleWordSchema = z.looseObject({
  word: z.string(),
  punctuated_word: z.string(),
  start: seconds,
  end: seconds,
  confidence: unit.optional(),
});

const assetId = z.string().min(1, 'must not be empty');
export const fontAssetSchema = z.looseObject({
  id: assetId,
  src: z.string().min(1, 'must be a URL'),
  family: z.string().min(1, 'must name the font family'),
  weight: z.union([z.number(), z.string()]).optional(),
  style: z.enum(['normal', 'italic']).optional(),
});
const srcAsset = z.looseObject({ id: assetId, src: z.string().min(1, 'must be a URL') });
export const svgAssetSchema = z
  .looseObject({ id: assetId, svg: z.string().min(1).optional(), src: z.string().min(1).optional() })
  .refine((a) => a.svg !== undefined || a.src !== undefined, 'needs inline "svg" markup or a "src" URL');

export const assetsSchema = z.strictObject({
  fonts: z.array(fontAssetSchema).optional(),
  images: z.array(srcAsset).optional(),
  videos: z.array(srcAsset).optional(),
  audios: z.array(srcAsset).optional(),
  subtitles: z.array(z.looseObject({ id: assetId, words: z.array(subtitleWordSchema) })).optional(),
  svgs: z.array(svgAssetSchema).optional(),
  /** GLTF/GLB models for `three` clips (`objects[].model: { "$ref": id }`). */
  models: z.array(srcAsset).optional(),
});

// ---------------------------------------------------------------------------------------------
// transform, style

export const anchorSchema = z.enum([
  'center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right',
]);

export const transformSchema = z.strictObject({
  x: lengthSchema.optional(),
  y: lengthSchema.optional(),
  width: lengthSchema.optional(),
  height: lengthSchema.optional(),
  scale: scaleValue.optional(),
  /** Degrees, clockwise. */
  rotation: z.number().optional(),
  /** Degrees per axis. */
  skew: pair.optional(),
  anchor: anchorSchema.optional(),
});

export const filterSchema = z.strictObject({ type: z.enum(filterTypes), value: z.number() });

/** Style is open in the spec: known keys are typed, unknown keys pass through. */
export const styleSchema = z.looseObject({
  fill: colorSchema.optional(),
  stroke: colorSchema.optional(),
  strokeWidth: z.number().min(0).optional(),
  opacity: unit.optional(),
  fontFamily: z.string().optional(),
  fontSize: z.number().positive().optional(),
  fontWeight: z.union([z.number(), z.string()]).optional(),
  fontStyle: z.string().optional(),
  /** A multiplier of the font size, like unitless CSS line-height. */
  lineHeight: z.number().positive().optional(),
  /** Pixels. */
  letterSpacing: z.number().optional(),
  textAlign: z.enum(['left', 'center', 'right']).optional(),
  textWrap: z.boolean().optional(),
  shadowColor: colorSchema.optional(),
  shadowBlur: z.number().min(0).optional(),
  /** `[dx, dy]` pixels; `{ x, y }` and a single number (both axes) are accepted too. */
  shadowOffset: z
    .union([z.number(), pair, z.strictObject({ x: z.number().optional(), y: z.number().optional() })], {
      error: 'must be [dx, dy], { "x": dx, "y": dy } or a number',
    })
    .optional(),
  borderRadius: z.number().min(0).optional(),
  /** Cutroom's addition: a box painted behind a text clip's lines (the subtitle config's name for it). */
  backgroundColor: colorSchema.optional(),
  /** Cutroom's addition: px between a text clip's lines and the edge of its background box. */
  padding: z.number().min(0).optional(),
  objectFit: z.enum(['fill', 'cover', 'contain']).optional(),
  filters: z.array(filterSchema).optional(),
});

// ---------------------------------------------------------------------------------------------
// motion

const animationCommon = {
  duration: positiveSeconds,
  delay: seconds.optional(),
  easing: easingSchema.optional(),
  /** `true`: repeat until the clip ends; a number: that many cycles. Each cycle restarts. */
  loop: z.union([z.boolean(), z.number().int().positive()], { error: 'must be true/false or a whole number of cycles' }).optional(),
};
const point = z.strictObject({ x: lengthSchema.optional(), y: lengthSchema.optional() });

const simpleAnimation = z.strictObject({
  ...animationCommon,
  type: z.enum(['fadeIn', 'fadeOut', 'zoomIn', 'zoomOut']),
});
const slideAnimation = z.strictObject({
  ...animationCommon,
  type: z.enum(['slideIn', 'slideOut']),
  direction: directionSchema.optional(),
  /** Pixels (default 200). */
  distance: z.number().min(0).optional(),
});
const moveAnimation = z.strictObject({ ...animationCommon, type: z.literal('move'), from: point.optional(), to: point.optional() });
const scaleAnimation = z.strictObject({ ...animationCommon, type: z.literal('scale'), from: scaleValue.optional(), to: scaleValue.optional() });
const rotateAnimation = z.strictObject({ ...animationCommon, type: z.literal('rotate'), from: z.number().optional(), to: z.number().optional() });

export const animationSchema = z.discriminatedUnion('type', [
  simpleAnimation, slideAnimation, moveAnimation, scaleAnimation, rotateAnimation,
]);
// Compile-time check that the union covers exactly the advertised animation types.
type AnimationUnionCoversList = [z.infer<typeof animationSchema>['type']] extends [(typeof animationTypes)[number]]
  ? [(typeof animationTypes)[number]] extends [z.infer<typeof animationSchema>['type']] ? true : never
  : never;
const animationUnionCoversList: AnimationUnionCoversList = true;
void animationUnionCoversList;

function keyframeTrack<const P extends readonly [string, ...string[]], V extends z.ZodType>(properties: P, value: V) {
  return z.strictObject({
    property: z.enum(properties),
    frames: z
      .array(z.strictObject({ time: seconds, value, easing: easingSchema.optional() }))
      .min(1, 'needs at least one frame'),
  });
}
export const keyframeSchema = z.discriminatedUnion('property', [
  keyframeTrack(['opacity'], unit),
  keyframeTrack(['x', 'y', 'width', 'height'], lengthSchema),
  keyframeTrack(['scale'], scaleValue),
  /** line/path stroke reveal (0–1 of the length); other clips ignore them. */
  keyframeTrack(['drawStart', 'drawEnd'], unit),
  keyframeTrack(
    ['scaleX', 'scaleY', 'rotation', 'skewX', 'skewY', 'fontSize', 'letterSpacing', 'lineHeight', 'strokeWidth', 'borderRadius', 'shadowBlur'],
    z.number(),
  ),
]);

export const transitionSchema = z.strictObject({
  type: z.enum(transitionTypes),
  duration: positiveSeconds,
  /** Which end(s) of the clip play it. */
  mode: z.enum(['both', 'in', 'out']).optional(),
  /** Direction of motion for slide, push and wipe. */
  direction: directionSchema.optional(),
  easing: easingSchema.optional(),
});

// ---------------------------------------------------------------------------------------------
// clips

/** Fields every clip accepts (§5), timing aside. */
const commonFields = {
  id: z.string().optional(),
  transform: transformSchema.optional(),
  zIndex: z.number().optional(),
  opacity: unit.optional(),
  style: styleSchema.optional(),
  animations: z.array(animationSchema).optional(),
  keyframes: z.array(keyframeSchema).optional(),
  transition: transitionSchema.optional(),
};
const timing = { start: seconds, duration: positiveSeconds };
/** Layout children are not scheduled (§7.9): their start/duration are accepted and ignored. */
const childTiming = { start: seconds.optional(), duration: positiveSeconds.optional() };

const trimSchema = z
  .strictObject({ start: seconds.optional(), end: positiveSeconds.optional() })
  .refine((s) => s.end === undefined || (s.start ?? 0) < s.end, { message: 'end must be after start', path: ['end'] });

const textFields = { type: z.literal('text'), text: z.string() };
const imageFields = { type: z.literal('image'), src: srcSchema };
const mediaFields = {
  src: srcSchema,
  source: trimSchema.optional(),
  volume: z.number().min(0).max(10).optional(),
  muted: z.boolean().optional(),
  playbackRate: z.number().gt(0, 'must be greater than 0').max(16).optional(),
};
const videoFields = { type: z.literal('video'), ...mediaFields };
const audioFields = {
  type: z.literal('audio'),
  ...mediaFields,
  loop: z.boolean().optional(),
  /** Seconds of linear volume ramp at the start / end of the clip window. */
  fadeIn: seconds.optional(),
  fadeOut: seconds.optional(),
};
const rectFields = {
  type: z.literal('rect'),
  /** Older-generation aliases of transform.width/height; normalize moves them into transform. */
  width: lengthSchema.optional(),
  height: lengthSchema.optional(),
};
const circleFields = {
  type: z.literal('circle'),
  /** Diameter in pixels (older generation); transform.width/height win when set. */
  size: z.number().positive().optional(),
  /** Degrees clockwise from 12 o'clock; a partial range draws a pie slice. */
  startAngle: z.number().optional(),
  endAngle: z.number().optional(),
};
const polygonFields = {
  type: z.literal('polygon'),
  /** A regular polygon with this many corners, first corner at the top (default 6). */
  sides: z.number().int().min(3).max(64).optional(),
  /** Or explicit corners as [x, y] fractions (0–1) of the box. */
  points: z.array(pair).min(3, 'needs at least 3 points').optional(),
};
const svgFields = {
  type: z.literal('svg'),
  svg: z.union([z.string().min(1), refSchema], { error: 'must be SVG markup or { "$ref": "<svg asset id>" }' }).optional(),
  src: srcSchema.optional(),
};


// line / path / icon / code / three: field names as the official Node SDK's schema.ts (synchronized
// from the RenderingVideo renderer) spells them; what each means is decided in docs/video-config.md.

/** A point of a line: `[x, y]` or `{ x, y }`, pixels from the top-left of the clip's box. */
export const curvePointSchema = z.union([pair, z.strictObject({ x: z.number(), y: z.number() })], {
  error: 'must be [x, y] or { "x": x, "y": y }',
});
const pathData = z
  .string()
  .regex(/^\s*[Mm][\s\dMmLlHhVvCcSsQqTtAaZz.,+eE-]*$/, 'must be SVG path data starting with M, such as "M 0 0 L 100 50"');
const curveFields = {
  points: z.array(curvePointSchema).optional(),
  data: pathData.optional(),
  /** Joins the last point to the first (line) / appends Z (path). */
  closed: z.boolean().optional(),
  /** The drawn part of the stroke, as fractions 0–1 of its length (default 0 and 1): the reveal animates these. */
  drawStart: unit.optional(),
  drawEnd: unit.optional(),
  /** Pixels trimmed off the start / end of the whole stroke before drawStart/drawEnd apply. */
  startOffset: z.number().min(0).optional(),
  endOffset: z.number().min(0).optional(),
  startArrow: z.boolean().optional(),
  endArrow: z.boolean().optional(),
  /** Arrowhead length in px (default 4 × lineWidth, at least 8). */
  arrowSize: z.number().positive().optional(),
  /** Stroke width in px (default style.strokeWidth, else 4). */
  lineWidth: z.number().min(0).optional(),
  lineCap: z.enum(['butt', 'round', 'square']).optional(),
  lineJoin: z.enum(['round', 'bevel', 'miter']).optional(),
};
const lineFields = {
  type: z.literal('line'),
  ...curveFields,
  points: z.array(curvePointSchema).min(2, 'a line needs at least 2 points'),
  /** Rounds every corner with this radius in px. */
  radius: z.number().min(0).optional(),
};
const pathFields = { type: z.literal('path'), ...curveFields, data: pathData };

const iconFields = {
  type: z.literal('icon'),
  /** An Iconify name from a bundled set: `"lucide:heart"`, or just `"heart"` (lucide). Checked by validateVideoConfig. */
  icon: z.string().min(1, 'must name an icon, such as "lucide:heart"'),
  /** Default style.fill, else white. */
  color: colorSchema.optional(),
};

const codeFields = {
  type: z.literal('code'),
  code: z.string(),
  /** A bundled grammar (capabilities: codeLanguages); another name draws plain text with a warning. */
  language: z.string().optional(),
  fontFamily: z.string().optional(),
  fontSize: z.number().positive().optional(),
  /** A multiplier of fontSize (default 1.5). */
  lineHeight: z.number().positive().optional(),
  /**
   * RenderingVideo's (Revideo's) code selection: lines outside it are dimmed. Accepted forms: an array of
   * 1-based line numbers, or ranges `[[startLine, startCol], [endLine, endCol]]` (0-based, as Revideo).
   */
  selection: z.unknown().optional(),
  /** Cutroom addition: the colour theme (default github-dark). */
  theme: z.enum(codeThemes).optional(),
  /** Cutroom addition: a gutter with 1-based line numbers. */
  lineNumbers: z.boolean().optional(),
  /** Cutroom addition: 1-based lines painted with a highlight band. */
  highlightLines: z.array(z.number().int().positive()).optional(),
};

const vec3 = z.union([z.tuple([z.number(), z.number(), z.number()]), z.strictObject({ x: z.number().optional(), y: z.number().optional(), z: z.number().optional() })], {
  error: 'must be [x, y, z] or { "x", "y", "z" }',
});
export const threeAnimationSchema = z.strictObject({
  property: z.enum(threeAnimationProperties),
  duration: positiveSeconds,
  delay: seconds.optional(),
  easing: easingSchema.optional(),
  loop: z.union([z.boolean(), z.number().int().positive()], { error: 'must be true/false or a whole number of cycles' }).optional(),
  /** A number, [x, y, z], { x, y, z } or a colour, by property; rotations in degrees. */
  from: z.unknown().optional(),
  to: z.unknown().optional(),
});
const threeMaterialSchema = z.strictObject({
  type: z.enum(['normal', 'basic', 'standard', 'phong', 'lambert', 'toon']).optional(),
  color: colorSchema.optional(),
  emissive: colorSchema.optional(),
  wireframe: z.boolean().optional(),
  opacity: unit.optional(),
  transparent: z.boolean().optional(),
  roughness: unit.optional(),
  metalness: unit.optional(),
  flatShading: z.boolean().optional(),
  side: z.enum(['front', 'back', 'double']).optional(),
});
const positiveNumber = z.number().positive();
const threeGeometrySchema = z.strictObject({
  width: positiveNumber.optional(),
  height: positiveNumber.optional(),
  depth: positiveNumber.optional(),
  radius: positiveNumber.optional(),
  radiusTop: z.number().min(0).optional(),
  radiusBottom: z.number().min(0).optional(),
  tube: positiveNumber.optional(),
  radialSegments: z.number().int().min(3).max(256).optional(),
  tubularSegments: z.number().int().min(3).max(512).optional(),
  widthSegments: z.number().int().min(1).max(256).optional(),
  heightSegments: z.number().int().min(1).max(256).optional(),
  depthSegments: z.number().int().min(1).max(256).optional(),
  detail: z.number().int().min(0).max(5).optional(),
});
export const threeObjectSchema = z.strictObject({
  id: z.string().optional(),
  /** A GLTF/GLB URL or `{ "$ref" }` into assets.models. */
  model: srcSchema.optional(),
  /** Models: move the bounding-box centre to the origin (default true). */
  autoCenter: z.boolean().optional(),
  /** Models: scale so the largest side is this many units. */
  autoScale: positiveNumber.optional(),
  shape: z.enum(threeShapes).optional(),
  geometry: threeGeometrySchema.optional(),
  position: vec3.optional(),
  /** Degrees per axis. */
  rotation: vec3.optional(),
  scale: z.union([z.number(), vec3], { error: 'must be a number or [x, y, z]' }).optional(),
  /** Shorthand for material.color. */
  color: colorSchema.optional(),
  material: threeMaterialSchema.optional(),
  castShadow: z.boolean().optional(),
  receiveShadow: z.boolean().optional(),
  animations: z.array(threeAnimationSchema).optional(),
});
const threeFields = {
  type: z.literal('three'),
  camera: z
    .strictObject({
      fov: z.number().gt(0).lt(180).optional(),
      near: positiveNumber.optional(),
      far: positiveNumber.optional(),
      position: vec3.optional(),
      /** Degrees per axis; lookAt wins when both are set. */
      rotation: vec3.optional(),
      lookAt: vec3.optional(),
    })
    .optional(),
  renderer: z
    .strictObject({
      alpha: z.boolean().optional(),
      antialias: z.boolean().optional(),
      clearColor: colorSchema.optional(),
      clearAlpha: unit.optional(),
      shadows: z.boolean().optional(),
    })
    .optional(),
  lights: z
    .array(
      z.strictObject({
        type: z.enum(['ambient', 'directional', 'point', 'spot']),
        color: colorSchema.optional(),
        intensity: z.number().min(0).optional(),
        position: vec3.optional(),
        target: vec3.optional(),
        distance: z.number().min(0).optional(),
        decay: z.number().min(0).optional(),
        /** Spot cone half-angle in degrees. */
        angle: z.number().gt(0).max(90).optional(),
        penumbra: unit.optional(),
        castShadow: z.boolean().optional(),
      }),
    )
    .max(16, 'may have at most 16 lights')
    .optional(),
  objects: z.array(threeObjectSchema).max(200, 'may have at most 200 objects').optional(),
  cameraAnimations: z.array(threeAnimationSchema).optional(),
};

export const subtitleConfigSchema = z.strictObject({
  mode: z.enum(['batch', 'stream']).optional(),
  wordsPerBatch: z.number().int().positive().optional(),
  fontSize: z.number().positive().optional(),
  fontFamily: z.string().optional(),
  fontWeight: z.union([z.number(), z.string()]).optional(),
  textAlign: z.enum(['left', 'center', 'right']).optional(),
  textBoxWidth: lengthSchema.optional(),
  textColor: colorSchema.optional(),
  highlightColor: colorSchema.optional(),
  backgroundColor: colorSchema.optional(),
  shadowColor: colorSchema.optional(),
  shadowBlur: z.number().min(0).optional(),
  borderColor: colorSchema.optional(),
  borderWidth: z.number().min(0).optional(),
  fadeInAnimation: z.boolean().optional(),
  position: z.enum(['bottom', 'top', 'center']).optional(),
  paddingBottom: z.number().optional(),
});
export const remoteWordsSchema = z.strictObject({ src: z.string().min(1, 'must be a URL') });
export const subtitleWordsSchema = z.union([z.array(subtitleWordSchema), refSchema, remoteWordsSchema], {
  error: 'must be an array of words, { "$ref": "<subtitle asset id>" } or { "src": "<URL of a JSON file>" }',
});
const subtitleFields = { type: z.literal('subtitle'), words: subtitleWordsSchema, config: subtitleConfigSchema.optional() };

const layoutOwnFields = {
  type: z.literal('layout'),
  direction: z.enum(['horizontal', 'vertical']).optional(),
  gap: z.number().min(0).optional(),
  /** Pixels, one number or [top, right, bottom, left]. */
  padding: z.union([z.number().min(0), z.tuple([z.number(), z.number(), z.number(), z.number()])], {
    error: 'must be a number or [top, right, bottom, left]',
  }).optional(),
  alignItems: z.enum(['start', 'center', 'end', 'stretch']).optional(),
  justifyContent: z.enum(['start', 'center', 'end', 'space-between', 'space-around']).optional(),
  clip: z.boolean().optional(),
};

export const templateOverridesSchema = z.strictObject({
  data: z.record(z.string(), z.unknown()).optional(),
  style: styleSchema.optional(),
  transition: transitionSchema.optional(),
  zIndexOffset: z.number().optional(),
});
const templateFields = {
  type: z.literal('template'),
  template: z.enum(templateNames),
  variant: z.string().optional(),
  version: z.string().optional(),
  /** Checked per template by validateVideoConfig (lib/video/templates). */
  data: z.record(z.string(), z.unknown()).optional(),
  overrides: templateOverridesSchema.optional(),
};

export const textClipSchema = z.strictObject({ ...commonFields, ...timing, ...textFields });
export const imageClipSchema = z.strictObject({ ...commonFields, ...timing, ...imageFields });
export const videoClipSchema = z.strictObject({ ...commonFields, ...timing, ...videoFields });
export const audioClipSchema = z.strictObject({ ...commonFields, ...timing, ...audioFields });
export const rectClipSchema = z.strictObject({ ...commonFields, ...timing, ...rectFields });
export const circleClipSchema = z.strictObject({ ...commonFields, ...timing, ...circleFields });
export const polygonClipSchema = z.strictObject({ ...commonFields, ...timing, ...polygonFields });
export const svgClipSchema = z.strictObject({ ...commonFields, ...timing, ...svgFields });
export const subtitleClipSchema = z.strictObject({ ...commonFields, ...timing, ...subtitleFields });
export const templateClipSchema = z.strictObject({ ...commonFields, ...timing, ...templateFields });
export const lineClipSchema = z.strictObject({ ...commonFields, ...timing, ...lineFields });
export const pathClipSchema = z.strictObject({ ...commonFields, ...timing, ...pathFields });
export const iconClipSchema = z.strictObject({ ...commonFields, ...timing, ...iconFields });
export const codeClipSchema = z.strictObject({ ...commonFields, ...timing, ...codeFields });
export const threeClipSchema = z.strictObject({ ...commonFields, ...timing, ...threeFields });
const textChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...textFields });
const imageChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...imageFields });
const videoChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...videoFields });
const audioChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...audioFields });
const rectChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...rectFields });
const circleChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...circleFields });
const polygonChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...polygonFields });
const svgChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...svgFields });
const templateChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...templateFields });
const lineChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...lineFields });
const pathChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...pathFields });
const iconChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...iconFields });
const codeChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...codeFields });
const threeChildSchema = z.strictObject({ ...commonFields, ...childTiming, ...threeFields });

// The explicit union type breaks TypeScript's inference cycle (a layout child may be a layout).
type LayoutChildUnion = z.ZodDiscriminatedUnion<
  [
    typeof textChildSchema, typeof imageChildSchema, typeof videoChildSchema, typeof audioChildSchema,
    typeof rectChildSchema, typeof circleChildSchema, typeof polygonChildSchema, typeof svgChildSchema,
    typeof templateChildSchema, typeof layoutChildLayoutSchema, typeof lineChildSchema, typeof pathChildSchema,
    typeof iconChildSchema, typeof codeChildSchema, typeof threeChildSchema,
  ],
  'type'
>;
const layoutChildLayoutSchema = z.strictObject({
  ...commonFields,
  ...childTiming,
  ...layoutOwnFields,
  get children(): z.ZodArray<LayoutChildUnion> {
    return z.array(layoutChildSchema);
  },
});
/** A clip inside `layout.children`: any visual type but subtitle, with optional (ignored) timing. */
export const layoutChildSchema: LayoutChildUnion = z.discriminatedUnion('type', [
  textChildSchema, imageChildSchema, videoChildSchema, audioChildSchema, rectChildSchema,
  circleChildSchema, polygonChildSchema, svgChildSchema, templateChildSchema, layoutChildLayoutSchema,
  lineChildSchema, pathChildSchema, iconChildSchema, codeChildSchema, threeChildSchema,
]);

export const layoutClipSchema = z.strictObject({
  ...commonFields,
  ...timing,
  ...layoutOwnFields,
  children: z.array(layoutChildSchema),
});

export const clipSchema = z.discriminatedUnion('type', [
  textClipSchema,
  imageClipSchema,
  videoClipSchema,
  audioClipSchema,
  rectClipSchema,
  circleClipSchema,
  polygonClipSchema,
  svgClipSchema,
  subtitleClipSchema,
  layoutClipSchema,
  templateClipSchema,
  lineClipSchema,
  pathClipSchema,
  iconClipSchema,
  codeClipSchema,
  threeClipSchema,
]);

export const trackSchema = z.strictObject({
  id: z.string().optional(),
  /** Older-generation track kind: accepted and ignored (tracks only group clips). */
  type: z.enum(['visual', 'audio', 'subtitle', 'overlay']).optional(),
  /** Silences every clip on the track (audio clips and the sound of video clips). */
  muted: z.boolean().optional(),
  /** Cutroom addition: the track's clips are not drawn (their sound still plays unless muted). */
  hidden: z.boolean().optional(),
  /** Cutroom addition: the editor does not let the track's clips be selected or changed. No effect on the picture. */
  locked: z.boolean().optional(),
  clips: z.array(clipSchema),
});

export const videoConfigSchema = z.strictObject({
  meta: metaSchema,
  assets: assetsSchema.optional(),
  tracks: z.array(trackSchema).min(1, 'needs at least one track').max(MAX_TRACKS, `may have at most ${MAX_TRACKS} tracks`),
});

export type VideoConfig = z.infer<typeof videoConfigSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Assets = z.infer<typeof assetsSchema>;
export type FontAsset = z.infer<typeof fontAssetSchema>;
export type Track = z.infer<typeof trackSchema>;
export type Clip = z.infer<typeof clipSchema>;
export type LayoutChild = z.infer<typeof layoutChildSchema>;
/** Any clip, top-level or inside a layout. */
export type AnyClip = Clip | LayoutChild;
export type TextClip = z.infer<typeof textClipSchema>;
export type ImageClip = z.infer<typeof imageClipSchema>;
export type VideoClip = z.infer<typeof videoClipSchema>;
export type AudioClip = z.infer<typeof audioClipSchema>;
export type RectClip = z.infer<typeof rectClipSchema>;
export type CircleClip = z.infer<typeof circleClipSchema>;
export type PolygonClip = z.infer<typeof polygonClipSchema>;
export type SvgClip = z.infer<typeof svgClipSchema>;
export type SubtitleClip = z.infer<typeof subtitleClipSchema>;
export type LayoutClip = z.infer<typeof layoutClipSchema>;
export type TemplateClip = z.infer<typeof templateClipSchema>;
export type LineClip = z.infer<typeof lineClipSchema>;
export type PathClip = z.infer<typeof pathClipSchema>;
export type IconClip = z.infer<typeof iconClipSchema>;
export type CodeClip = z.infer<typeof codeClipSchema>;
export type ThreeClip = z.infer<typeof threeClipSchema>;
export type ThreeObject = z.infer<typeof threeObjectSchema>;
export type ThreeAnimation = z.infer<typeof threeAnimationSchema>;
export type CurvePoint = z.infer<typeof curvePointSchema>;
export type Transform = z.infer<typeof transformSchema>;
export type Anchor = z.infer<typeof anchorSchema>;
export type Style = z.infer<typeof styleSchema>;
export type Animation = z.infer<typeof animationSchema>;
export type Keyframe = z.infer<typeof keyframeSchema>;
export type Transition = z.infer<typeof transitionSchema>;
export type Easing = z.infer<typeof easingSchema>;
export type Direction = z.infer<typeof directionSchema>;
export type Gradient = z.infer<typeof gradientSchema>;
export type SubtitleWord = z.infer<typeof subtitleWordSchema>;
export type SubtitleConfig = z.infer<typeof subtitleConfigSchema>;
export type SubtitleWords = z.infer<typeof subtitleWordsSchema>;
export type AssetRef = z.infer<typeof refSchema>;
export type Src = z.infer<typeof srcSchema>;
