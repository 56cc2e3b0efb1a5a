'use client';

import { useMemo } from 'react';
import { clipLabel, indexFilesByUrl } from '@/lib/editor';
import type { Clip } from '@/lib/video';
import { useLibraryFiles } from './use-library-files';

/** A clip's label with its library file's name ("Video · intro.mp4"), never the storage id in its URL. */
export function useClipLabel(clip: Clip): string {
  const { files } = useLibraryFiles();
  const byUrl = useMemo(() => indexFilesByUrl(files), [files]);
  const src = (clip as { src?: unknown }).src;
  const file = typeof src === 'string' ? byUrl.get(src) : undefined;
  if (!file) return clipLabel(clip);
  return `${clip.type.charAt(0).toUpperCase()}${clip.type.slice(1)} · ${file.name}`;
}
