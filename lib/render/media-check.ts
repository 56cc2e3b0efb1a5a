import type { Clip, VideoConfig } from '../video';
import { outboundFetch, OutboundError } from '../server/net/outbound-fetch';
import { getSettings } from '../server/settings';
import { renderFetchOptions } from './render-fetch';

export interface MediaRef {
  path: string;
  type: Clip['type'] | 'font';
  url: string;
}

/** Every remote media URL a config draws, with the clip (or font asset) that uses it (after $ref resolution). */
export function mediaRefs(config: VideoConfig): MediaRef[] {
  const out: MediaRef[] = [];
  config.tracks.forEach((track, t) =>
    track.clips.forEach((clip, c) => {
      const src = 'src' in clip ? clip.src : undefined;
      if (typeof src === 'string' && /^https?:\/\//i.test(src)) out.push({ path: `tracks[${t}].clips[${c}]`, type: clip.type, url: src });
    }),
  );
  config.assets?.fonts?.forEach((font, i) => {
    if (/^https?:\/\//i.test(font.src)) out.push({ path: `assets.fonts[${i}]`, type: 'font', url: font.src });
  });
  return out;
}

/** A problem the config caused (not our side): the render fails without a refund. */
export class MediaError extends Error {
  override readonly name = 'MediaError';
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
