import type { Asset, File } from '../db/generated/client';
import type { AssetPlan } from './plan-derivatives';

/** A derivative as stored on the asset once made. */
export interface StoredDerivative {
  id: string;
  format: 'mp4' | 'webm' | 'm4a';
  width: number | null;
  height: number | null;
  sizeBytes: number;
  key: string;
}

export interface StoredThumbnail {
  timestampMs: number;
  key: string;
}

export type AssetWithFile = Asset & { file: File };

const parse = <T>(json: string | null, fallback: T): T => (json ? (JSON.parse(json) as T) : fallback);

/** The JSON columns of an asset, read. */
export function readAsset(asset: Asset) {
  return {
    plan: parse<AssetPlan>(asset.plan, { derivatives: [], thumbnailsMs: [] }),
    derivatives: parse<StoredDerivative[]>(asset.derivatives, []),
    thumbnails: parse<StoredThumbnail[]>(asset.thumbnails, []),
    metadata: parse<Record<string, unknown>>(asset.metadata, {}),
  };
}

/** Where an asset's derivatives and thumbnails live: inside its file's derivative folder, so deleting the file removes them. */
export function assetPrefix(file: { userId: string; id: string }): string {
  return `uploads/${file.userId}/derived/${file.id}/asset`;
}
