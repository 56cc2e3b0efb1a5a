import { getSettings } from '../config';
import { createLocalStorage, createS3Storage, type Storage } from '../storage';

let instance: { storage: Storage; signature: string } | undefined;

/**
 * The configured storage: local disk under STORAGE_DIR (default DATA_DIR/files), or the S3-compatible bucket of STORAGE_URL
 * (docs/storage.md). lib/storage is handed its settings here; made again only when they change.
 */
export function getStorage(): Storage {
  const settings = getSettings().storage;
  const signature = JSON.stringify(settings);
  if (instance?.signature !== signature) {
    instance = { signature, storage: settings.kind === 'local' ? createLocalStorage(settings.root) : createS3Storage(settings) };
  }
  return instance.storage;
}
