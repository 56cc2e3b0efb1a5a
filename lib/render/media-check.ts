import type { Clip, VideoConfig } from '../video';

export interface MediaRef {
  path: string;
  type: Clip['type'];
  url: string;
}

/** Every remote media URL a config draws, with the clip that uses it (after $ref resolution). */
export function mediaRefs(config: VideoConfig): MediaRef[] {
  const out: MediaRef[] = [];
  config.tracks.forEach((track, t) =>
    track.clips.forEach((clip, c) => {
      const src = 'src' in clip ? clip.src : undefined;
      if (typeof src === 'string' && /^https?:\/\//i.test(src)) out.push({ path: `tracks[${t}].clips[${c}]`, type: clip.type, url: src });
    }),
  );
  return out;
}

/** A problem the config caused (not our side): the render fails without a refund. */
export class MediaError extends Error {
  override readonly name = 'MediaError';
}

/**
 * Fails fast, naming the clip and URL, when a media source is unreachable or missing, instead of
 * letting the browser time out deep inside a render.
 */
export async function checkMedia(config: VideoConfig, fetchFn: typeof fetch = fetch): Promise<void> {
  const refs = mediaRefs(config);
  const seen = new Map<string, Promise<string | null>>();
  const probe = (url: string) =>
    fetchFn(url, { headers: { range: 'bytes=0-0' }, signal: AbortSignal.timeout(15_000) })
      .then(async (res) => {
        await res.body?.cancel();
        return res.ok ? null : `HTTP ${res.status}`;
      })
      .catch((err: unknown) => (err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : String(err)));
  const problems: string[] = [];
  for (const ref of refs) {
    if (!seen.has(ref.url)) seen.set(ref.url, probe(ref.url));
  }
  for (const ref of refs) {
    const problem = await seen.get(ref.url);
    if (problem) problems.push(`${ref.path} (${ref.type}): could not load ${ref.url}: ${problem}`);
  }
  if (problems.length) throw new MediaError(`Media failed to load — ${problems.join('; ')}`);
}
