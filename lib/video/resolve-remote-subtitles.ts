import { z } from 'zod';
import { formatPath, type ConfigIssue, type PathSegment } from './config-issue';
import { mapTopClips } from './map-clips';
import { subtitleWordSchema, type AnyClip, type SubtitleWord, type VideoConfig } from './schema';

/** The subset of `fetch` this needs, so callers can pass the global fetch, a mock or an SSRF-safe wrapper. */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export type RemoteSubtitlesResult =
  | { success: true; config: VideoConfig }
  | { success: false; issues: ConfigIssue[] };

const remotePayload = z.union([z.array(subtitleWordSchema), z.looseObject({ words: z.array(subtitleWordSchema) })]);

/** A remote word list in a config: its URL and where it sits (`tracks[0].clips[1].words`). */
export interface RemoteWordsRef {
  src: string;
  path: string;
}

/**
 * Every remote `words: { src }` of a config (subtitle clips, and `words` in template data and
 * overrides.data, inside layouts too), in document order; a URL used twice is listed twice.
 */
export function remoteWordRefs(config: VideoConfig): RemoteWordsRef[] {
  const refs: RemoteWordsRef[] = [];
  const note = (words: unknown, path: PathSegment[]) => {
    if (isRemote(words)) refs.push({ src: words.src, path: formatPath(path) });
  };
  const visit = (clip: AnyClip, path: PathSegment[]) => {
    if (clip.type === 'subtitle') note(clip.words, [...path, 'words']);
    else if (clip.type === 'template') {
      note(clip.data?.words, [...path, 'data', 'words']);
      note(clip.overrides?.data?.words, [...path, 'overrides', 'data', 'words']);
    } else if (clip.type === 'layout') clip.children.forEach((child, i) => visit(child, [...path, 'children', i]));
  };
  config.tracks.forEach((track, t) => track.clips.forEach((clip, c) => visit(clip, ['tracks', t, 'clips', c])));
  return refs;
}

/**
 * The config with each remote `words: { src }` whose URL is in `words` replaced by that list. Anything
 * not replaced keeps its identity (a config without remote words comes back as is), so the editor can
 * run it on every document change.
 * Example: `{ type: 'subtitle', words: { src: 'https://x/w.json' } }` with { 'https://x/w.json' → [w] } → `words: [w]`.
 */
export function inlineRemoteWords(config: VideoConfig, words: ReadonlyMap<string, SubtitleWord[]>): VideoConfig {
  const swap = (value: unknown): unknown => (isRemote(value) ? words.get(value.src) ?? value : value);
  const inlineData = <D extends { words?: unknown } | undefined>(data: D): D => {
    if (data === undefined) return data;
    const next = swap(data.words);
    return next === data.words ? data : { ...data, words: next };
  };
  const inline = <C extends AnyClip>(clip: C): C => {
    if (clip.type === 'subtitle') {
      const next = swap(clip.words);
      return next === clip.words ? clip : { ...clip, words: next };
    }
    if (clip.type === 'template') {
      const data = inlineData(clip.data);
      const overridesData = inlineData(clip.overrides?.data);
      if (data === clip.data && overridesData === clip.overrides?.data) return clip;
      return { ...clip, data, ...(clip.overrides ? { overrides: { ...clip.overrides, data: overridesData } } : {}) };
    }
    if (clip.type === 'layout') {
      const children = clip.children.map(inline);
      return children.every((child, i) => child === clip.children[i]) ? clip : { ...clip, children };
    }
    return clip;
  };
  return mapTopClips(config, inline);
}

/**
 * Replaces every remote `words: { src }` (subtitle clips, and `words` in subtitle-video/talking-head
 * template data) by the fetched word list (§7.8: the URL returns `SubtitleWord[]` or
 * `{ words: SubtitleWord[] }`). Each URL is fetched once. Failures come back as issues at
 * `…words.src`, never as throws. lib/video stays free of Node/Next: the caller supplies `fetchFn`.
 */
export async function resolveRemoteSubtitles(config: VideoConfig, fetchFn: FetchLike): Promise<RemoteSubtitlesResult> {
  const refs = remoteWordRefs(config);
  if (refs.length === 0) return { success: true, config };
  const urls = [...new Set(refs.map((r) => r.src))];
  const results = new Map(await Promise.all(urls.map(async (url) => [url, await fetchSubtitleWords(url, fetchFn)] as const)));
  const issues: ConfigIssue[] = refs.flatMap((r) => {
    const result = results.get(r.src);
    return typeof result === 'string' ? [{ path: `${r.path}.src`, message: result }] : [];
  });
  if (issues.length > 0) return { success: false, issues };
  const words = new Map([...results].flatMap(([url, result]) => (typeof result === 'string' ? [] : [[url, result] as const])));
  return { success: true, config: inlineRemoteWords(config, words) };
}

function isRemote(value: unknown): value is { src: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { src?: unknown }).src === 'string';
}

/** One remote word list: the words, or why not (a sentence naming the URL). Never throws. */
export async function fetchSubtitleWords(url: string, fetchFn: FetchLike): Promise<SubtitleWord[] | string> {
  let body: unknown;
  try {
    const response = await fetchFn(url);
    if (!response.ok) return `could not fetch subtitle words from ${url}: HTTP ${response.status}`;
    body = await response.json();
  } catch (error) {
    return `could not fetch subtitle words from ${url}: ${error instanceof Error ? error.message : String(error)}`;
  }
  const parsed = remotePayload.safeParse(body);
  if (!parsed.success) return `${url} must return JSON: an array of words or { "words": [...] } (each with word, punctuated_word, start, end)`;
  return Array.isArray(parsed.data) ? parsed.data : parsed.data.words;
}
