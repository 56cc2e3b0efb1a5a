'use client';

import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useDropzone } from 'react-dropzone';
import {
  dismissUpload,
  enqueueUploads,
  syncWithLibrary,
  uploadFailed,
  uploadLibraryFile,
  uploadProgressed,
  uploadStored,
  type LibraryFile,
  type UploadQueue,
} from '@/lib/editor';
import { UploadIcon } from './library-icons';
import { libraryFilesKey, useLibraryFiles } from './use-library-files';

export interface LibraryContextValue {
  uploads: UploadQueue;
  /** Uploads files, one request each (so one refusal does not sink the others). */
  uploadFiles(files: readonly File[]): void;
  /** Opens the system file picker. */
  openPicker(): void;
  dismissUpload(id: string): void;
}

const LibraryContext = createContext<LibraryContextValue | null>(null);

export function useLibrary(): LibraryContextValue {
  const value = useContext(LibraryContext);
  if (!value) throw new Error('useLibrary needs <LibraryDropZone>.');
  return value;
}

/** Uploads run two at a time: enough to keep the line busy, not so many that each crawls. */
const PARALLEL_UPLOADS = 2;
let nextLocalId = 1;

/**
 * The media library's drop zone and upload queue. It wraps the whole editor: files dropped
 * anywhere (library panel, preview, timeline) upload, with a full-window hint while dragging.
 * Drags that carry no files (a library tile on its way to the timeline) are ignored by react-dropzone.
 */
export function LibraryDropZone({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const { files } = useLibraryFiles();
  const [uploads, setUploads] = useState<UploadQueue>([]);
  const pending = useRef<{ id: string; file: File }[]>([]);
  const running = useRef(0);

  // Processing files become tiles when the (polled) library says they are ready.
  useEffect(() => {
    setUploads((q) => syncWithLibrary(q, files));
  }, [files]);

  const pump = useCallback(() => {
    while (running.current < PARALLEL_UPLOADS && pending.current.length > 0) {
      const job = pending.current.shift()!;
      running.current += 1;
      uploadLibraryFile(job.file, {
        onProgress: ({ loaded, total }) => setUploads((q) => uploadProgressed(q, job.id, loaded, total)),
      })
        .then((stored: LibraryFile) => {
          client.setQueryData<LibraryFile[]>(libraryFilesKey, (list) => [stored, ...(list ?? []).filter((f) => f.id !== stored.id)]);
          setUploads((q) => uploadStored(q, job.id, stored));
          return client.invalidateQueries({ queryKey: libraryFilesKey });
        })
        .catch((err: unknown) => {
          const message = err instanceof Error ? err.message : 'Upload failed.';
          setUploads((q) => uploadFailed(q, job.id, message));
        })
        .finally(() => {
          running.current -= 1;
          pump();
        });
    }
  }, [client]);

  const uploadFiles = useCallback(
    (list: readonly File[]) => {
      if (list.length === 0) return;
      const jobs = list.map((file) => ({ id: `upload-${nextLocalId++}`, file }));
      setUploads((q) => enqueueUploads(q, jobs.map((j) => ({ id: j.id, name: j.file.name || 'unnamed file', size: j.file.size }))));
      pending.current.push(...jobs);
      pump();
    },
    [pump],
  );

  // The hint follows our own flag: react-dropzone raises its `isDragActive` only once it has read the
  // entering files (asynchronously), which can land after a quick drop and leave the hint up.
  const [isDragging, setIsDragging] = useState(false);
  const lastDropAt = useRef(-1);
  const { getRootProps, getInputProps, open } = useDropzone({
    onDragEnter: (event) => {
      if (event.timeStamp > lastDropAt.current) setIsDragging(true);
    },
    onDragLeave: () => setIsDragging(false),
    onDrop: (accepted) => {
      lastDropAt.current = performance.now(); // the clock of event.timeStamp
      setIsDragging(false);
      uploadFiles(accepted);
    },
    noClick: true,
    noKeyboard: true,
    multiple: true,
    // The server judges every file by its bytes and answers with a message per file; no filter here.
  });

  const value = useMemo<LibraryContextValue>(
    () => ({ uploads, uploadFiles, openPicker: open, dismissUpload: (id) => setUploads((q) => dismissUpload(q, id)) }),
    [uploads, uploadFiles, open],
  );

  return (
    <LibraryContext.Provider value={value}>
      <div {...getRootProps({ className: 'contents' })} data-testid="editor-drop-zone">
        <input {...getInputProps()} data-testid="library-file-input" aria-label="Upload media files" />
        {children}
        {isDragging ? (
          <div className="pointer-events-none fixed inset-0 z-[60] flex items-center justify-center bg-indigo-950/60 ring-4 ring-indigo-400 ring-inset backdrop-blur-[1px]">
            <div className="flex flex-col items-center gap-2 rounded-xl bg-zinc-900/90 px-8 py-6 text-zinc-100 shadow-2xl">
              <UploadIcon width={28} height={28} className="text-indigo-300" />
              <p className="text-sm font-medium">Drop to upload to your media library</p>
              <p className="text-xs text-zinc-400">Video, images, audio and fonts</p>
            </div>
          </div>
        ) : null}
      </div>
    </LibraryContext.Provider>
  );
}
