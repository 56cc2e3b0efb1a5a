import { formatPath, normalizeVideoConfig, type AnyClip, type PathSegment, type VideoConfig } from '../video';
import { getSettings } from '../config';
import { outboundFetch, OutboundError } from '../server/net/outbound-fetch';
import { renderFetchOptions } from '../server/net/fetch-remote-json';

/** A source the renderer would fetch: http(s), or a path (relative `/files/…`, protocol-relative `//host/…`). */
const isFetched = (src: string) => /^(https?:)?\/\//i.test(src) || src.startsWith('/');

export interface MediaRef {
  /** The clip in the config as written: a template's or a layout child's own path. */
  path: string;
  type: AnyClip['type'] | 'font' | 'model';
  url: string;
}

/**
 * Every remote media URL the renderer will fetch, with the clip (or font asset) that uses it. Read
 * from the normalized config — templates expanded, `$ref`s resolved to their asset's src, layout
 * children included — because that is what the composition draws. Each top-level clip is normalized
 * on its own, so a URL is reported under the path of the clip as written (a template's clips under
 * the template's path).
 */
export function mediaRefs(config: VideoConfig): MediaRef[] {
  const out: MediaRef[] = [];
  // `written`: the clip as written, when `clip` is it normalized. A template's generated clips have no
  // path of their own, so what they fetch is reported under the template; likewise a layout's
  // children once a template among them has shifted the indexes.
  const collect = (clip: AnyClip, path: PathSegment[], written: AnyClip | undefined) => {
    const src = 'src' in clip ? clip.src : undefined;
    if (typeof src === 'string' && isFetched(src)) out.push({ path: formatPath(path), type: clip.type, url: src });
    // A three clip's GLB models (a URL, or an assets.models $ref already resolved to its src): the browser would
    // otherwise fetch them itself, past the address policy and the size cap.
    if (clip.type === 'three') {
      for (const object of clip.objects ?? []) {
        if (typeof object.model === 'string' && isFetched(object.model)) out.push({ path: formatPath(path), type: 'model', url: object.model });
      }
    }
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
  config.assets?.fonts?.forEach((font, i) => {
    if (isFetched(font.src)) out.push({ path: `assets.fonts[${i}]`, type: 'font', url: font.src });
  });
  config.assets?.models?.forEach((model, i) => {
    if (isFetched(model.src)) out.push({ path: `assets.models[${i}]`, type: 'model', url: model.src });
  });
  return out;
}

/** A problem the config caused: the render fails without a refund, unless it was on our side (`refundable`). */
export class MediaError extends Error {
  override readonly name = 'MediaError';
  readonly refundable: boolean;
  constructor(message: string, opts: { refundable?: boolean } = {}) {
    super(message);
    this.refundable = opts.refundable ?? false;
  }
}

const PROBE_BYTES = 1024;

/** The whole size of a source from a ranged answer (`Content-Range: bytes 0-1023/N`) or a plain one. */
function declaredSize(headers: Record<string, string | string[] | undefined>): number | null {
  const range = /\/(\d+)\s*$/.exec(String(headers['content-range'] ?? ''))?.[1];
  if (range) return Number(range);
  const length = Number(headers['content-length']);
  return headers['content-range'] === undefined && Number.isFinite(length) ? length : null;
}

const mb = (n: number) => `${+(n / 1024 ** 2).toFixed(1)} MB`;

/**
 * Probes one source: its first KB must arrive within RENDER_FETCH_TIMEOUT_MS (a source that drips is
 * as unusable as a dead one), from an address the policy allows, and its declared size must be within
 * MAX_MEDIA_BYTES. Null when fine, else what went wrong.
 */
export async function probeMedia(url: string): Promise<string | null> {
  try {
    const res = await outboundFetch(url, {
      ...renderFetchOptions(),
      headers: { range: `bytes=0-${PROBE_BYTES - 1}` },
      maxBytes: PROBE_BYTES,
      prefixBytes: PROBE_BYTES,
    });
    if (res.status < 200 || res.status >= 300) return `HTTP ${res.status}`;
    const size = declaredSize(res.headers);
    const limit = getSettings().maxMediaBytes;
    if (size !== null && size > limit) return `it is ${mb(size)}, over the ${mb(limit)} limit (MAX_MEDIA_BYTES)`;
    return null;
  } catch (err) {
    return err instanceof OutboundError ? err.message : err instanceof Error ? err.message : String(err);
  }
}

/**
 * Fails fast, naming the clip (or font) and URL, when a source is unreachable, missing, too slow, too big
 * or on a refused address, instead of letting the browser time out deep inside a render.
 */
export async function checkMedia(config: VideoConfig, probe: (url: string) => Promise<string | null> = probeMedia): Promise<void> {
  const refs = mediaRefs(config);
  const seen = new Map<string, Promise<string | null>>();
  for (const ref of refs) {
    if (!seen.has(ref.url)) seen.set(ref.url, probe(ref.url));
  }
  const problems: string[] = [];
  for (const ref of refs) {
    const problem = await seen.get(ref.url);
    if (problem) problems.push(`${ref.path} (${ref.type}): could not load ${ref.url}: ${problem}`);
  }
  if (problems.length) throw new MediaError(`Media failed to load — ${problems.join('; ')}`);
}
