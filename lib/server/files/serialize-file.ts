import { publicFileUrl } from '../urls';
import type { File as FileRecord } from '../db/generated/client';
import type { MediaCategory } from '../../contract';

/** A file as the API reports it. */
export function serializeFile(file: FileRecord) {
  return {
    id: file.id,
    name: file.name,
    url: publicFileUrl(file.key),
    type: file.type as MediaCategory,
    mimeType: file.mimeType,
    size: file.size,
    createdAt: file.createdAt.toISOString(),
  };
}
