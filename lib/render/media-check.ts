import { formatPath, normalizeVideoConfig, type AnyClip, type PathSegment, type VideoConfig } from '../video';

export interface MediaRef {
  /** The clip in the config as written: a template's or a layout child's own path. */
  path: string;
  type: AnyClip['type'];
  url: string;
}

/**
 * Every remote media URL the renderer will fetch, with the clip that uses it. Read from the
 * normalized config — templates expanded, `$ref`s resolved to their asset's src, layout children
 * included — because that is what the composition draws. Each top-level clip is normalized on its
 * own, so a URL is reported under the path of the clip as written (a template's clips under the
 * template's path).
 */
export function mediaRefs(config: VideoConfig): MediaRef[] {
  const out: MediaRef[] = [];
  // `written`: the clip as written, when `clip` is it normalized. A template's generated clips have no
  // path of their own, so what they fetch is reported under the template; likewise a layout's
  // children once a template among them has shifted the indexes.
  const collect = (clip: AnyClip, path: PathSegment[], written: AnyClip | undefined) => {
    const src = 'src' in clip ? clip.src : undefined;
    if (typeof src === 'string' && /^https?:\/\//i.test(src)) out.push({ path: formatPath(path), type: clip.type, url: src });
    if (clip.type !== 'layout') return;
    const writtenChildren = written?.type === 'layout' && !written.children.some((ch) => ch.type === 'template') ? written.children : undefined;
    clip.children.forEach((child, i) =>
      collect(child, writtenChildren ? [...path, 'children', i] : path, writtenChildren?.[i]),
    );
  };
  config.tracks.forEach((track, t) =>
    track.clips.forEach((clip, c) => {
      const alone: VideoConfig = { ...config, tracks: [{ ...track, clips: [clip] }] };
      const drawn = normalizeVideoConfig(alone).config.tracks[0]?.clips ?? [];
      for (const d of drawn) collect(d, ['tracks', t, 'clips', c], clip.type === 'template' ? undefined : clip);
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
