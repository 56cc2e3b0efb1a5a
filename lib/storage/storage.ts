import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

/**
 * Where bytes live. Keys are slash-separated relative paths (`uploads/usr_x/asset_y.png`).
 * Local disk under DATA_DIR/files (this file), or an S3-compatible bucket (s3-storage.ts); docs/storage.md.
 */
export interface Storage {
  /**
   * Streams `body` to `key`, all or nothing: never holds the whole object in memory, and past
   * `maxBytes` fails with SizeLimitError leaving no object behind. Returns bytes written.
   */
  put(key: string, body: Readable, opts?: { maxBytes?: number }): Promise<number>;
  stat(key: string): Promise<{ size: number; mtime: Date } | null>;
  /** The object's bytes, or `start…end` of them (both inclusive); the stream errors if there is no object. */
  read(key: string, range?: { start: number; end: number }): Readable;
  /**
   * Runs `fn` with a path on this machine holding the object, for tools that need a file (ffmpeg):
   * the stored file itself on local disk, a temporary download elsewhere, removed once `fn` settles.
   * `fn` must only read the file.
   */
  withLocalFile<T>(key: string, fn: (file: string) => Promise<T>): Promise<T>;
  /**
   * A short-lived URL from which a client can GET the object itself (S3 presigned), or null when the
   * storage has none (local disk: the app serves the bytes).
   */
  presignedUrl(key: string, opts: { expiresInSeconds: number; contentType?: string; contentDisposition?: string }): Promise<string | null>;
  remove(key: string): Promise<void>;
  /** Removes every object under the folder `prefix` (`renders/t1` spares `renders/t10`). */
  removePrefix(prefix: string): Promise<void>;
}

export class SizeLimitError extends Error {
  constructor(readonly limit: number) {
    super(`Object exceeds ${limit} bytes`);
  }
}

function safeJoin(root: string, key: string): string {
  const full = path.resolve(root, key);
  if (!full.startsWith(root + path.sep)) throw new Error(`Invalid storage key: ${key}`);
  return full;
}

export function createLocalStorage(root: string): Storage {
  const base = path.resolve(root);
  return {
    async put(key, body, opts) {
      const file = safeJoin(base, key);
      await fsp.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.part-${process.pid}-${Date.now()}`;
      let written = 0;
      const max = opts?.maxBytes;
      body.on('data', (chunk: Buffer) => {
        written += chunk.length;
        if (max !== undefined && written > max) body.destroy(new SizeLimitError(max));
      });
      try {
        await pipeline(body, fs.createWriteStream(tmp));
        await fsp.rename(tmp, file);
      } catch (err) {
        await fsp.rm(tmp, { force: true });
        throw err;
      }
      return written;
    },
    async stat(key) {
      try {
        const s = await fsp.stat(safeJoin(base, key));
        return s.isFile() ? { size: s.size, mtime: s.mtime } : null;
      } catch {
        return null;
      }
    },
    read(key, range) {
      return fs.createReadStream(safeJoin(base, key), range ? { start: range.start, end: range.end } : undefined);
    },
    async withLocalFile(key, fn) {
      const file = safeJoin(base, key);
      await fsp.access(file); // no object: the same failure as a download's
      return fn(file);
    },
    async presignedUrl() {
      return null;
    },
    async remove(key) {
      await fsp.rm(safeJoin(base, key), { force: true });
    },
    async removePrefix(prefix) {
      await fsp.rm(safeJoin(base, prefix), { recursive: true, force: true });
    },
  };
}
