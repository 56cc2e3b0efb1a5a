/**
 * The shapes of Cutroom's /api/v1, as the server sends them. The RenderingVideo routes (videos, renders,
 * files, previews, credits, capabilities) answer camelCase `{ success: true, … }` bodies; the RendrSink
 * routes (assets, profiles, usage) answer snake_case bodies. Kept by hand in step with the server's zod
 * schemas (lib/contract in the Cutroom repository; its contract tests check the SDK against them).
 * Objects may gain fields in later versions: read what you need, do not assume nothing else is there.
 */

/** Free-form JSON object (metadata, a video config). */
export type JsonObject = { [key: string]: unknown };

// ---------------------------------------------------------------------------------------------------------
// Videos (tasks) and renders

/** A task's lifecycle: created → rendering → completed | failed (and back to rendering on a re-render). */
export type TaskStatus = 'created' | 'rendering' | 'completed' | 'failed';
/** Where a running render stands. */
export type RenderStage = 'queued' | 'rendering' | 'combining' | 'finalizing';
/** From the canvas's short edge: 720p (<1080 px), 1080p, 2k (≥1440), 4k (≥2160). */
export type Quality = '720p' | '1080p' | '2k' | '4k';

/**
 * A video config (schema v2: `{ meta: { version, width, height, fps, … }, tracks: [{ clips: [...] }], … }`).
 * See docs/video-config.md of the server, or `capabilities.get()` for the vocabulary.
 */
export interface VideoConfig {
  meta: { version: string; width: number; height: number; fps?: number; background?: unknown; [key: string]: unknown };
  tracks: { clips: JsonObject[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

/** Something validation tolerated but probably was not meant (a field Cutroom does not draw…). */
export interface Warning {
  path: string;
  message: string;
}

/** `pagination` of every list. */
export interface Pagination {
  page: number;
  limit: number;
  /** Items matching the filter, across all pages. */
  total: number;
}

interface TaskUrls {
  /** Public page playing the video: /v/:taskId */
  previewUrl: string;
  /** Public viewer page: /watch/:taskId */
  viewerUrl: string;
  /** The stored config as JSON. */
  configUrl: string;
}

/** A video task as `GET /api/v1/video/:taskId` and the list show it. */
export interface Task extends TaskUrls {
  taskId: string;
  videoTaskId: string;
  title: string;
  category?: string;
  width: number;
  height: number;
  fps: number;
  /** Seconds. */
  duration: number;
  quality: Quality;
  status: TaskStatus;
  /** The rendered MP4; null until rendered. */
  videoUrl: string | null;
  posterUrl: string | null;
  thumbnailUrl: string | null;
  /** Credits charged by the render that produced videoUrl. */
  costCredits: number;
  createdAt: string;
  completedAt: string | null;
  metadata: JsonObject;
  /** Latest render (rt_…), null before the first. */
  renderTaskId: string | null;
  /** 0–100; 100 once completed. */
  progress: number;
  stage: RenderStage | null;
  /** Why the latest render failed. */
  error: string | null;
  /** Starts at 1, +1 on every accepted update; send it back (`update(…, { version })`) to refuse lost updates. */
  version: number;
}

export interface TaskResponse extends Task {
  success: true;
  warnings?: Warning[];
}

export interface TaskCreatedResponse extends TaskUrls {
  success: true;
  taskId: string;
  videoTaskId: string;
  status: 'created';
  quality: Quality;
  width: number;
  height: number;
  duration: number;
  title: string;
  category?: string;
  message: string;
  warnings?: Warning[];
}

export interface TaskListResponse {
  success: true;
  tasks: Task[];
  pagination: Pagination;
}

export interface TaskDeletedResponse {
  success: true;
  taskId: string;
  videoTaskId: string;
  deleted: true;
  remoteDeleted: boolean;
  message: string;
}

export interface CreateVideoInput {
  config: VideoConfig | JsonObject;
  metadata?: JsonObject | null;
  title?: string;
  /** Default "api". */
  category?: string;
}

export interface ListVideosQuery {
  page?: number;
  /** 1–100, default 20. */
  limit?: number;
  status?: TaskStatus;
  /** Only this category; "all" (or none) for every one. */
  category?: string;
}

export interface UpdateVideoInput {
  config?: VideoConfig | JsonObject;
  metadata?: JsonObject | null;
  title?: string;
}

interface RenderCommon extends TaskUrls {
  taskId: string;
  renderTaskId: string;
  quality: Quality;
  width: number;
  height: number;
  /** Credits: ceil(duration × quality multiplier), at least 1. */
  cost: number;
  remainingCredits: number;
}

export interface RenderStartedResponse extends RenderCommon {
  success: true;
  status: 'rendering';
  message: 'Rendering started';
}

/** The same config was rendered before: nothing was charged. */
export interface AlreadyRenderedResponse extends RenderCommon {
  success: true;
  status: 'completed';
  alreadyRendered: true;
  videoUrl: string;
}

export type RenderResponse = RenderStartedResponse | AlreadyRenderedResponse;

export interface RenderOptions {
  /** Gets a signed POST when the render completes or fails (X-Cutroom-Signature; see `webhooks.verify`). */
  webhookUrl?: string;
  /** Split the frames over this many render processes (capped by the server). */
  numWorkers?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Files

export type MediaCategory = 'image' | 'video' | 'audio' | 'font';
export type FileStatus = 'processing' | 'ready' | 'failed';

export interface Filmstrip {
  url: string;
  indexUrl: string;
  tileWidth: number;
  tileHeight: number;
  columns: number;
  count: number;
  /** Seconds between tiles. */
  interval: number;
}

/** An uploaded file (the reference's fields plus Cutroom's processing fields). */
export interface FileAsset {
  id: string;
  name: string;
  /** Where the file is served; usable as a clip `src`. */
  url: string;
  type: MediaCategory;
  mimeType: string;
  /** Bytes. */
  size: number;
  createdAt: string;
  status: FileStatus;
  error: string | null;
  /** Seconds (video, audio). */
  duration: number | null;
  width: number | null;
  height: number | null;
  fps: number | null;
  hasAudio: boolean | null;
  thumbnailUrl: string | null;
  posterUrl: string | null;
  waveformUrl: string | null;
  proxyUrl: string | null;
  filmstrip: Filmstrip | null;
}

export interface UploadResponse {
  success: true;
  message: string;
  count: number;
  assets: FileAsset[];
}

export interface FileListResponse {
  success: true;
  files: FileAsset[];
  pagination: Pagination;
}

export interface FileResponse {
  success: true;
  file: FileAsset;
}

export interface FileDeletedResponse {
  success: true;
  fileId: string;
  deleted: true;
  message: string;
}

export interface ListFilesQuery {
  page?: number;
  limit?: number;
  type?: MediaCategory;
}

// ---------------------------------------------------------------------------------------------------------
// Previews, credits, capabilities

interface PreviewUrls {
  /** Public page playing the preview: /t/:tempId */
  previewUrl: string;
  viewerUrl: string;
}

export interface PreviewCreatedResponse extends PreviewUrls {
  success: true;
  tempId: string;
  expiresIn: '7d';
  expiresAt: string;
  note: string;
  warnings?: Warning[];
}

export interface PreviewResponse extends PreviewUrls {
  success: true;
  tempId: string;
  config: VideoConfig;
  createdAt: string;
  expiresAt: string;
}

export interface PreviewDeletedResponse {
  success: true;
  tempId: string;
  deleted: true;
  message: string;
}

export interface PreviewConvertedResponse extends TaskUrls {
  success: true;
  tempId: string;
  converted: true;
  taskId: string;
  videoTaskId: string;
  status: 'created';
  quality: Quality;
  width: number;
  height: number;
  duration: number;
  title: string;
  category?: string;
  metadata?: JsonObject;
  message: string;
}

export interface PreviewRenderResponse extends RenderCommon {
  success: true;
  tempId: string;
  converted: true;
  convertMessage: string;
  videoTaskId: string;
  status: 'rendering';
  message: 'Rendering started';
}

export interface ConvertPreviewInput {
  category?: string;
  metadata?: JsonObject | null;
  title?: string;
}

export interface RenderPreviewInput extends ConvertPreviewInput, RenderOptions {}

export interface CreditsResponse {
  success: true;
  credits: number;
  currency: 'credits';
}

export interface CapabilitiesResponse {
  success: true;
  schemaVersion: string;
  clipTypes: string[];
  unsupportedClipTypes: string[];
  layoutChildTypes: string[];
  animations: string[];
  easings: string[];
  transitions: string[];
  templates: string[];
  keyframeProperties: string[];
  filters: string[];
  codeLanguages: string[];
  codeThemes: string[];
  iconSets: string[];
  threeShapes: string[];
  schema: { schemaVersion: string; clipTypes: string[]; [key: string]: unknown };
  qualityTiers: { quality: Quality; minShortEdge: number; multiplier: number }[];
  credits: { formula: string; chargedWhen: string };
  previews: { expiresIn: '7d'; costsCredits: false };
  limits: { maxUploadBytes: number; maxRenderWorkers: number };
}

// ---------------------------------------------------------------------------------------------------------
// RendrSink: assets, profiles, usage (snake_case, as RendrSink's API documents them)

export type AssetPriority = 'low' | 'normal' | 'high';
/** `processing` from the upload until every derivative is made; then `processed`, or `failed`. */
export type AssetStatus = 'processing' | 'processed' | 'failed' | (string & {});

export interface AssetFile {
  name: string;
  size_bytes: number;
  mime_type: string;
  /** null for images. */
  duration_ms: number | null;
  /** null for audio. */
  dimensions: { width: number; height: number } | null;
}

export interface Derivative {
  derivative_id: string;
  /** mp4: H.264/AAC; webm: VP9/Opus; m4a: AAC audio. */
  format: 'mp4' | 'webm' | 'm4a' | (string & {});
  /** null for audio. */
  width: number | null;
  height: number | null;
  size_bytes: number;
  url: string;
}

export interface Thumbnail {
  timestamp_ms: number;
  url: string;
}

/** `POST /api/v1/assets` → 201 (and `reprocess`). */
export interface AssetCreated {
  asset_id: string;
  status: AssetStatus;
  /** About how long processing will take. */
  estimated_ms: number;
  profile: string;
  priority: AssetPriority;
  file: AssetFile;
  metadata: JsonObject;
  /** How many derivatives the profile (or the overrides) asks for. */
  derivatives_requested: number;
  webhook_url: string | null;
  created_at: string;
}

/** `GET /api/v1/assets/:id`. */
export interface Asset extends Omit<AssetCreated, 'estimated_ms'> {
  derivatives: Derivative[];
  thumbnails: Thumbnail[];
  processing_ms: number | null;
  /** Why processing failed (status `failed`). */
  error: string | null;
  completed_at: string | null;
}

/** `GET /api/v1/assets/:id/derivatives`. */
export interface DerivativeListResponse {
  asset_id: string;
  status: AssetStatus;
  derivatives: Derivative[];
}

/** One derivative to make instead of the profile's own. */
export interface DerivativeRequest {
  format: 'mp4' | 'webm';
  /** 16–7680 px; never upscaled beyond the source. */
  width: number;
  /** 1–100 (default 80). */
  quality?: number;
}

export interface ProfileDerivative {
  format: 'mp4' | 'webm' | 'm4a';
  width: number | null;
  quality: number;
}

export interface ProfileThumbnails {
  at_start: boolean;
  at_middle: boolean;
  /** Also one every N seconds (null: not periodically). */
  every_seconds: number | null;
}

export interface Profile {
  slug: string;
  description: string;
  built_in: boolean;
  derivatives: ProfileDerivative[];
  thumbnails: ProfileThumbnails;
}

export interface CreateProfileInput {
  /** 3–64 characters: lower-case letters, digits and dashes. */
  slug: string;
  description?: string;
  derivatives: DerivativeRequest[];
  thumbnails?: Partial<ProfileThumbnails>;
}

/** One billing period of `GET /api/v1/usage`. */
export interface UsagePeriod {
  start: string;
  end: string;
  processing_minutes: number;
  assets_processed: number;
  render_minutes: number;
  renders: number;
  credits_used: number;
  credits_added: number;
  uploaded_bytes: number;
}

export interface Usage {
  storage: { used_bytes: number; quota_bytes: number; plan: string };
  credits: { balance: number };
  current_period: UsagePeriod;
  previous_period: UsagePeriod;
}
