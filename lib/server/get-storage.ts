import { getSettings } from '../config';
import { createLocalStorage, type Storage } from '../storage';

let instance: Storage | undefined;

/** The configured storage (local disk under STORAGE_DIR, by default DATA_DIR/files); lib/storage is handed its folder here. */
export function getStorage(): Storage {
  return (instance ??= createLocalStorage(getSettings().storageDir));
}
