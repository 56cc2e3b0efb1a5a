import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { SizeLimitError } from '../../storage';
import { getStorage } from '../get-storage';
import { lockAccount } from '../accounts/lock-account-sql';
import { db } from '../db/client';
import type { File as FileRecord, Prisma } from '../db/generated/client';
import { ApiError } from '../errors';
import { judgeUpload, SNIFF_BYTES, type SniffedMedia } from './file-sniff';
import { newFileId } from '../ids';
import { getSettings } from '../../config';
import { getStorageUsage, usedBytes } from './quota';
import { Chunks, RequestBodyError, cleanFileName, discard, headThenRest, readHead } from './multipart';
import { enqueueFileJobs } from './file-jobs';
import { readSanitizedSvg } from './read-sanitized-svg';

/** Multipart fields that carry uploads: the reference's `file` and `files`, and the common `files[]` spelling. */
const fileFields = new Set(['file', 'files', 'files[]']);
/** Files accepted in one request. */
export const MAX_FILES_PER_UPLOAD = 50;
/**
 * Once an upload has failed, the rest of the request body is read and discarded (so the client gets the
 * answer instead of a reset connection), but no more than this: past it the connection is cut.
 */
const DISCARD_LIMIT_BYTES = 64 * 1024 ** 2;

export type UploadBody = ReadableStream<Uint8Array> | WebReadableStream<Uint8Array> | Readable;

export interface UploadInput {
  userId: string;
  /** The raw multipart request body: streamed, never buffered whole. */
  body: UploadBody | null;
  contentType: string | null;
  /** Files accepted in this request (default MAX_FILES_PER_UPLOAD). */
  maxFiles?: number;
  /** What a caller building on uploads (the asset API) does with the form, between storing and recording. */
  hooks?: UploadHooks;
}

/** A file of the request, stored but not yet recorded. */
export interface StoredUpload {
  id: string;
  key: string;
  name: string;
  media: SniffedMedia;
  size: number;
  createdAt: Date;
}

export interface UploadHooks {
  /**
   * Called once the whole body is read and the files are stored, with the form's text fields (the last value
   * of each name); throwing refuses the upload (the stored bytes are removed, nothing is recorded).
   */
  beforeRecord?: (fields: Record<string, string>, files: readonly StoredUpload[]) => Promise<void>;
  /** Inside the transaction that records the files: more rows for them (an asset). */
  inRecordTransaction?: (tx: Prisma.TransactionClient, files: readonly StoredUpload[]) => Promise<void>;
  /** The processing jobs' priority (0 low, 1 normal, 2 high; default 1). */
  jobPriority?: number;
}

const formatBytes = (n: number) =>
  n >= 1024 ** 3 ? `${+(n / 1024 ** 3).toFixed(2)} GB` : n >= 1024 ** 2 ? `${+(n / 1024 ** 2).toFixed(2)} MB` : `${n} bytes`;

function storageKey(userId: string, fileId: string, ext: string, now: Date): string {
  const yyyy = String(now.getUTCFullYear());
  const mm = String(now.getUTCMonth() + 1).padStart(2, '0');
  return `uploads/${userId}/${yyyy}/${mm}/${fileId}.${ext}`;
}

const noFiles = () =>
  new ApiError('NO_FILES', 'No files provided. Send multipart/form-data with a "file" or "files" field.');

function overQuota(name: string, limit: number, used: number) {
  return new ApiError('STORAGE_LIMIT_EXCEEDED', `Storage quota exceeded: "${name}" does not fit in your plan's ${formatBytes(limit)}.`, {
    file: name,
    limit,
    used,
  });
}

/**
 * Streams every file of a multipart upload into storage and records them, all or nothing: when any
 * file is refused (wrong type, too large, over quota) or storage fails, the files this request already
 * wrote are removed and no record is created.
 *
 * Each part is judged by its first bytes before anything is written; its size is capped by the smaller
 * of MAX_UPLOAD_BYTES (FILE_TOO_LARGE) and the space left in the plan (STORAGE_LIMIT_EXCEEDED), counting
 * the files before it in the same request. The quota is checked again, in a transaction, when the
 * records are created, so concurrent uploads cannot together exceed it.
 */
export async function uploadFiles(input: UploadInput): Promise<FileRecord[]> {
  const contentType = input.contentType ?? '';
  if (!input.body || !/^multipart\/form-data\s*;/i.test(contentType)) throw noFiles();

  const { used, limit } = await getStorageUsage(input.userId);
  const maxFiles = input.maxFiles ?? MAX_FILES_PER_UPLOAD;
  const fields: Record<string, string> = {};
  const maxFileBytes = getSettings().maxUploadBytes;
  const storage = getStorage();

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      defParamCharset: 'utf8', // browsers send file names as raw UTF-8
      fileHwm: 256 * 1024,
      limits: { files: maxFiles, fields: 100, fieldSize: 64 * 1024, parts: maxFiles + 100 },
    });
  } catch {
    throw new ApiError('INVALID_REQUEST', 'Malformed multipart/form-data request: no boundary.');
  }

  const stored: StoredUpload[] = [];
  // An object, not a `let`: it is set from callbacks, and TypeScript would otherwise narrow it to null here.
  const state: { failure: ApiError | null } = { failure: null };
  const fail = (err: ApiError) => {
    state.failure ??= err;
  };
  const storedBytes = () => stored.reduce((n, s) => n + s.size, 0);
  let lastCreatedAt = 0;

  async function storeOne(chunks: Chunks, info: busboy.FileInfo): Promise<void> {
    const clientName = cleanFileName(info.filename);
    const label = clientName || 'unnamed file';
    const head = await readHead(chunks, SNIFF_BYTES);
    const verdict = await judgeUpload(head, info.mimeType, label);
    if (!verdict.ok) {
      throw new ApiError('UNSUPPORTED_FILE_TYPE', `${verdict.reason} Accepted: image/*, video/*, audio/*, fonts (TTF, OTF, WOFF, WOFF2), 3D models (GLB).`, {
        file: label,
        declaredMimeType: info.mimeType,
      });
    }
    const { media } = verdict;
    const id = newFileId();
    const now = new Date(Math.max(Date.now(), lastCreatedAt + 1)); // strictly increasing: newest first stays exact
    lastCreatedAt = now.getTime();
    const key = storageKey(input.userId, id, media.ext, now);
    const spaceLeft = Math.max(0, limit - used - storedBytes());
    let size: number;
    try {
      const rest = headThenRest(head, chunks);
      const body = media.mimeType === 'image/svg+xml' ? Readable.from([await readSanitizedSvg(rest, label)]) : Readable.from(rest);
      size = await storage.put(key, body, { maxBytes: Math.min(maxFileBytes, spaceLeft) });
    } catch (err) {
      if (err instanceof SizeLimitError) {
        if (maxFileBytes <= spaceLeft) {
          throw new ApiError('FILE_TOO_LARGE', `File "${label}" is larger than the ${formatBytes(maxFileBytes)} limit.`, {
            file: label,
            maxBytes: maxFileBytes,
          });
        }
        throw overQuota(label, limit, used);
      }
      throw err;
    }
    stored.push({ id, key, name: clientName || `${id}.${media.ext}`, media, size, createdAt: now });
  }

  // Parts arrive one after another; each is handled in turn, so sizes and quota add up in order.
  let queue: Promise<void> = Promise.resolve();
  parser.on('file', (field, stream, info) => {
    if (!fileFields.has(field)) {
      stream.resume();
      return;
    }
    const chunks = stream[Symbol.asyncIterator]() as Chunks;
    queue = queue.then(async () => {
      try {
        if (!state.failure) await storeOne(chunks, info);
      } catch (err) {
        fail(toUploadError(err));
      } finally {
        await discard(chunks);
      }
    });
  });
  parser.on('field', (name, value, info) => {
    if (info.valueTruncated) fail(new ApiError('INVALID_REQUEST', `Form field "${name}" is longer than 64 KB.`));
    else fields[name] = value;
  });
  parser.on('filesLimit', () => fail(new ApiError('INVALID_REQUEST', `Too many files: at most ${maxFiles} per upload.`)));
  parser.on('partsLimit', () => fail(new ApiError('INVALID_REQUEST', 'Too many form fields.')));
  parser.on('fieldsLimit', () => fail(new ApiError('INVALID_REQUEST', 'Too many form fields.')));

  let discarded = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      if (state.failure) {
        discarded += chunk.length;
        if (discarded > DISCARD_LIMIT_BYTES) return cb(new Error('upload refused; not reading the rest'));
      }
      cb(null, chunk);
    },
  });
  const source = input.body instanceof Readable ? input.body : Readable.fromWeb(input.body as WebReadableStream<Uint8Array>);
  try {
    await pipeline(source, meter, parser);
  } catch (err) {
    if (!state.failure) {
      console.warn('[upload] request body failed', err);
      fail(new ApiError('INVALID_REQUEST', 'The upload was interrupted or is not valid multipart/form-data.'));
    }
  }
  await queue;

  if (state.failure) {
    await removeStored(stored);
    throw state.failure;
  }
  if (stored.length === 0) throw noFiles();
  try {
    await input.hooks?.beforeRecord?.(fields, stored);
  } catch (err) {
    await removeStored(stored);
    throw err;
  }
  // Fonts and models need no probing or derivatives (no ffprobe for them): usable at once.
  const isReadyAsStored = (s: StoredUpload) => s.media.category === 'font' || s.media.category === 'model';
  const processed = stored.filter((s) => !isReadyAsStored(s));

  try {
    await db.$transaction(async (tx) => {
      await lockAccount(tx, input.userId); // concurrent uploads of the account check the quota one at a time
      const usedNow = await usedBytes(tx, input.userId);
      if (usedNow + storedBytes() > limit) throw overQuota(stored.at(-1)?.name ?? 'upload', limit, usedNow);
      await tx.file.createMany({
        data: stored.map((s) => ({
          id: s.id,
          userId: input.userId,
          name: s.name,
          key: s.key,
          type: s.media.category,
          mimeType: s.media.mimeType,
          size: s.size,
          createdAt: s.createdAt,
          ...(isReadyAsStored(s) ? { status: 'ready' } : {}),
        })),
      });
      await tx.fileJob.createMany({ data: processed.map((s) => ({ id: s.id, fileId: s.id, priority: input.hooks?.jobPriority ?? 1 })) });
      await input.hooks?.inRecordTransaction?.(tx, stored);
    });
  } catch (err) {
    await removeStored(stored);
    throw toUploadError(err);
  }
  await enqueueFileJobs(processed.map((s) => s.id));
  return db.file.findMany({ where: { id: { in: stored.map((s) => s.id) } }, orderBy: { createdAt: 'asc' } });
}

function toUploadError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof RequestBodyError) {
    return new ApiError('INVALID_REQUEST', 'The upload was interrupted or is not valid multipart/form-data.');
  }
  console.error('[upload] storage failed', err);
  return new ApiError('UPLOAD_FAILED', 'Upload failed: the file could not be stored. Try again.');
}

async function removeStored(stored: StoredUpload[]) {
  const storage = getStorage();
  await Promise.all(
    stored.map((s) => storage.remove(s.key).catch((err: unknown) => console.error('[upload] could not remove', s.key, err))),
  );
}
