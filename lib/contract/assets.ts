import { z } from 'zod';
import { errorStatus, type ErrorCode } from './errors';

/**
 * RendrSink's asset API on Cutroom's /api/v1 (assets, profiles, usage): request and response shapes in
 * RendrSink's snake_case. The server, the OpenAPI document and the contract tests share them.
 */

export const assetPriorities = ['low', 'normal', 'high'] as const;
export const assetPriority = z.enum(assetPriorities);
export type AssetPriority = z.infer<typeof assetPriority>;

/** What an API caller may ask a derivative to be (a profile's or an upload's override). */
export const derivativeRequest = z
  .object({
    format: z.enum(['mp4', 'webm'], { message: 'format must be "mp4" or "webm"' }),
    width: z.number().int('width must be a whole number').min(16, 'width must be at least 16').max(7680, 'width must be at most 7680'),
    quality: z.number().int('quality must be a whole number').min(1, 'quality must be 1–100').max(100, 'quality must be 1–100').default(80),
  })
  .strict();
export type DerivativeRequest = z.infer<typeof derivativeRequest>;

export const MAX_DERIVATIVES = 8;
export const derivativeRequests = z.array(derivativeRequest).max(MAX_DERIVATIVES, `at most ${MAX_DERIVATIVES} derivatives`);

/** POST /api/v1/profiles */
export const createProfileBody = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/, 'slug must be 3–64 characters: lower-case letters, digits and dashes, not at either end'),
    description: z.string().max(500).optional(),
    derivatives: derivativeRequests,
    thumbnails: z
      .object({
        at_start: z.boolean().default(true),
        at_middle: z.boolean().default(true),
        every_seconds: z.number().int().min(1).max(3600).nullable().default(null),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((b) => b.derivatives.length > 0 || b.thumbnails !== undefined, { message: 'a profile makes at least one derivative or thumbnails' });
export type CreateProfileBody = z.infer<typeof createProfileBody>;

export const profileResponse = z.object({
  slug: z.string(),
  description: z.string(),
  built_in: z.boolean(),
  derivatives: z.array(z.object({ format: z.enum(['mp4', 'webm', 'm4a']), width: z.number().nullable(), quality: z.number() })),
  thumbnails: z.object({ at_start: z.boolean(), at_middle: z.boolean(), every_seconds: z.number().nullable() }),
});
export const profileListResponse = z.object({ profiles: z.array(profileResponse) });

/** The status an asset shows: `processing` from the upload until every derivative is made (or one failed). */
export const assetStatus = z.enum(['processing', 'processed', 'failed']);

const assetFile = z.object({
  name: z.string(),
  size_bytes: z.number(),
  mime_type: z.string(),
  duration_ms: z.number().nullable(),
  dimensions: z.object({ width: z.number(), height: z.number() }).nullable(),
});

export const derivativeResponse = z.object({
  derivative_id: z.string(),
  format: z.enum(['mp4', 'webm', 'm4a']),
  width: z.number().nullable(),
  height: z.number().nullable(),
  size_bytes: z.number(),
  url: z.string(),
});
export const thumbnailResponse = z.object({ timestamp_ms: z.number(), url: z.string() });

/** POST /api/v1/assets → 201 */
export const createAssetResponse = z.object({
  asset_id: z.string(),
  status: assetStatus,
  estimated_ms: z.number(),
  profile: z.string(),
  priority: assetPriority,
  file: assetFile,
  metadata: z.record(z.string(), z.unknown()),
  derivatives_requested: z.number(),
  webhook_url: z.string().nullable(),
  created_at: z.string(),
});

/** GET /api/v1/assets/:id */
export const assetResponse = createAssetResponse.omit({ estimated_ms: true }).extend({
  derivatives: z.array(derivativeResponse),
  thumbnails: z.array(thumbnailResponse),
  processing_ms: z.number().nullable(),
  error: z.string().nullable(),
  completed_at: z.string().nullable(),
});
export const derivativeListResponse = z.object({ asset_id: z.string(), status: assetStatus, derivatives: z.array(derivativeResponse) });

const usagePeriod = z.object({
  start: z.string(),
  end: z.string(),
  processing_minutes: z.number(),
  assets_processed: z.number(),
  render_minutes: z.number(),
  renders: z.number(),
  credits_used: z.number(),
  credits_added: z.number(),
  uploaded_bytes: z.number(),
});
/** GET /api/v1/usage */
export const usageResponse = z.object({
  storage: z.object({ used_bytes: z.number(), quota_bytes: z.number(), plan: z.string() }),
  credits: z.object({ balance: z.number() }),
  current_period: usagePeriod,
  previous_period: usagePeriod,
});

/** The RendrSink routes' error body. */
export const rendrSinkErrorResponse = z.object({
  error: z.object({ code: z.string(), message: z.string(), retry_after_ms: z.number().optional(), max_bytes: z.number().optional() }).passthrough(),
});

/** POST /api/v1/assets/:id/reprocess (the body may be empty: the same profile again) */
export const reprocessAssetBody = z
  .object({
    profile: z.string().min(1).max(100).optional(),
    priority: assetPriority.optional(),
    derivatives: derivativeRequests.optional(),
  })
  .strict();

/**
 * The lower-case code a RendrSink route answers for one of ours: every 401 is `unauthorized`, a bad config or a
 * missing file `invalid_request`, the rest lower-cased (`invalid_profile`, `file_too_large`, `rate_limited`, `not_found`…).
 */
export function rendrSinkErrorCode(code: ErrorCode): string {
  if (errorStatus[code] === 401) return 'unauthorized';
  if (code === 'INVALID_CONFIG' || code === 'NO_FILES') return 'invalid_request';
  return code.toLowerCase();
}
