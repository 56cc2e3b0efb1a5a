import path from 'node:path';
import { getSettings } from '../server/settings';
import { createLocalStorage, type Storage } from './storage';

export * from './storage';

let instance: Storage | undefined;

/** The configured storage (local disk under DATA_DIR/files). */
export function getStorage(): Storage {
  return (instance ??= createLocalStorage(path.join(getSettings().dataDir, 'files')));
}

/** Public URL of a stored object, served by the app at /files/<key> with range support. */
export function publicFileUrl(key: string): string {
  return `${getSettings().appUrl}/files/${key.split('/').map(encodeURIComponent).join('/')}`;
}
