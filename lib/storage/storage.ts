import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';

/**
 * Where bytes live. Keys are slash-separated relative paths (`uploads/usr_x/asset_y.png`).
 * Local disk under DATA_DIR/files now; an S3-compatible store can implement the same interface.
 */
export interface Storage {
  /** Streams `body` to `key`; never holds the whole object in memory. Returns bytes written. */
  put(key: string, body: Readable, opts?: { maxBytes?: number }): Promise<number>;
  stat(key: string): Promise<{ size: number; mtime: Date } | null>;
  read(key: string, range?: { start: number; end: number }): Readable;
  /** A local filesystem path for tools that need one (ffmpeg, the renderer). */
  localPath(key: string): string;
  remove(key: string): Promise<void>;
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
    localPath(key) {
      return safeJoin(base, key);
    },
    async remove(key) {
      await fsp.rm(safeJoin(base, key), { force: true });
    },
    async removePrefix(prefix) {
      await fsp.rm(safeJoin(base, prefix), { recursive: true, force: true });
    },
  };
}
