import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { SizeLimitError, type Storage } from './storage';
import { uploadInParts } from './upload-in-parts';

/** What an S3-compatible store needs; lib/config's S3 settings, handed in by the server. */
export interface S3StorageOptions {
  bucket: string;
  /** Prefix of every key in the bucket, no slashes at either end ('' = none). */
  prefix: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Multipart part size (at least 5 MiB); a put holds at most partSizeBytes × uploadConcurrency. */
  partSizeBytes: number;
  uploadConcurrency: number;
  /** Folder for withLocalFile's downloads. */
  tmpDir: string;
}

function checkKey(key: string): string {
  const parts = key.split('/');
  if (key === '' || parts.some((p) => p === '' || p === '.' || p === '..') || key.includes('\\')) {
    throw new Error(`Invalid storage key: ${key}`);
  }
  return key;
}

const isNotFound = (err: unknown) =>
  err instanceof S3ServiceException && (err.$metadata.httpStatusCode === 404 || err.name === 'NotFound' || err.name === 'NoSuchKey');

/** Skips `skip` bytes, then passes `length` bytes and drops the rest. */
function sliceOf(skip: number, length: number): Transform {
  let toSkip = skip;
  let left = length;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      if (toSkip >= chunk.length) {
        toSkip -= chunk.length;
        return cb();
      }
      const part = chunk.subarray(toSkip, toSkip + left);
      toSkip = 0;
      left -= part.length;
      cb(null, part.length ? part : undefined);
    },
  });
}

/** Objects under `prefix` in an S3-compatible bucket, through the AWS SDK (docs/storage.md). */
export function createS3Storage(opts: S3StorageOptions): Storage {
  const client = new S3Client({
    region: opts.region,
    endpoint: opts.endpoint,
    forcePathStyle: opts.forcePathStyle,
    credentials: opts.credentials,
    // Checksums only where S3 requires them: many S3-compatible servers do not understand the
    // aws-chunked bodies the SDK sends by default, and TLS already guards the bytes in transit.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = opts.bucket;
  const objectKey = (key: string) => (opts.prefix ? `${opts.prefix}/${checkKey(key)}` : checkKey(key));

  async function deleteKeys(keys: string[]) {
    // DeleteObjects takes at most 1000 keys.
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000);
      const res = await client.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
      const failed = res.Errors?.filter((e) => e.Code !== 'NoSuchKey') ?? [];
      if (failed.length) throw new Error(`S3 could not delete ${failed.length} object(s), e.g. ${failed[0]!.Key}: ${failed[0]!.Message}`);
    }
  }

  function read(key: string, range?: { start: number; end: number }): Readable {
    const out = new PassThrough();
    const abort = new AbortController();
    // A reader that goes away (a browser seeking elsewhere) ends the GET too.
    out.once('close', () => abort.abort());
    client
      .send(new GetObjectCommand({ Bucket, Key: objectKey(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }), {
        abortSignal: abort.signal,
      })
      .then((res) => {
        const body = res.Body as Readable;
        if (!range) return pipeline(body, out);
        // Exactly the bytes asked for, even from a server that answers a range with more (or the whole object).
        return pipeline(body, sliceOf(res.ContentRange ? 0 : range.start, range.end - range.start + 1), out);
      })
      .catch((err: unknown) => out.destroy(err as Error));
    return out;
  }

  return {
    async put(key, body, putOpts) {
      const max = putOpts?.maxBytes;
      let written = 0;
      // The first failure of the body (its own, or the size limit): what put reports, whatever
      // aborting the multipart upload afterwards says.
      let bodyError: unknown;
      const counter = new Transform({
        transform(chunk: Buffer, _enc, cb) {
          written += chunk.length;
          if (max !== undefined && written > max) return cb((bodyError ??= new SizeLimitError(max)) as Error);
          cb(null, chunk);
        },
      });
      const fed = pipeline(body, counter).catch((err: unknown) => {
        // The upload stopping early (a part failed) closes `counter` under the pipeline: not the body's fault.
        if ((err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') bodyError ??= err;
      });
      try {
        await uploadInParts({ client, bucket: Bucket, key: objectKey(key), body: counter, partSize: opts.partSizeBytes, concurrency: opts.uploadConcurrency });
      } catch (err) {
        await fed;
        throw bodyError ?? err;
      }
      await fed;
      if (bodyError) {
        // Cannot happen (the upload read an ended body), but an object from a failed body must not stay.
        await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) })).catch(() => {});
        throw bodyError;
      }
      return written;
    },
    async stat(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
        return { size: head.ContentLength ?? 0, mtime: head.LastModified ?? new Date(0) };
      } catch (err) {
        if (isNotFound(err)) return null;
        throw err;
      }
    },
    read,
    async withLocalFile(key, fn) {
      await fsp.mkdir(opts.tmpDir, { recursive: true });
      const dir = await fsp.mkdtemp(path.join(opts.tmpDir, 'dl-'));
      // The key's extension kept: tools (ffmpeg's demuxer probe, image decoders) look at it.
      const file = path.join(dir, `object${path.extname(key)}`);
      try {
        await pipeline(read(key), fs.createWriteStream(file));
        return await fn(file);
      } finally {
        await fsp.rm(dir, { recursive: true, force: true });
      }
    },
    async presignedUrl(key, signOpts) {
      return getSignedUrl(
        client,
        new GetObjectCommand({
          Bucket,
          Key: objectKey(key),
          ResponseContentType: signOpts.contentType,
          ResponseContentDisposition: signOpts.contentDisposition,
        }),
        { expiresIn: signOpts.expiresInSeconds },
      );
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
    async removePrefix(prefix) {
      const folder = `${objectKey(prefix.replace(/\/+$/, ''))}/`;
      // Each round lists what is left from the start (deleted objects are gone from the listing), so a
      // failed batch is simply retried with the next round.
      for (let failures = 0; ; ) {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: folder }));
        const keys = (page.Contents ?? []).map((o) => o.Key!).filter(Boolean);
        if (keys.length === 0) return;
        try {
          await deleteKeys(keys);
        } catch (err) {
          if (++failures >= 5) throw err;
        }
      }
    },
  };
}
