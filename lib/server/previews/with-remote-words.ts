import { resolveRemoteSubtitles, type FetchLike, type VideoConfig } from '../../video';
import { fetchPublicRemoteJson } from '../net/fetch-remote-json';

/**
 * The config a page hands to the Player: remote subtitle words (`words: { src }`) fetched server-side, as the
 * render fetches them (lib/render/render-job.ts prepareConfig: the same timeout, size cap and address policy),
 * since the composition never fetches. Answers are reused for a minute across views (fetchPublicRemoteJson).
 * Words that fail to load stay unresolved, so the Player draws no words for that clip (the render would refuse
 * the config and say why).
 */
export async function withRemoteWords(config: VideoConfig, fetchFn: FetchLike = fetchPublicRemoteJson): Promise<VideoConfig> {
  const resolved = await resolveRemoteSubtitles(config, fetchFn);
  return resolved.success ? resolved.config : config;
}
