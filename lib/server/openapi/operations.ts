import { z } from 'zod';
import { videoConfigSchema } from '../../video';
import * as res from '../../contract';
import {
  convertPreviewBody,
  createTaskBody,
  renderBody,
  renderPreviewBody,
  taskStatusSchema,
  updateTaskBody,
  type ErrorCode,
} from '../../contract';
import { apiCapabilities } from '../capabilities';

/**
 * Every /api/v1 endpoint as data: the OpenAPI document and the docs page are both built from this
 * list, with request and response shapes taken from the zod schemas the handlers and tests use.
 */
export interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header';
  description: string;
  required?: boolean;
  schema: Record<string, unknown>;
}

export interface OperationSpec {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  operationId: string;
  tag: 'Videos' | 'Previews' | 'Files' | 'Account' | 'Assets' | 'Reference';
  summary: string;
  description: string;
  /** `none`: public, no API key. */
  auth: 'key' | 'none';
  /** Not in the RenderingVideo reference: Cutroom's own addition. */
  isCutroomOnly?: boolean;
  parameters?: ParameterSpec[];
  body?: {
    schema: string;
    contentType: 'application/json' | 'multipart/form-data';
    required: boolean;
    example?: unknown;
  };
  response: { schema: string; description: string; examples: Record<string, unknown> } | { raw: string; description: string };
  errors: ErrorCode[];
  /** The success status (default 200). */
  status?: 200 | 201 | 202;
  /** RendrSink's routes answer `{ error: { code, message, … } }` (lower-case codes) instead of the one error shape. */
  errorShape?: 'rendrsink';
}

const renderFieldDocs = {
  webhook_url: 'Absolute http(s) URL that receives the documented payload when the render completes or fails.',
  num_workers: 'Parallel render processes; capped by the server (MAX_RENDER_WORKERS). Default 1.',
};

/** A request body's fields with descriptions for the document (the handlers' schemas stay terse). */
function described<S extends z.ZodRawShape>(shape: S, docs: Partial<Record<keyof S, string>>) {
  const out: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(shape)) {
    const doc = docs[key as keyof S];
    out[key] = doc ? (field as z.ZodType).describe(doc) : (field as z.ZodType);
  }
  return z.object(out);
}

/** Named schemas of the document (components.schemas), besides the config's parts. */
export function apiSchemaParts(): [string, z.ZodType][] {
  return [
    // The handlers parse `config` with lib/video; for the document it is the config schema itself.
    ['CreateTaskBody', described({ ...createTaskBody.shape, config: videoConfigSchema }, {
      metadata: 'Your own key/value data, returned as-is with the task.',
      title: 'Cutroom: a title for the dashboard (default: meta.title, else "Untitled video").',
      category: 'Cutroom: a free-form category (default "api").',
    })],
    ['UpdateTaskBody', described({ ...updateTaskBody.shape, config: videoConfigSchema.optional() }, {
      metadata: 'Replaces the metadata (null clears it).',
      title: 'A new title.',
    })],
    ['RenderBody', described(renderBody.shape, renderFieldDocs)],
    ['ConvertPreviewBody', described(convertPreviewBody.shape, { category: 'Category of the new permanent task (default "api").' })],
    ['RenderPreviewBody', described(renderPreviewBody.shape, {
      ...renderFieldDocs,
      category: 'Category of the new permanent task (default "api").',
    })],
    ['UploadBody', z.object({ file: z.file().optional(), files: z.array(z.file()).optional() })],
    ['Task', res.taskSchema],
    ['Pagination', res.paginationSchema],
    ['TaskCreatedResponse', res.taskCreatedResponse],
    ['TaskResponse', res.taskResponse],
    ['TaskListResponse', res.taskListResponse],
    ['TaskDeletedResponse', res.taskDeletedResponse],
    ['RenderStartedResponse', res.renderStartedResponse],
    ['AlreadyRenderedResponse', res.alreadyRenderedResponse],
    ['RenderResponse', res.renderResponse],
    ['CreditsResponse', res.creditsResponse],
    ['SubtitleWordsResponse', res.subtitleWordsResponse],
    ['PreviewCreatedResponse', res.previewCreatedResponse],
    ['PreviewResponse', res.previewResponse],
    ['PreviewDeletedResponse', res.previewDeletedResponse],
    ['PreviewConvertedResponse', res.previewConvertedResponse],
    ['PreviewRenderResponse', res.previewRenderResponse],
    ['FileAsset', res.fileAssetSchema],
    ['UploadResponse', res.uploadResponse],
    ['FileListResponse', res.fileListResponse],
    ['FileResponse', res.fileResponse],
    ['FileStatus', res.fileStatusSchema],
    ['Filmstrip', res.filmstripSchema],
    ['FileDeletedResponse', res.fileDeletedResponse],
    ['CapabilitiesResponse', res.capabilitiesResponse],
    ['ErrorCode', res.errorCodeSchema],
    ['Error', res.errorResponse],
    ['Quality', res.qualitySchema],
    ['CreateAssetBody', z.object({
      file: z.file().describe('Required. One video or audio file (max MAX_UPLOAD_BYTES, default 5 GB).'),
      profile: z.string().describe('Required. A processing profile slug (GET /api/v1/profiles).'),
      webhook_url: z.string().optional().describe('http(s) URL that receives the signed asset events.'),
      metadata: z.string().optional().describe('A JSON object (text, ≤ 16 KB), returned with the asset and its events.'),
      priority: res.assetPriority.optional().describe('low | normal (default) | high: the processing queue order (aged: see the README).'),
      derivatives: z.string().optional().describe('A JSON array of { format: mp4|webm, width, quality? } replacing the profile\'s derivatives.'),
    })],
    ['CreateAssetResponse', res.createAssetResponse],
    ['AssetResponse', res.assetResponse],
    ['DerivativeListResponse', res.derivativeListResponse],
    ['ReprocessAssetBody', res.reprocessAssetBody],
    ['CreateProfileBody', res.createProfileBody],
    ['ProfileResponse', res.profileResponse],
    ['ProfileListResponse', res.profileListResponse],
    ['UsageResponse', res.usageResponse],
    ['RendrSinkError', res.rendrSinkErrorResponse],
  ];
}

const pageParams: ParameterSpec[] = [
  { name: 'page', in: 'query', description: 'Page number, from 1.', schema: { type: 'integer', minimum: 1, default: 1 } },
  { name: 'limit', in: 'query', description: 'Items per page (max 100).', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
];
const taskIdParam: ParameterSpec = {
  name: 'taskId', in: 'path', required: true, description: 'The task id returned from creation.', schema: { type: 'string' },
};
const tempIdParam: ParameterSpec = {
  name: 'tempId', in: 'path', required: true, description: 'The preview id returned by POST /api/v1/preview.', schema: { type: 'string' },
};

/** The operations, with examples written against `base` (the deployment's APP_URL). */
export function operations(base: string): OperationSpec[] {
  const taskId = 'Vq3bT9xKe2LmN8pR4sWd7Z';
  const tempId = 'temp_Hx7Kp2Qm9Ld4Rt8Vb3Nc6Y';
  const taskUrls = { previewUrl: `${base}/v/${taskId}`, viewerUrl: `${base}/watch/${taskId}`, configUrl: `${base}/configs/${taskId}.json` };
  const previewUrls = { previewUrl: `${base}/t/${tempId}`, viewerUrl: `${base}/preview/${tempId}` };
  const videoUrl = `${base}/files/renders/${taskId}/rt_8fKq2LmX9pTz4Wc1.mp4`;
  const config = {
    meta: { version: '2.0.0', width: 1920, height: 1080, fps: 30, background: '#000000' },
    tracks: [{ clips: [{ type: 'text', text: 'Hello World', start: 0, duration: 5 }] }],
  };
  const task = {
    taskId, videoTaskId: 'vt_3kLm9QxR2pWz7Tb1', title: 'Untitled video', width: 1920, height: 1080, fps: 30, duration: 10,
    quality: '1080p', status: 'completed', videoUrl, posterUrl: `${base}/files/renders/${taskId}/rt_8fKq2LmX9pTz4Wc1-poster.jpg`,
    thumbnailUrl: `${base}/files/renders/${taskId}/rt_8fKq2LmX9pTz4Wc1-thumb.jpg`, ...taskUrls, costCredits: 15, createdAt: '2026-03-19T10:00:00.000Z',
    completedAt: '2026-03-19T10:02:30.000Z', metadata: { project_id: 'proj_123' }, renderTaskId: 'rt_8fKq2LmX9pTz4Wc1',
    progress: 100, stage: null, error: null, version: 3,
  };
  const asset = {
    id: 'asset_7Yh2Kd9Lm3Qp8Rt4Vx1Z', name: 'image.png', url: `${base}/files/uploads/usr_x/asset_7Yh2Kd9Lm3Qp8Rt4Vx1Z.png`,
    type: 'image', mimeType: 'image/png', size: 123456, createdAt: '2026-03-19T10:00:00.000Z',
    status: 'ready', error: null, duration: null, width: 1280, height: 720, fps: null, hasAudio: null,
    thumbnailUrl: `${base}/files/uploads/usr_x/derived/asset_7Yh2Kd9Lm3Qp8Rt4Vx1Z/thumb.webp`, posterUrl: null, waveformUrl: null,
    proxyUrl: null, filmstrip: null,
  };
  const videoDerived = `${base}/files/uploads/usr_x/derived/asset_4Tq8Wz2Hn6Kc1Bv9Mx3P`;
  const videoAsset = {
    id: 'asset_4Tq8Wz2Hn6Kc1Bv9Mx3P', name: 'phone.mov', url: `${base}/files/uploads/usr_x/asset_4Tq8Wz2Hn6Kc1Bv9Mx3P.mov`,
    type: 'video', mimeType: 'video/quicktime', size: 48213377, createdAt: '2026-03-19T10:00:00.000Z',
    status: 'ready', error: null, duration: 12.5, width: 1080, height: 1920, fps: 30, hasAudio: true,
    thumbnailUrl: `${videoDerived}/thumb.webp`, posterUrl: `${videoDerived}/poster.jpg`, waveformUrl: `${videoDerived}/waveform.json`,
    proxyUrl: `${videoDerived}/proxy.mp4`,
    filmstrip: { url: `${videoDerived}/filmstrip.jpg`, indexUrl: `${videoDerived}/filmstrip.json`, tileWidth: 90, tileHeight: 160, columns: 10, count: 13, interval: 1 },
  };
  const renderStarted = {
    success: true, taskId, renderTaskId: 'rt_2WcX7pLq9TzK4mF1', status: 'rendering', quality: '1080p', width: 1920, height: 1080,
    cost: 15, remainingCredits: 970, message: 'Rendering started', ...taskUrls,
  };

  return [
    {
      method: 'post', path: '/api/v1/video', operationId: 'createTask', tag: 'Videos', auth: 'key',
      summary: 'Create a video task',
      description: 'Creates a permanent video task from a video config. This does not start rendering: call `POST /api/v1/video/{taskId}/render`.',
      body: { schema: 'CreateTaskBody', contentType: 'application/json', required: true, example: { config, metadata: { project_id: 'proj_123' } } },
      response: {
        schema: 'TaskCreatedResponse', description: 'The task was created.',
        examples: {
          created: {
            success: true, taskId, videoTaskId: task.videoTaskId, ...taskUrls, status: 'created', quality: '1080p', width: 1920, height: 1080,
            duration: 5, title: 'Untitled video', message: 'Task created successfully. Call POST /api/v1/video/:taskId/render to start rendering.',
          },
        },
      },
      errors: ['INVALID_REQUEST', 'INVALID_CONFIG'],
    },
    {
      method: 'get', path: '/api/v1/video', operationId: 'listTasks', tag: 'Videos', auth: 'key',
      summary: 'List video tasks',
      description: 'Lists your tasks, newest first.',
      parameters: [
        ...pageParams,
        { name: 'status', in: 'query', description: 'Only tasks whose latest status is this.', schema: z.toJSONSchema(taskStatusSchema) as Record<string, unknown> },
      ],
      response: { schema: 'TaskListResponse', description: 'One page of tasks.', examples: { page: { success: true, tasks: [task], pagination: { page: 1, limit: 20, total: 45 } } } },
      errors: ['INVALID_REQUEST'],
    },
    {
      method: 'get', path: '/api/v1/video/{taskId}', operationId: 'getTask', tag: 'Videos', auth: 'key',
      summary: 'Get task details',
      description:
        'One task. While it renders, `progress` (0–100) and `stage` report how far it is; `error` says why a render failed. ' +
        'Cutroom: `version` (also the `ETag` header, `"3"`) is what a PATCH sends back as `If-Match` to refuse lost updates.',
      parameters: [taskIdParam],
      response: { schema: 'TaskResponse', description: 'The task.', examples: { completed: { success: true, ...task } } },
      errors: ['NOT_FOUND'],
    },
    {
      method: 'patch', path: '/api/v1/video/{taskId}', operationId: 'updateTask', tag: 'Videos', auth: 'key', isCutroomOnly: true,
      summary: 'Update a task',
      description:
        'Cutroom’s own (not in the RenderingVideo reference): replaces the config, metadata or title. The editor saves through it. Send at least one field. ' +
        'Optimistic concurrency: send the version you based the edit on as `If-Match: "3"` (the ETag of GET) or as `version` in the body; ' +
        'if the task has changed since, the answer is `409 CONFLICT` with `details.currentVersion` and nothing is written (of two concurrent ' +
        'PATCHes from the same version exactly one wins). Without either, the PATCH applies regardless (last write wins). Every accepted PATCH ' +
        'adds 1 to `version`; the response carries the new one and its ETag.',
      parameters: [
        taskIdParam,
        {
          name: 'If-Match', in: 'header', required: false,
          description: 'The ETag (`"3"`) of the version this edit is based on; `*` = any. Not current → 409 CONFLICT.',
          schema: { type: 'string' },
        },
      ],
      body: { schema: 'UpdateTaskBody', contentType: 'application/json', required: true, example: { title: 'Launch teaser', config } },
      response: { schema: 'TaskResponse', description: 'The updated task.', examples: { updated: { success: true, ...task, title: 'Launch teaser' } } },
      errors: ['INVALID_REQUEST', 'INVALID_CONFIG', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN'],
    },
    {
      method: 'delete', path: '/api/v1/video/{taskId}', operationId: 'deleteTask', tag: 'Videos', auth: 'key',
      summary: 'Delete a video task',
      description: 'Permanently deletes the task, its render records and its rendered files (its `videoUrl` stops working).',
      parameters: [taskIdParam],
      response: {
        schema: 'TaskDeletedResponse', description: 'The task is gone.',
        examples: { deleted: { success: true, taskId, videoTaskId: task.videoTaskId, deleted: true, remoteDeleted: true, message: 'Video task deleted successfully' } },
      },
      errors: ['NOT_FOUND'],
    },
    {
      method: 'post', path: '/api/v1/video/{taskId}/render', operationId: 'renderTask', tag: 'Videos', auth: 'key',
      summary: 'Trigger rendering',
      description:
        'Charges `ceil(duration × quality multiplier)` credits and queues the render. If the current config was already rendered, answers `alreadyRendered: true` and charges nothing. ' +
        'Pass `webhook_url` to be told when it completes or fails (the documented payload, POSTed).',
      parameters: [taskIdParam],
      body: { schema: 'RenderBody', contentType: 'application/json', required: false, example: { webhook_url: 'https://example.com/hooks/render' } },
      response: {
        schema: 'RenderResponse', description: 'Rendering started, or the video was already rendered.',
        examples: {
          started: renderStarted,
          alreadyRendered: {
            success: true, taskId, renderTaskId: task.renderTaskId, status: 'completed', alreadyRendered: true, quality: '1080p', width: 1920,
            height: 1080, cost: 15, remainingCredits: 985, videoUrl, ...taskUrls,
          },
        },
      },
      errors: ['INVALID_REQUEST', 'INVALID_CONFIG', 'NOT_FOUND', 'ALREADY_RENDERING', 'INSUFFICIENT_CREDITS'],
    },
    {
      method: 'post', path: '/api/v1/upload', operationId: 'upload', tag: 'Files', auth: 'key',
      summary: 'Upload files',
      description:
        'Uploads images, videos or audio (multipart fields `file` and/or `files`, several at once) for use as clip sources. ' +
        'Files are accepted by their real content type. Storage quota per plan: Free 512 MB, Starter 10 GB, Standard 20 GB, Pro 50 GB ' +
        '(originals and their derivatives count). Cutroom: each file comes back `status: "processing"`; it is probed and its ' +
        'derivatives made in the background (GET /api/v1/files/{fileId}). SVGs are sanitized (scripts, event handlers, external ' +
        'references removed) before they are stored.',
      body: { schema: 'UploadBody', contentType: 'multipart/form-data', required: true },
      response: {
        schema: 'UploadResponse', description: 'The stored files.',
        examples: { uploaded: { success: true, message: 'Successfully uploaded 1 file(s)', count: 1, assets: [asset] } },
      },
      errors: ['NO_FILES', 'UNSUPPORTED_FILE_TYPE', 'STORAGE_LIMIT_EXCEEDED', 'FILE_TOO_LARGE', 'UPLOAD_FAILED'],
    },
    {
      method: 'get', path: '/api/v1/files', operationId: 'listFiles', tag: 'Files', auth: 'key',
      summary: 'List uploaded files',
      description: 'Lists your uploaded files, newest first. Cutroom adds each file\'s processing status, probed values and derivative URLs.',
      parameters: [
        ...pageParams,
        { name: 'type', in: 'query', description: 'Only files of this kind.', schema: { type: 'string', enum: ['image', 'video', 'audio', 'font', 'model'] } },
      ],
      response: { schema: 'FileListResponse', description: 'One page of files.', examples: { page: { success: true, files: [videoAsset, asset], pagination: { page: 1, limit: 20, total: 12 } } } },
      errors: ['INVALID_REQUEST'],
    },
    {
      method: 'get', path: '/api/v1/files/{fileId}', operationId: 'getFile', tag: 'Files', auth: 'key', isCutroomOnly: true,
      summary: 'Get one file',
      description:
        'One of your files with its processing status (`processing` → `ready` | `failed` with `error`), probed values ' +
        '(duration, displayed width/height, fps, hasAudio) and derivatives: thumbnail, poster, filmstrip sprite + index, ' +
        'waveform peaks, and a web-playable proxy when the original is not. Poll it after an upload until status is not `processing`.',
      parameters: [{ name: 'fileId', in: 'path', required: true, description: 'File id from upload or listing.', schema: { type: 'string' } }],
      response: { schema: 'FileResponse', description: 'The file.', examples: { video: { success: true, file: videoAsset } } },
      errors: ['NOT_FOUND'],
    },
    {
      method: 'delete', path: '/api/v1/files/{fileId}', operationId: 'deleteFile', tag: 'Files', auth: 'key',
      summary: 'Delete a file',
      description: 'Permanently deletes the stored file, its derivatives (thumbnail, poster, filmstrip, waveform, proxy) and its record.',
      parameters: [{ name: 'fileId', in: 'path', required: true, description: 'File id from upload or listing.', schema: { type: 'string' } }],
      response: {
        schema: 'FileDeletedResponse', description: 'The file is gone.',
        examples: { deleted: { success: true, fileId: asset.id, deleted: true, message: 'File deleted successfully' } },
      },
      errors: ['INVALID_REQUEST', 'NOT_FOUND'],
    },
    {
      method: 'delete', path: '/api/v1/files', operationId: 'deleteFileWithoutId', tag: 'Files', auth: 'key',
      summary: 'Delete a file (no id given)',
      description: 'A DELETE without a file id always answers INVALID_REQUEST "Missing file ID", as the reference documents; use DELETE /api/v1/files/{fileId}.',
      response: {
        schema: 'FileDeletedResponse', description: 'Never returned: this route only reports the missing id.',
        examples: {},
      },
      errors: ['INVALID_REQUEST'],
    },
    {
      method: 'get', path: '/api/v1/credits', operationId: 'getCredits', tag: 'Account', auth: 'key',
      summary: 'Get credit balance',
      description: 'Your current credit balance.',
      response: { schema: 'CreditsResponse', description: 'The balance.', examples: { balance: { success: true, credits: 985, currency: 'credits' } } },
      errors: [],
    },
    {
      method: 'post', path: '/api/v1/preview', operationId: 'createPreview', tag: 'Previews', auth: 'key',
      summary: 'Create a preview link',
      description:
        'Stores a temporary preview of a config, playable at the returned URLs, without consuming credits. ' +
        'The request body IS the config (no `{ config }` wrapper). Previews expire after 7 days; they produce no video file.',
      body: { schema: 'VideoConfig', contentType: 'application/json', required: true, example: config },
      response: {
        schema: 'PreviewCreatedResponse', description: 'The preview links.',
        examples: {
          created: {
            success: true, tempId, ...previewUrls, expiresIn: '7d', expiresAt: '2026-03-26T10:00:00.000Z',
            note: 'Preview links are temporary and expire in 7 days. Use /api/v1/video to create permanent tasks.',
          },
        },
      },
      errors: ['INVALID_REQUEST', 'INVALID_CONFIG'],
    },
    {
      method: 'get', path: '/api/v1/preview/{tempId}', operationId: 'getPreview', tag: 'Previews', auth: 'key',
      summary: 'Get preview config',
      description: 'The config behind a preview link.',
      parameters: [tempIdParam],
      response: {
        schema: 'PreviewResponse', description: 'The preview.',
        examples: { preview: { success: true, tempId, config, ...previewUrls, createdAt: '2026-03-19T10:00:00.000Z', expiresAt: '2026-03-26T10:00:00.000Z' } },
      },
      errors: ['NOT_FOUND'],
    },
    {
      method: 'delete', path: '/api/v1/preview/{tempId}', operationId: 'deletePreview', tag: 'Previews', auth: 'key',
      summary: 'Delete a preview link',
      description: 'Deletes the preview; its links stop working.',
      parameters: [tempIdParam],
      response: {
        schema: 'PreviewDeletedResponse', description: 'The preview is gone.',
        examples: { deleted: { success: true, tempId, deleted: true, message: 'Temp preview deleted successfully' } },
      },
      errors: ['NOT_FOUND'],
    },
    {
      method: 'post', path: '/api/v1/preview/{tempId}/convert', operationId: 'convertPreview', tag: 'Previews', auth: 'key',
      summary: 'Convert a preview to a permanent task',
      description: 'Clones the preview into a new permanent task (not rendered). The preview itself stays usable.',
      parameters: [tempIdParam],
      body: { schema: 'ConvertPreviewBody', contentType: 'application/json', required: false, example: { category: 'marketing' } },
      response: {
        schema: 'PreviewConvertedResponse', description: 'The new task.',
        examples: {
          converted: {
            success: true, tempId, converted: true, taskId, videoTaskId: task.videoTaskId, ...taskUrls, status: 'created', quality: '1080p',
            width: 1920, height: 1080, duration: 5, title: 'Untitled video', message: 'Temp preview cloned to a permanent task successfully',
          },
        },
      },
      errors: ['INVALID_REQUEST', 'NOT_FOUND', 'INVALID_CONFIG'],
    },
    {
      method: 'post', path: '/api/v1/preview/{tempId}/render', operationId: 'renderPreview', tag: 'Previews', auth: 'key',
      summary: 'Convert a preview and render it',
      description:
        'Clones the preview into a new permanent task and starts rendering it, charging credits like `POST /api/v1/video/{taskId}/render`. ' +
        'If the render cannot start (for example `INSUFFICIENT_CREDITS`) the clone is removed again. The preview stays usable.',
      parameters: [tempIdParam],
      body: { schema: 'RenderPreviewBody', contentType: 'application/json', required: false, example: { category: 'api', webhook_url: 'https://example.com/hooks/render' } },
      response: {
        schema: 'PreviewRenderResponse', description: 'The new task is rendering.',
        examples: {
          rendering: {
            ...renderStarted, tempId, converted: true, convertMessage: 'Temp preview cloned to a permanent task successfully', videoTaskId: task.videoTaskId,
          },
        },
      },
      errors: ['INVALID_REQUEST', 'NOT_FOUND', 'INVALID_CONFIG', 'ALREADY_RENDERING', 'INSUFFICIENT_CREDITS'],
    },
    ...assetOperations(base),
    {
      method: 'get', path: '/api/v1/capabilities', operationId: 'getCapabilities', tag: 'Reference', auth: 'none', isCutroomOnly: true,
      summary: 'What this server supports',
      description: 'Clip types, animations, easings, transitions, templates, quality tiers with their credit multipliers, and limits. Public: no API key needed.',
      response: { schema: 'CapabilitiesResponse', description: 'The capabilities.', examples: { capabilities: { success: true, ...apiCapabilities() } } },
      errors: [],
    },
    {
      method: 'get', path: '/api/v1/subtitles/words', operationId: 'getRemoteSubtitleWords', tag: 'Reference', auth: 'key', isCutroomOnly: true,
      summary: 'Fetch a remote subtitle word list',
      description:
        'The word list at `src` (a `words: { src }` of a subtitle clip or template), fetched by the server as a render fetches it: ' +
        'same timeout, size cap and address policy. The editor\'s preview uses it, since the composition never fetches.',
      parameters: [{ name: 'src', in: 'query', required: true, description: 'An http(s) URL returning SubtitleWord[] or { words: SubtitleWord[] }.', schema: { type: 'string', format: 'uri' } }],
      response: {
        schema: 'SubtitleWordsResponse', description: 'The words.',
        examples: { words: { success: true, words: [{ word: 'hello', punctuated_word: 'Hello.', start: 0, end: 0.5 }] } },
      },
      errors: ['INVALID_REQUEST', 'REMOTE_ERROR'],
    },
    {
      method: 'get', path: '/api/v1/schema', operationId: 'getConfigSchema', tag: 'Reference', auth: 'none', isCutroomOnly: true,
      summary: 'The video config JSON Schema',
      description: 'The v2 video config as a JSON Schema (draft 2020-12) document, for editors and validators. Public: no API key needed.',
      response: { raw: 'application/schema+json', description: 'A JSON Schema document (not wrapped in { success }).' },
      errors: [],
    },
    {
      method: 'get', path: '/api/v1/openapi.json', operationId: 'getOpenApi', tag: 'Reference', auth: 'none', isCutroomOnly: true,
      summary: 'This API as OpenAPI 3.1',
      description: 'This document. Public: no API key needed.',
      response: { raw: 'application/json', description: 'An OpenAPI 3.1 document (not wrapped in { success }).' },
      errors: [],
    },
  ];
}

const assetIdParam: ParameterSpec = {
  name: 'assetId', in: 'path', required: true, description: 'The asset_id returned by POST /api/v1/assets.', schema: { type: 'string' },
};
const rendrSinkNote = ' RendrSink\'s API: bodies are not wrapped in `{ success }`, errors are `{ "error": { "code", "message", … } }` with lower-case codes.';

/** RendrSink's asset API on /api/v1 (assets, profiles, usage). */
function assetOperations(base: string): OperationSpec[] {
  const assetId = 'ast_7xKm2pQrV9nL4wYz';
  const fileKey = `${base}/files/uploads/usr_4kQp8LmX2nR7Tz1c/derived/asset_9LmQ2xRt7Kp4Wc8Vb3Nz/asset`;
  const summary = {
    asset_id: assetId, status: 'processing' as const, profile: 'web-optimized-720p', priority: 'high' as const,
    file: { name: 'video.mp4', size_bytes: 48291840, mime_type: 'video/mp4', duration_ms: 124500, dimensions: { width: 3840, height: 2160 } },
    metadata: { project: 'campaign-q2', source: 'studio-upload' }, derivatives_requested: 2,
    webhook_url: 'https://yourapp.com/webhooks/rendrsink', created_at: '2026-03-28T14:22:01.847Z',
  };
  const derivatives = [
    { derivative_id: 'drv_Lm3nP7qR2wXz0a1b', format: 'mp4' as const, width: 1280, height: 720, size_bytes: 8291456, url: `${fileKey}/drv_Lm3nP7qR2wXz0a1b.mp4` },
    { derivative_id: 'drv_Kp9mQ4sT1vWy2c3d', format: 'webm' as const, width: 1280, height: 720, size_bytes: 6485632, url: `${fileKey}/drv_Kp9mQ4sT1vWy2c3d.webm` },
  ];
  const thumbnails = [{ timestamp_ms: 0, url: `${fileKey}/thumb_0.jpg` }, { timestamp_ms: 62250, url: `${fileKey}/thumb_62250.jpg` }];
  const processed = { ...summary, status: 'processed' as const, derivatives, thumbnails, processing_ms: 31470, error: null, completed_at: '2026-03-28T14:22:33.317Z' };
  const period = (start: string, end: string) => ({
    start, end, processing_minutes: 12.5, assets_processed: 31, render_minutes: 4.25, renders: 9, credits_used: 120, credits_added: 100, uploaded_bytes: 1832910848,
  });
  const rs = { isCutroomOnly: true, errorShape: 'rendrsink' as const, tag: 'Assets' as const, auth: 'key' as const };
  return [
    {
      ...rs, method: 'post', path: '/api/v1/assets', operationId: 'createAsset', status: 201,
      summary: 'Upload an asset for processing (RendrSink)',
      description:
        'Streams one video or audio `file` onto the same store as /api/v1/upload (the asset is a File, listed by /api/v1/files) and queues ' +
        'its processing: the profile\'s derivatives (H.264/AAC MP4, VP9/Opus WebM at the widths asked for, never upscaled; AAC for audio-aac) ' +
        'and thumbnails. The signed events asset.processing, thumbnail.generated, asset.processed, asset.delivered and asset.failed go to ' +
        '`webhook_url`. Send `X-Idempotency-Key` to make a retry safe.' + rendrSinkNote,
      body: { schema: 'CreateAssetBody', contentType: 'multipart/form-data', required: true },
      response: { schema: 'CreateAssetResponse', description: '201 Created: the asset, processing.', examples: { created: { ...summary, estimated_ms: 3200 } } },
      errors: ['INVALID_REQUEST', 'INVALID_PROFILE', 'UNSUPPORTED_FILE_TYPE', 'STORAGE_LIMIT_EXCEEDED', 'FILE_TOO_LARGE', 'RATE_LIMITED', 'IDEMPOTENCY_KEY_REUSED'],
    },
    {
      ...rs, method: 'get', path: '/api/v1/assets/{assetId}', operationId: 'getAsset', parameters: [assetIdParam],
      summary: 'One asset (RendrSink)',
      description: 'Status (processing | processed | failed), file, derivatives, thumbnails, processing_ms and error. Another account\'s id is not_found.' + rendrSinkNote,
      response: { schema: 'AssetResponse', description: 'The asset.', examples: { processed } },
      errors: ['NOT_FOUND'],
    },
    {
      ...rs, method: 'get', path: '/api/v1/assets/{assetId}/derivatives', operationId: 'listAssetDerivatives', parameters: [assetIdParam],
      summary: 'An asset\'s derivatives (RendrSink)',
      description: 'The derivatives made (all of them once the asset is processed), with their sizes and URLs.' + rendrSinkNote,
      response: { schema: 'DerivativeListResponse', description: 'The derivatives.', examples: { processed: { asset_id: assetId, status: 'processed', derivatives } } },
      errors: ['NOT_FOUND'],
    },
    {
      ...rs, method: 'delete', path: '/api/v1/assets/{assetId}', operationId: 'deleteAsset', parameters: [assetIdParam],
      summary: 'Delete an asset (RendrSink)',
      description: 'Removes the file, its derivatives and thumbnails and the records; the storage quota counts them no more.' + rendrSinkNote,
      response: { raw: 'application/json', description: '`{ "asset_id", "deleted": true }`' },
      errors: ['NOT_FOUND'],
    },
    {
      ...rs, method: 'post', path: '/api/v1/assets/{assetId}/reprocess', operationId: 'reprocessAsset', parameters: [assetIdParam], status: 202,
      summary: 'Process an asset again (RendrSink)',
      description: 'With its profile, or another `profile` (and optionally `derivatives` and `priority`). The old derivatives are removed. conflict (409) while it is processing.' + rendrSinkNote,
      body: { schema: 'ReprocessAssetBody', contentType: 'application/json', required: false, example: { profile: 'mobile-480p' } },
      response: { schema: 'CreateAssetResponse', description: '202 Accepted: the asset, processing again.', examples: { reprocessing: { ...summary, profile: 'mobile-480p', derivatives_requested: 1, estimated_ms: 2100 } } },
      errors: ['INVALID_REQUEST', 'INVALID_PROFILE', 'NOT_FOUND', 'CONFLICT'],
    },
    {
      ...rs, method: 'get', path: '/api/v1/profiles', operationId: 'listProfiles',
      summary: 'List processing profiles (RendrSink)',
      description:
        'The built-in processing profiles (web-optimized-1080p, web-optimized-720p, mobile-480p, audio-aac, thumbnail-only), then the account\'s ' +
        'own (POST /api/v1/profiles), each with its derivatives and thumbnails.' + rendrSinkNote,
      response: { raw: 'application/json', description: '`{ "profiles": [ProfileResponse] }`' },
      errors: [],
    },
    {
      ...rs, method: 'post', path: '/api/v1/profiles', operationId: 'createProfile', status: 201,
      summary: 'Create an own processing profile (RendrSink)',
      description: 'A slug (not a built-in one, unique in the account), derivatives `{ format: mp4|webm, width 16–7680, quality 1–100 (default 80) }` (at most 8), and thumbnails.' + rendrSinkNote,
      body: { schema: 'CreateProfileBody', contentType: 'application/json', required: true, example: { slug: 'social-vertical', derivatives: [{ format: 'mp4', width: 720, quality: 70 }], thumbnails: { at_start: true, at_middle: true, every_seconds: 5 } } },
      response: {
        schema: 'ProfileResponse', description: '201 Created: the profile.',
        examples: { created: { slug: 'social-vertical', description: '', built_in: false, derivatives: [{ format: 'mp4', width: 720, quality: 70 }], thumbnails: { at_start: true, at_middle: true, every_seconds: 5 } } },
      },
      errors: ['INVALID_REQUEST', 'CONFLICT'],
    },
    {
      ...rs, method: 'get', path: '/api/v1/usage', operationId: 'getUsage',
      summary: 'Usage this month and last (RendrSink)',
      description: 'Storage now (originals and derivatives, against the plan), the credit balance, and for the current calendar month (UTC, so far) and the previous one: asset processing minutes, render minutes (of video rendered), renders, credits used and added, bytes uploaded.' + rendrSinkNote,
      response: {
        schema: 'UsageResponse', description: 'The usage.',
        examples: { usage: { storage: { used_bytes: 9182736451, quota_bytes: 10737418240, plan: 'starter' }, credits: { balance: 480 }, current_period: period('2026-03-01T00:00:00.000Z', '2026-03-28T14:22:01.847Z'), previous_period: period('2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z') } },
      },
      errors: [],
    },
  ];
}
