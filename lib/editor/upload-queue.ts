/**
 * The uploads in flight, as a plain immutable list the library panel draws: each file goes
 * uploading (bytes sent / total) → processing (stored; the server makes thumbnails etc.) → done
 * (its tile is in the library), or failed with the server's message. Pure functions, tested headless.
 */

export type UploadStatus = 'uploading' | 'processing' | 'done' | 'failed';

export interface UploadItem {
  /** Local id (not the file's server id). */
  id: string;
  name: string;
  size: number;
  loaded: number;
  status: UploadStatus;
  error: string | null;
  /** The library file once stored. */
  fileId: string | null;
}

export type UploadQueue = readonly UploadItem[];

export function enqueueUploads(queue: UploadQueue, files: readonly { id: string; name: string; size: number }[]): UploadQueue {
  return [...queue, ...files.map((f) => ({ id: f.id, name: f.name, size: f.size, loaded: 0, status: 'uploading' as const, error: null, fileId: null }))];
}

function update(queue: UploadQueue, id: string, change: (item: UploadItem) => UploadItem): UploadQueue {
  let changed = false;
  const next = queue.map((item) => {
    if (item.id !== id) return item;
    const updated = change(item);
    if (updated !== item) changed = true;
    return updated;
  });
  return changed ? next : queue;
}

export function uploadProgressed(queue: UploadQueue, id: string, loaded: number, total: number): UploadQueue {
  return update(queue, id, (item) =>
    item.status !== 'uploading' || (item.loaded === loaded && item.size === total) ? item : { ...item, loaded, size: total || item.size },
  );
}

/** Stored: processing while the server says so, else done. */
export function uploadStored(queue: UploadQueue, id: string, file: { id: string; status: string }): UploadQueue {
  return update(queue, id, (item) => ({
    ...item,
    loaded: item.size,
    fileId: file.id,
    status: file.status === 'processing' ? 'processing' : file.status === 'failed' ? 'failed' : 'done',
  }));
}

export function uploadFailed(queue: UploadQueue, id: string, message: string): UploadQueue {
  return update(queue, id, (item) => ({ ...item, status: 'failed', error: message }));
}

/** Marks processing items done (or failed) once the library lists their file as ready (failed). */
export function syncWithLibrary(queue: UploadQueue, files: readonly { id: string; status: string; error: string | null }[]): UploadQueue {
  const byId = new Map(files.map((f) => [f.id, f]));
  let next = queue;
  for (const item of queue) {
    if (item.status !== 'processing' || !item.fileId) continue;
    const file = byId.get(item.fileId);
    if (!file || file.status === 'processing') continue;
    next =
      file.status === 'failed'
        ? uploadFailed(next, item.id, file.error ?? 'The file could not be processed.')
        : update(next, item.id, (i) => ({ ...i, status: 'done' }));
  }
  return next;
}

/** What stays visible in the list: everything not done (done files show as tiles instead). */
export function visibleUploads(queue: UploadQueue): UploadItem[] {
  return queue.filter((item) => item.status !== 'done');
}

export function dismissUpload(queue: UploadQueue, id: string): UploadQueue {
  const next = queue.filter((item) => item.id !== id);
  return next.length === queue.length ? queue : next;
}

/** 0–1 share of bytes sent. */
export function uploadFraction(item: UploadItem): number {
  if (item.status !== 'uploading') return 1;
  return item.size > 0 ? Math.min(1, item.loaded / item.size) : 0;
}
