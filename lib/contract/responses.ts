import { z } from 'zod';
import { subtitleWordSchema, videoConfigSchema } from '../video/schema';
import { qualityTiers } from '../video/quality';
import { mediaCategorySchema } from './files';
import { paginationSchema } from './pagination';
import { renderStageSchema, taskStatusSchema } from './status';

/**
 * Response shapes of /api/v1 as zod schemas: the OpenAPI document is generated from them and the
 * contract tests (e2e/api) parse every success response with them, so the docs and the tests cannot
 * disagree. Pure zod (no database): Playwright imports this file directly.
 *
 * Objects are not strict: a field added later does not break old clients, and the tests check
 * separately that nothing private (owner, stored config) leaks.
 */

const ok = { success: z.literal(true) };
const isoTimestamp = z.iso.datetime().describe('ISO 8601 timestamp (UTC)');
const absoluteUrl = z.url().describe('Absolute URL built from APP_URL');
const int = z.number().int();

export const qualitySchema = z
  .enum(qualityTiers.map((t) => t.quality) as [string, ...string[]])
  .describe('From the short edge of the canvas: 720p (<1080), 1080p (≥1080), 2k (≥1440), 4k (≥2160)');

const taskUrls = {
  previewUrl: absoluteUrl.describe('Public page playing the video: /v/:taskId'),
  viewerUrl: absoluteUrl.describe('Public viewer page: /watch/:taskId'),
  configUrl: absoluteUrl.describe('The stored config as JSON: /configs/:taskId.json'),
};
const size = {
  width: int.positive().describe('Width in pixels'),
  height: int.positive().describe('Height in pixels'),
};
const ids = {
  taskId: z.string().describe('Public task id (22 random base62 characters)'),
  videoTaskId: z.string().describe('Internal video task id (vt_…)'),
};

/** Cutroom addition: what validation tolerated but probably was not meant (create/update/preview). */
export const warningsSchema = z
  .array(z.object({ path: z.string(), message: z.string() }))
  .optional()
  .describe('Cutroom: fields accepted but not drawn (RenderingVideo-only), an unbundled code language…; absent when there are none');

export const taskSchema = z.object({
  ...ids,
  title: z.string(),
  category: z.string().optional().describe('The category given at creation (default "api")'),
  ...size,
  fps: int.positive(),
  duration: z.number().min(0).describe('Seconds'),
  quality: qualitySchema,
  status: taskStatusSchema.describe('created | rendering | completed | failed'),
  videoUrl: absoluteUrl.nullable().describe('The rendered MP4 (HTTP range requests supported); null until rendered'),
  posterUrl: absoluteUrl.nullable().describe('Cutroom: a full-size JPEG of the first meaningful frame of the render'),
  thumbnailUrl: absoluteUrl.nullable().describe('Cutroom: a small JPEG for lists'),
  ...taskUrls,
  costCredits: int.min(0).describe('Credits charged by the render that produced videoUrl'),
  createdAt: isoTimestamp,
  completedAt: isoTimestamp.nullable(),
  metadata: z.record(z.string(), z.unknown()).describe('The metadata given at creation ({} when none)'),
  renderTaskId: z.string().nullable().describe('Latest render (rt_…), null before the first'),
  progress: z.number().min(0).max(100).describe('0–100; 100 once completed'),
  stage: renderStageSchema.nullable().describe('While rendering: queued, rendering, combining (chunked renders) or finalizing'),
  error: z.string().nullable().describe('Why the latest render failed (status failed)'),
  version: int
    .min(1)
    .describe('Cutroom: starts at 1, +1 on every accepted PATCH; also the ETag ("3"). Send it back as If-Match or version to refuse a lost update'),
});

export const taskCreatedResponse = z.object({
  ...ok,
  ...ids,
  ...taskUrls,
  status: z.literal('created'),
  quality: qualitySchema,
  ...size,
  duration: z.number().min(0),
  title: z.string(),
  category: z.string().optional(),
  message: z.string(),
  warnings: warningsSchema,
});

export const taskResponse = taskSchema.extend({ ...ok, warnings: warningsSchema });

export const taskListResponse = z.object({ ...ok, tasks: z.array(taskSchema), pagination: paginationSchema });

export const taskDeletedResponse = z.object({
  ...ok,
  ...ids,
  deleted: z.literal(true),
  remoteDeleted: z.boolean().describe('Always true: Cutroom has no upstream; everything is deleted here'),
  message: z.literal('Video task deleted successfully'),
});

const renderCommon = {
  taskId: ids.taskId,
  renderTaskId: z.string().describe('Render id (rt_…)'),
  quality: qualitySchema,
  ...size,
  cost: int.min(1).describe('Credits: ceil(duration × quality multiplier), at least 1'),
  remainingCredits: int.min(0),
  ...taskUrls,
};

export const renderStartedResponse = z.object({
  ...ok,
  ...renderCommon,
  status: z.literal('rendering'),
  message: z.literal('Rendering started'),
});

export const alreadyRenderedResponse = z.object({
  ...ok,
  ...renderCommon,
  status: z.literal('completed'),
  alreadyRendered: z.literal(true).describe('This config was already rendered: nothing was charged'),
  videoUrl: absoluteUrl,
});

export const renderResponse = z.union([renderStartedResponse, alreadyRenderedResponse]);

export const subtitleWordsResponse = z.object({ ...ok, words: z.array(subtitleWordSchema) });
export const creditsResponse = z.object({ ...ok, credits: int.min(0), currency: z.literal('credits') });

const previewUrls = {
  previewUrl: absoluteUrl.describe('Public page playing the preview: /t/:tempId'),
  viewerUrl: absoluteUrl.describe('Public viewer page: /preview/:tempId'),
};
const tempId = z.string().describe('Preview id (temp_…)');

export const previewCreatedResponse = z.object({
  ...ok,
  tempId,
  ...previewUrls,
  expiresIn: z.literal('7d'),
  expiresAt: isoTimestamp,
  note: z.string(),
  warnings: warningsSchema,
});

export const previewResponse = z.object({
  ...ok,
  tempId,
  config: videoConfigSchema,
  ...previewUrls,
  createdAt: isoTimestamp,
  expiresAt: isoTimestamp,
});

export const previewDeletedResponse = z.object({
  ...ok,
  tempId,
  deleted: z.literal(true),
  message: z.literal('Temp preview deleted successfully'),
});

export const previewConvertedResponse = z.object({
  ...ok,
  tempId,
  converted: z.literal(true),
  ...ids,
  ...taskUrls,
  status: z.literal('created'),
  quality: qualitySchema,
  ...size,
  duration: z.number().min(0),
  title: z.string(),
  category: z.string().optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  message: z.literal('Temp preview cloned to a permanent task successfully'),
});

export const previewRenderResponse = z.object({
  ...ok,
  tempId,
  converted: z.literal(true),
  convertMessage: z.literal('Temp preview cloned to a permanent task successfully'),
  videoTaskId: ids.videoTaskId,
  ...renderCommon,
  status: z.literal('rendering'),
  message: z.literal('Rendering started'),
});

export const fileStatusSchema = z
  .enum(['processing', 'ready', 'failed'])
  .describe('Cutroom: processing (probe and derivatives being made in the background) → ready, or failed (see error)');

export const filmstripSchema = z
  .object({
    url: absoluteUrl.describe('The sprite (JPEG): tile i at x = (i % columns) × tileWidth, y = floor(i / columns) × tileHeight'),
    indexUrl: absoluteUrl.describe('JSON { interval, tileWidth, tileHeight, columns, tiles: [{ time, x, y }] }'),
    tileWidth: int.positive(),
    tileHeight: int.positive(),
    columns: int.positive(),
    count: int.positive().describe('Number of tiles'),
    interval: z.number().positive().describe('Seconds between tiles: tile i shows min(i × interval, duration)'),
  })
  .describe('Cutroom: frames of the video at a fixed interval, for the timeline');

/** Cutroom's additions to a file: processing status, probed values and derivative URLs. */
const fileProcessingFields = {
  status: fileStatusSchema,
  error: z.string().nullable().describe('Cutroom: why processing failed, for a person (null unless failed)'),
  duration: z.number().min(0).nullable().describe('Cutroom: seconds (video and audio); null for images or before probing'),
  width: int.positive().nullable().describe('Cutroom: pixels as displayed (rotation applied); null for audio'),
  height: int.positive().nullable().describe('Cutroom: pixels as displayed (rotation applied); null for audio'),
  fps: z.number().positive().nullable().describe('Cutroom: frames per second (video)'),
  hasAudio: z.boolean().nullable().describe('Cutroom: whether the file has an audio stream (null for images)'),
  thumbnailUrl: absoluteUrl.nullable().describe('Cutroom: a 320 px wide WebP (images and video)'),
  posterUrl: absoluteUrl.nullable().describe('Cutroom: a full-size JPEG frame (video)'),
  waveformUrl: absoluteUrl
    .nullable()
    .describe(
      'Cutroom: waveform peaks JSON { version: 1, duration, channels: 1, levels: [{ bucketSeconds, data }] }; data = min,max pairs ' +
        '(integers −127..127) per bucket; levels from 0.01 s per bucket, each 4× coarser',
    ),
  proxyUrl: absoluteUrl.nullable().describe('Cutroom: an H.264/AAC MP4 (or AAC M4A) the browser can play, when the original is not'),
  filmstrip: filmstripSchema.nullable(),
};

export const fileAssetSchema = z.object({
  id: z.string().describe('File id (asset_…)'),
  name: z.string().describe('Original file name'),
  url: absoluteUrl.describe('Where the file is served; usable as a clip src'),
  type: mediaCategorySchema,
  mimeType: z.string(),
  size: int.min(0).describe('Bytes'),
  createdAt: isoTimestamp,
  ...fileProcessingFields,
});

export const uploadResponse = z.object({
  ...ok,
  message: z.string(),
  count: int.min(1),
  assets: z.array(fileAssetSchema),
});

export const fileListResponse = z.object({ ...ok, files: z.array(fileAssetSchema), pagination: paginationSchema });

export const fileResponse = z.object({ ...ok, file: fileAssetSchema });

export const fileDeletedResponse = z.object({
  ...ok,
  fileId: z.string(),
  deleted: z.literal(true),
  message: z.literal('File deleted successfully'),
});

export const capabilitiesResponse = z.object({
  ...ok,
  schemaVersion: z.string(),
  clipTypes: z.array(z.string()),
  unsupportedClipTypes: z.array(z.string()),
  layoutChildTypes: z.array(z.string()),
  animations: z.array(z.string()),
  easings: z.array(z.string()),
  transitions: z.array(z.string()),
  templates: z.array(z.string()),
  keyframeProperties: z.array(z.string()),
  filters: z.array(z.string()),
  codeLanguages: z.array(z.string()),
  codeThemes: z.array(z.string()),
  iconSets: z.array(z.string()),
  threeShapes: z.array(z.string()),
  schema: z
    .object({ schemaVersion: z.string(), clipTypes: z.array(z.string()) })
    .loose()
    .describe('The same config vocabulary again, where the Python SDK 1.1 reads it'),
  qualityTiers: z.array(z.object({ quality: qualitySchema, minShortEdge: int.min(0), multiplier: z.number().positive() })),
  credits: z.object({ formula: z.string(), chargedWhen: z.string() }),
  previews: z.object({ expiresIn: z.literal('7d'), costsCredits: z.literal(false) }),
  limits: z.object({ maxUploadBytes: int.positive(), maxRenderWorkers: int.positive() }),
});
