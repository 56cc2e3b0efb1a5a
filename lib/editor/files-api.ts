import { errorResponse } from '../contract';
import { ApiRequestError, requestJson } from './api-client';
import { parseLibraryFile, type LibraryFile } from './library-file';

/**
 * The media library's calls: list and delete through `/api/v1/files`, upload through
 * `/api/v1/upload` with XMLHttpRequest (fetch cannot report upload progress). Same-origin, the
 * session cookie authenticates. One file per request: the API is all-or-nothing per request, and a
 * person dropping ten files wants the nine good ones even when one is refused.
 */

const PAGE_LIMIT = 100;

interface FilesPage {
  files?: unknown[];
  pagination?: { total?: number };
}

/** Every file of the caller's library, newest first (the API's order), in pages of 100. */
export async function listLibraryFiles(signal?: AbortSignal): Promise<LibraryFile[]> {
  const files: LibraryFile[] = [];
  for (let page = 1; page <= 50; page++) {
    const body = await requestJson<FilesPage>(`/api/v1/files?page=${page}&limit=${PAGE_LIMIT}`, { method: 'GET', signal, cache: 'no-store' });
    const items = Array.isArray(body.files) ? body.files : [];
    for (const raw of items) {
      const file = parseLibraryFile(raw);
      if (file) files.push(file);
    }
    const total = body.pagination?.total ?? 0;
    if (items.length < PAGE_LIMIT || page * PAGE_LIMIT >= total) break;
  }
  return files;
}

/** `DELETE /api/v1/files/:fileId`. */
export async function deleteLibraryFile(fileId: string): Promise<void> {
  await requestJson(`/api/v1/files/${encodeURIComponent(fileId)}`, { method: 'DELETE' });
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/** The part of XMLHttpRequest an upload uses (injectable for tests). */
export interface UploadXhr {
  open(method: string, url: string): void;
  send(body: FormData): void;
  abort(): void;
  setRequestHeader(name: string, value: string): void;
  withCredentials: boolean;
  readonly status: number;
  readonly responseText: string;
  readonly upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export interface UploadOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  createXhr?: () => UploadXhr;
}

/** Reads the API's answer to an upload: the stored file, or an `ApiRequestError` with the server's message. */
export function readUploadResponse(status: number, text: string): LibraryFile {
  let body: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(text);
    body = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
  } catch {
    body = null;
  }
  if (status < 200 || status >= 300 || !body || body.success === false) {
    const message =
      typeof body?.error === 'string'
        ? body.error
        : status === 413
          ? 'The file is too large.'
          : status === 401
            ? 'Your session has expired. Sign in again.'
            : `Upload failed (${status || 'no answer'}).`;
    // The server's error in the contract's shape (lib/contract), else the bare HTTP status.
    const error = errorResponse.safeParse(body);
    const code = error.success ? error.data.code : (`HTTP_${status}` as const);
    throw new ApiRequestError(message, { code, status, details: error.success ? error.data.details : undefined });
  }
  const assets = Array.isArray(body.assets) ? body.assets : [];
  const file = parseLibraryFile(assets[0]);
  if (!file) throw new ApiRequestError('The server did not return the uploaded file.', { code: 'UPLOAD_FAILED', status });
  return file;
}

/** Uploads one file as `file` in multipart/form-data, reporting bytes sent as they go. */
export function uploadLibraryFile(file: Blob & { name?: string }, options: UploadOptions = {}): Promise<LibraryFile> {
  return new Promise((resolve, reject) => {
    const xhr = options.createXhr ? options.createXhr() : (new XMLHttpRequest() as unknown as UploadXhr);
    const form = new FormData();
    form.append('file', file, file.name ?? 'upload');
    const onAbortSignal = () => xhr.abort();
    const done = () => options.signal?.removeEventListener('abort', onAbortSignal);
    xhr.open('POST', '/api/v1/upload');
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : file.size;
      options.onProgress?.({ loaded: Math.min(event.loaded, total), total });
    };
    xhr.onload = () => {
      done();
      try {
        resolve(readUploadResponse(xhr.status, xhr.responseText));
      } catch (err) {
        reject(err);
      }
    };
    xhr.onerror = () => {
      done();
      reject(new ApiRequestError('Network error: the upload did not reach the server. Try again.', { code: 'NETWORK_ERROR', status: 0 }));
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('Upload cancelled', 'AbortError'));
    };
    options.signal?.addEventListener('abort', onAbortSignal);
    xhr.send(form);
  });
}
