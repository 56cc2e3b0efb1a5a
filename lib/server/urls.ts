import { getSettings } from './settings';

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
