import { z } from 'zod';

/**
 * The RenderingVideo "v2" video config (see docs/video-config.md and the spec it restates).
 * Pure zod: imported by the editor, the API, the composition and the renderer alike.
 */

const percent = z.string().regex(/^-?\d+(\.\d+)?%$/, 'must be a number of pixels or a percentage such as "50%"');
/** A length: pixels as a number, or a percentage string of the canvas (or parent). */
export const lengthSchema = z.union([z.number().finite(), percent]);

export const colorSchema = z.string().min(1, 'must be a CSS colour');

export const gradientSchema = z.object({
  type: z.enum(['linear', 'radial', 'conic']),
  angle: z.number().finite().optional(),
  stops: z
    .array(z.object({ offset: z.number().min(0).max(1), color: colorSchema }))
    .min(2, 'a gradient needs at least two stops'),
});

export const metaSchema = z.object({
  version: z.string().min(1),
  title: z.string().optional(),
  description: z.string().optional(),
  author: z.string().optional(),
  createdAt: z.string().optional(),
  tags: z.array(z.string()).optional(),
  width: z.number().int('must be a whole number of pixels').min(16).max(7680),
  height: z.number().int('must be a whole number of pixels').min(16).max(7680),
  fps: z.number().int('must be a whole number').min(1).max(120),
  background: z.union([colorSchema, gradientSchema]).optional(),
});

export const anchorSchema = z.enum([
  'center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right',
]);

export const transformSchema = z.object({
  x: lengthSchema.optional(),
  y: lengthSchema.optional(),
  width: lengthSchema.optional(),
  height: lengthSchema.optional(),
  scale: z.union([z.number().finite(), z.tuple([z.number().finite(), z.number().finite()])]).optional(),
  rotation: z.number().finite().optional(),
  skew: z.tuple([z.number().finite(), z.number().finite()]).optional(),
  anchor: anchorSchema.optional(),
});

/** Style is open in the spec: known keys are typed, unknown keys pass through. */
export const styleSchema = z.looseObject({
  fill: colorSchema.optional(),
  stroke: colorSchema.optional(),
  strokeWidth: z.number().min(0).optional(),
  opacity: z.number().min(0).max(1).optional(),
  fontFamily: z.string().optional(),
  fontSize: z.number().positive().optional(),
  fontWeight: z.union([z.number(), z.string()]).optional(),
  fontStyle: z.string().optional(),
  lineHeight: z.number().positive().optional(),
  letterSpacing: z.number().finite().optional(),
  textAlign: z.enum(['left', 'center', 'right']).optional(),
  borderRadius: z.number().min(0).optional(),
  objectFit: z.enum(['fill', 'cover', 'contain']).optional(),
});

export const refSchema = z.object({ $ref: z.string().min(1) }).strict();
const srcSchema = z.union([z.string().min(1, 'must be a URL'), refSchema]);

const baseClip = {
  id: z.string().optional(),
  start: z.number().finite().min(0, 'must be 0 or more'),
  duration: z.number().finite().gt(0, 'must be greater than 0'),
  transform: transformSchema.optional(),
  zIndex: z.number().finite().optional(),
  opacity: z.number().min(0).max(1).optional(),
  style: styleSchema.optional(),
  animations: z.array(z.looseObject({ type: z.string(), duration: z.number().gt(0) })).optional(),
  keyframes: z.array(z.looseObject({ property: z.string() })).optional(),
  transition: z.looseObject({ type: z.string(), duration: z.number().gt(0).optional() }).optional(),
};

const trimSchema = z
  .object({ start: z.number().min(0).optional(), end: z.number().gt(0).optional() })
  .refine((s) => s.end === undefined || (s.start ?? 0) < s.end, { message: 'end must be after start' });

export const textClipSchema = z.object({ ...baseClip, type: z.literal('text'), text: z.string() });
export const rectClipSchema = z.object({ ...baseClip, type: z.literal('rect') });
export const imageClipSchema = z.object({ ...baseClip, type: z.literal('image'), src: srcSchema });
export const videoClipSchema = z.object({
  ...baseClip,
  type: z.literal('video'),
  src: srcSchema,
  source: trimSchema.optional(),
  volume: z.number().min(0).max(10).optional(),
  muted: z.boolean().optional(),
  playbackRate: z.number().gt(0).max(16).optional(),
});
export const audioClipSchema = z.object({
  ...baseClip,
  type: z.literal('audio'),
  src: srcSchema,
  source: trimSchema.optional(),
  volume: z.number().min(0).max(10).optional(),
  muted: z.boolean().optional(),
  playbackRate: z.number().gt(0).max(16).optional(),
  loop: z.boolean().optional(),
  fadeIn: z.number().min(0).optional(),
  fadeOut: z.number().min(0).optional(),
});

export const clipSchema = z.discriminatedUnion('type', [
  textClipSchema,
  rectClipSchema,
  imageClipSchema,
  videoClipSchema,
  audioClipSchema,
]);

export const trackSchema = z.object({
  id: z.string().optional(),
  type: z.string().optional(),
  muted: z.boolean().optional(),
  clips: z.array(clipSchema),
});

const assetEntry = z.looseObject({ id: z.string().min(1) });
export const assetsSchema = z.looseObject({
  fonts: z.array(assetEntry.extend({ src: z.string().min(1), family: z.string().min(1) })).optional(),
  images: z.array(assetEntry.extend({ src: z.string().min(1) })).optional(),
  videos: z.array(assetEntry.extend({ src: z.string().min(1) })).optional(),
  audios: z.array(assetEntry.extend({ src: z.string().min(1) })).optional(),
});

export const videoConfigSchema = z
  .object({
    meta: metaSchema,
    assets: assetsSchema.optional(),
    tracks: z.array(trackSchema).min(1, 'needs at least one track'),
  })
  .strict();

export type VideoConfig = z.infer<typeof videoConfigSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Track = z.infer<typeof trackSchema>;
export type Clip = z.infer<typeof clipSchema>;
export type ClipType = Clip['type'];
export type TextClip = z.infer<typeof textClipSchema>;
export type Transform = z.infer<typeof transformSchema>;
export type Style = z.infer<typeof styleSchema>;
