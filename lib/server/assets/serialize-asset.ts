import { publicFileUrl } from '../urls';
import { readAsset, type AssetWithFile, type StoredDerivative, type StoredThumbnail } from './asset-record';

/** Internal `queued` shows as `processing`: RendrSink has no queued state, and clients wait for it to end. */
const apiStatus = (status: string) => (status === 'queued' ? 'processing' : (status as 'processing' | 'processed' | 'failed'));

export const serializeDerivative = (d: StoredDerivative) => ({
  derivative_id: d.id,
  format: d.format,
  width: d.width,
  height: d.height,
  size_bytes: d.sizeBytes,
  url: publicFileUrl(d.key),
});

export const serializeThumbnail = (t: StoredThumbnail) => ({ timestamp_ms: t.timestampMs, url: publicFileUrl(t.key) });

/** The fields every asset body shares (POST's 201, GET, reprocess). */
export function serializeAssetSummary(asset: AssetWithFile) {
  const { plan, metadata } = readAsset(asset);
  const f = asset.file;
  return {
    asset_id: asset.id,
    status: apiStatus(asset.status),
    profile: asset.profile,
    priority: asset.priority as 'low' | 'normal' | 'high',
    file: {
      name: f.name,
      size_bytes: f.size,
      mime_type: f.mimeType,
      duration_ms: f.duration === null ? null : Math.round(f.duration * 1000),
      dimensions: f.width && f.height ? { width: f.width, height: f.height } : null,
    },
    metadata,
    derivatives_requested: plan.derivatives.length,
    webhook_url: asset.webhookUrl,
    created_at: asset.createdAt.toISOString(),
  };
}

/** GET /api/v1/assets/:id */
export function serializeAsset(asset: AssetWithFile) {
  const { derivatives, thumbnails } = readAsset(asset);
  return {
    ...serializeAssetSummary(asset),
    derivatives: derivatives.map(serializeDerivative),
    thumbnails: thumbnails.map(serializeThumbnail),
    processing_ms: asset.processingMs,
    error: asset.error,
    completed_at: asset.completedAt?.toISOString() ?? null,
  };
}
