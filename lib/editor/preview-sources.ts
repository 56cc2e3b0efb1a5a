import { mapTopClips, type Clip, type VideoConfig } from '../video';

/**
 * The config the Player shows: video and audio `src`s that have a lighter proxy (from media
 * processing) point at it, so scrubbing stays smooth; everything else is the document itself.
 * The saved and rendered config keeps the original URL. Unchanged tracks/clips keep their identity.
 * Example: `{ src: 'a.mp4' }` with proxies { 'a.mp4' → 'a.proxy.mp4' } → `{ src: 'a.proxy.mp4' }`.
 */
export function withPreviewSources(config: VideoConfig, proxies: ReadonlyMap<string, string>): VideoConfig {
  if (proxies.size === 0) return config;
  const swap = (clip: Clip): Clip => {
    let next = clip;
    if (clip.type === 'video' || clip.type === 'audio') {
      const proxy = typeof clip.src === 'string' ? proxies.get(clip.src) : undefined;
      if (proxy) next = { ...clip, src: proxy } as Clip;
    }
    const children = (clip as { children?: Clip[] }).children;
    if (Array.isArray(children)) {
      const swapped = children.map(swap);
      if (swapped.some((c, i) => c !== children[i])) next = { ...next, children: swapped } as Clip;
    }
    return next;
  };
  return mapTopClips(config, swap);
}
