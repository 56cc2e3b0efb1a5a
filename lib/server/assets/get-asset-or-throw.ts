import { db } from '../db/client';
import { ApiError } from '../errors';
import type { AssetWithFile } from './asset-record';

/** One of the caller's assets with its file; another account's id is NOT_FOUND exactly like a missing one. */
export async function getAssetOrThrow({ assetId, userId }: { assetId: string; userId: string }): Promise<AssetWithFile> {
  const asset = await db.asset.findFirst({ where: { id: assetId, userId }, include: { file: true } });
  if (!asset) throw new ApiError('NOT_FOUND', `Asset '${assetId.slice(0, 100)}' does not exist.`);
  return asset;
}
