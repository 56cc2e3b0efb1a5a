import { getSettings } from '../config';

/** Absolute URLs of a task's public pages and config, built from APP_URL. */
export function taskUrls(taskId: string) {
  const base = getSettings().appUrl;
  return {
    previewUrl: `${base}/v/${taskId}`,
    viewerUrl: `${base}/watch/${taskId}`,
    configUrl: `${base}/configs/${taskId}.json`,
  };
}

export function previewUrls(tempId: string) {
  const base = getSettings().appUrl;
  return { previewUrl: `${base}/t/${tempId}`, viewerUrl: `${base}/preview/${tempId}` };
}

/** Public URL of a stored object, served by the app at /files/<key> with range support. */
export function publicFileUrl(key: string): string {
  return `${getSettings().appUrl}/files/${key.split('/').map(encodeURIComponent).join('/')}`;
}
