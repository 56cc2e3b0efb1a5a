import type { Clip, VideoConfig } from './schema';

/**
 * The config with `fn` applied to every top-level clip, sharing structure: a track whose clips all come
 * back as they were keeps its identity, and so does the config when no track changed (React memos and
 * the Player's props stay equal). `fn` recurses into children itself if it needs to.
 * Example: `mapTopClips(config, (c) => c)` → `config` itself.
 */
export function mapTopClips(config: VideoConfig, fn: (clip: Clip) => Clip): VideoConfig {
  let changed = false;
  const tracks = config.tracks.map((track) => {
    const clips = track.clips.map(fn);
    if (clips.every((clip, i) => clip === track.clips[i])) return track;
    changed = true;
    return { ...track, clips };
  });
  return changed ? { ...config, tracks } : config;
}
