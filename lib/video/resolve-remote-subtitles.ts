import { z } from 'zod';
import { formatPath, type ConfigIssue, type PathSegment } from './config-issue';
import { subtitleWordSchema, type AnyClip, type SubtitleWord, type VideoConfig } from './schema';

/** The subset of `fetch` this needs, so callers can pass the global fetch, a mock or an SSRF-safe wrapper. */
export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export type RemoteSubtitlesResult =
  | { success: true; config: VideoConfig }
  | { success: false; issues: ConfigIssue[] };

const remotePayload = z.union([z.array(subtitleWordSchema), z.looseObject({ words: z.array(subtitleWordSchema) })]);

/**
 * Replaces every remote `words: { src }` (subtitle clips, and `words` in subtitle-video/talking-head
 * template data) by the fetched word list (§7.8: the URL returns `SubtitleWord[]` or
 * `{ words: SubtitleWord[] }`). Each URL is fetched once. Failures come back as issues at
 * `…words.src`, never as throws. lib/video stays free of Node/Next: the caller supplies `fetchFn`.
 */
export async function resolveRemoteSubtitles(config: VideoConfig, fetchFn: FetchLike): Promise<RemoteSubtitlesResult> {
  const requests = new Map<string, Promise<SubtitleWord[] | string>>();
  const load = (url: string) => {
    let request = requests.get(url);
    if (request === undefined) {
      request = fetchWords(url, fetchFn);
      requests.set(url, request);
    }
    return request;
  };
  const issues: ConfigIssue[] = [];

  const resolveWords = async (words: unknown, path: PathSegment[]): Promise<unknown> => {
    if (!isRemote(words)) return words;
    const result = await load(words.src);
    if (typeof result === 'string') {
      issues.push({ path: formatPath([...path, 'src']), message: result });
      return words;
    }
    return result;
  };

  const resolveClip = async <C extends AnyClip>(clip: C, path: PathSegment[]): Promise<C> => {
    if (clip.type === 'subtitle') return { ...clip, words: await resolveWords(clip.words, [...path, 'words']) };
    if (clip.type === 'template') {
      if (!isRemote(clip.data?.words) && !isRemote(clip.overrides?.data?.words)) return clip;
      const data = clip.data === undefined ? undefined : { ...clip.data, words: await resolveWords(clip.data.words, [...path, 'data', 'words']) };
      const overridesData = clip.overrides?.data;
      const overrides = overridesData === undefined || clip.overrides === undefined
        ? clip.overrides
        : { ...clip.overrides, data: { ...overridesData, words: await resolveWords(overridesData.words, [...path, 'overrides', 'data', 'words']) } };
      return { ...clip, data: stripUndefinedWords(data), overrides: overrides && { ...overrides, data: stripUndefinedWords(overrides.data) } };
    }
    if (clip.type === 'layout') {
      const children = await Promise.all(clip.children.map((child, i) => resolveClip(child, [...path, 'children', i])));
      return { ...clip, children };
    }
    return clip;
  };

  const tracks = await Promise.all(
    config.tracks.map(async (track, t) => ({
      ...track,
      clips: await Promise.all(track.clips.map((clip, c) => resolveClip(clip, ['tracks', t, 'clips', c]))),
    })),
  );
  if (issues.length > 0) return { success: false, issues };
  return { success: true, config: { ...config, tracks } };
}

function isRemote(value: unknown): value is { src: string } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { src?: unknown }).src === 'string';
}

/** `{ …, words: undefined }` would add a key the document never had. */
function stripUndefinedWords(data: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (data === undefined || data.words !== undefined) return data;
  const { words: _words, ...rest } = data;
  return rest;
}

async function fetchWords(url: string, fetchFn: FetchLike): Promise<SubtitleWord[] | string> {
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
