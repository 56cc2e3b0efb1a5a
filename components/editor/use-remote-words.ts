'use client';

import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { getSubtitleWords } from '@/lib/editor';
import { inlineRemoteWords, remoteWordRefs, type SubtitleWord, type VideoConfig } from '@/lib/video';

export interface RemoteWordsFailure {
  src: string;
  message: string;
}

interface Loaded {
  words: SubtitleWord[] | undefined;
  error: string | null;
}

/** Stable (module-level), so TanStack re-runs it only when a query's result changes. */
const combine = (results: UseQueryResult<SubtitleWord[]>[]): Loaded[] =>
  results.map((r) => ({ words: r.data, error: r.error instanceof Error ? r.error.message : null }));

/**
 * The Player's config with remote subtitle words (`words: { src }`) inlined: each URL is read once
 * through `GET /api/v1/subtitles/words` (the server fetches it as a render would) and kept for the
 * session. Until a list arrives, or if it fails, that clip shows no words; failures are returned so
 * the preview can say why. A config without remote words comes back as is.
 */
export function useRemoteWords(config: VideoConfig): { config: VideoConfig; failures: RemoteWordsFailure[] } {
  const srcsKey = useMemo(() => [...new Set(remoteWordRefs(config).map((r) => r.src))].join('\n'), [config]);
  const srcs = useMemo(() => (srcsKey === '' ? [] : srcsKey.split('\n')), [srcsKey]);
  const loaded = useQueries({
    queries: srcs.map((src) => ({
      queryKey: ['subtitle-words', src],
      queryFn: ({ signal }: { signal: AbortSignal }) => getSubtitleWords(src, signal),
      staleTime: Infinity,
      gcTime: 30 * 60_000,
      retry: 1,
    })),
    combine,
  });
  const { words, failures } = useMemo(() => {
    const map = new Map<string, SubtitleWord[]>();
    const failed: RemoteWordsFailure[] = [];
    srcs.forEach((src, i) => {
      const item = loaded[i];
      if (item?.words) map.set(src, item.words);
      else if (item?.error) failed.push({ src, message: item.error });
    });
    return { words: map, failures: failed };
  }, [srcs, loaded]);
  const inlined = useMemo(() => (words.size === 0 ? config : inlineRemoteWords(config, words)), [config, words]);
  return { config: inlined, failures };
}
