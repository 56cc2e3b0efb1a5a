import { deleteFile } from '../files/delete-file';
import { getAssetOrThrow } from './get-asset-or-throw';

/**
 * Deletes an asset: its file, the file's derivatives and the asset's (all under the file's derivative folder),
 * and the records; the storage quota counts them no more. The delivery log keeps its events.
 */
export async function deleteAsset({ assetId, userId }: { assetId: string; userId: string }) {
  const asset = await getAssetOrThrow({ assetId, userId });
  await deleteFile({ fileId: asset.fileId, userId }); // the asset row goes with its file (cascade)
  return { asset_id: asset.id, deleted: true };
}
