'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteLibraryFile, listLibraryFiles, type LibraryFile } from '@/lib/editor';

/** The query key of the media library (every editor screen shares one list). */
export const libraryFilesKey = ['library-files'] as const;
/** How often the list is re-read while any file is still processing. */
const PROCESSING_POLL_MS = 1500;

const noFiles: LibraryFile[] = [];

/** The user's library files (TanStack Query), re-read while any is `processing`. */
export function useLibraryFiles() {
  const query = useQuery({
    queryKey: libraryFilesKey,
    queryFn: ({ signal }) => listLibraryFiles(signal),
    staleTime: 30_000,
    refetchInterval: (q) => (q.state.data?.some((f) => f.status === 'processing') ? PROCESSING_POLL_MS : false),
  });
  return { ...query, files: query.data ?? noFiles };
}

/** Deletes a file, then re-reads the library. */
export function useDeleteLibraryFile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => deleteLibraryFile(fileId),
    onSettled: () => client.invalidateQueries({ queryKey: libraryFilesKey }),
  });
}
