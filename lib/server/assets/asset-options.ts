import { z } from 'zod';
import { assetPriority, derivativeRequests, webhookUrlSchema, type AssetPriority, type DerivativeRequest } from '../../contract';
import { formatPath } from '../../video';
import { ApiError } from '../errors';

/** How an asset is to be processed, as the upload form or a reprocess body says. */
export interface AssetOptions {
  profile: string;
  priority: AssetPriority;
  webhookUrl: string | null;
  metadata: Record<string, unknown>;
  /** Overrides the profile's derivatives when given. */
  derivatives: DerivativeRequest[] | null;
}

const MAX_METADATA_BYTES = 16 * 1024;

function invalid(field: string, message: string, error?: z.ZodError): never {
  const issues = error?.issues.map((i) => ({ path: [field, formatPath(i.path)].filter(Boolean).join('.'), message: i.message }));
  throw new ApiError('INVALID_REQUEST', `Invalid ${field}: ${issues?.[0]?.message ?? message}`, { field, ...(issues ? { issues } : {}) });
}

function json(field: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return invalid(field, `${field} must be JSON.`);
  }
}

const metadataSchema = z.record(z.string(), z.unknown());

/**
 * The options of POST /api/v1/assets from its multipart text fields: `profile` (required), `priority`
 * (low|normal|high, default normal), `webhook_url`, `metadata` (a JSON object, ≤ 16 KB), `derivatives`
 * (a JSON array of { format: mp4|webm, width, quality? } replacing the profile's).
 */
export function assetOptionsFromForm(fields: Record<string, string>): AssetOptions {
  const profile = fields.profile?.trim();
  if (!profile) invalid('profile', 'profile is required: a processing profile slug (GET /api/v1/profiles).');
  const priority = assetPriority.safeParse(fields.priority?.trim() || 'normal');
  if (!priority.success) invalid('priority', 'priority must be "low", "normal" or "high".');
  let webhookUrl: string | null = null;
  if (fields.webhook_url?.trim()) {
    const url = webhookUrlSchema.safeParse(fields.webhook_url.trim());
    if (!url.success) invalid('webhook_url', 'webhook_url must be a valid absolute http(s) URL.', url.error);
    webhookUrl = url.data;
  }
  let metadata: Record<string, unknown> = {};
  if (fields.metadata?.trim()) {
    if (Buffer.byteLength(fields.metadata) > MAX_METADATA_BYTES) invalid('metadata', `metadata must be at most ${MAX_METADATA_BYTES} bytes.`);
    const parsed = metadataSchema.safeParse(json('metadata', fields.metadata));
    if (!parsed.success || Array.isArray(parsed.data)) invalid('metadata', 'metadata must be a JSON object.');
    metadata = parsed.data;
  }
  return { profile, priority: priority.data, webhookUrl, metadata, derivatives: fields.derivatives?.trim() ? parseDerivatives(json('derivatives', fields.derivatives)) : null };
}

/** A `derivatives` override, validated (INVALID_REQUEST naming the item). */
export function parseDerivatives(value: unknown): DerivativeRequest[] {
  const parsed = derivativeRequests.safeParse(value);
  if (!parsed.success) invalid('derivatives', 'derivatives must be an array of { format, width, quality }.', parsed.error);
  return parsed.data;
}
