import type { HttpClient, RequestOptions } from '../http.js';
import { filePart, multipartBody, type UploadFile, type UploadSource } from '../multipart.js';
import type { FileDeletedResponse, FileListResponse, FileResponse, ListFilesQuery, UploadResponse } from '../types.js';
import { pollUntil, type WaitOptions } from '../wait.js';

const asUploadFile = (f: UploadSource | UploadFile): UploadFile =>
  typeof f === 'object' && f !== null && 'file' in f && !(f instanceof Uint8Array) ? (f as UploadFile) : { file: f as UploadSource };

const filePath = (fileId: string) => `/files/${encodeURIComponent(fileId)}`;

/** Your file library: `/api/v1/upload` and `/api/v1/files`. */
export class Files {
  constructor(private readonly http: HttpClient) {}

  /**
   * Uploads one file: a path, a Buffer, a Blob or a stream (then with `{ file, name, mimeType, size? }`).
   * The server accepts it by its bytes (image, video, audio, font) and processes it in the background
   * (see `waitForProcessing`).
   */
  async upload(file: UploadSource | UploadFile, options?: RequestOptions): Promise<UploadResponse> {
    const body = multipartBody([await filePart('file', asUploadFile(file))]);
    return this.http.request({ method: 'POST', path: '/upload', multipart: body, options });
  }

  /** Uploads several files in one request (all or nothing). */
  async uploadMany(files: (UploadSource | UploadFile)[], options?: RequestOptions): Promise<UploadResponse> {
    const parts = await Promise.all(files.map((f) => filePart('files', asUploadFile(f))));
    return this.http.request({ method: 'POST', path: '/upload', multipart: multipartBody(parts), options });
  }

  list(query: ListFilesQuery = {}, options?: RequestOptions): Promise<FileListResponse> {
    return this.http.request({ method: 'GET', path: '/files', query: { ...query }, options });
  }

  /** One file with its processing status, probed values and derivatives. */
  get(fileId: string, options?: RequestOptions): Promise<FileResponse> {
    return this.http.request({ method: 'GET', path: filePath(fileId), options });
  }

  /** Deletes the file, its derivatives and its bytes. */
  delete(fileId: string, options?: RequestOptions): Promise<FileDeletedResponse> {
    return this.http.request({ method: 'DELETE', path: filePath(fileId), options });
  }

  /** Polls a file until its processing is over (`ready` or `failed`). */
  waitForProcessing(fileId: string, opts: WaitOptions = {}): Promise<FileResponse> {
    return pollUntil(`processing of ${fileId}`, () => this.get(fileId, { signal: opts.signal }), (r) => r.file.status !== 'processing', opts);
  }
}
