import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
  type S3Client,
} from '@aws-sdk/client-s3';

export interface UploadInPartsOptions {
  client: S3Client;
  bucket: string;
  key: string;
  body: AsyncIterable<Uint8Array>;
  /** Bytes per part (S3: at least 5 MiB, except the last). */
  partSize: number;
  /** Parts uploading at once. */
  concurrency: number;
}

/**
 * Streams `body` into one S3 object: one PutObject when it fits in a part, else a multipart upload whose
 * parts are copied into `concurrency + 1` buffers allocated once and reused (one filling while the others
 * upload), so an upload of any size holds exactly that much memory and makes no per-part garbage.
 * (lib-storage concatenates each part from the incoming chunks and keeps the remainder as a slice of it:
 * five to six parts’ worth of live and dead buffers per part in flight: lib/storage/storage.test.ts.)
 * Reading waits while every buffer is taken: the body is back-pressured by the uploads.
 * Anything failing (the body, a part) aborts the multipart upload, so no object exists unless all of it
 * arrived; the failure is rethrown, and a failed part stops the reading of the body at its next chunk. (The caller counts the bytes: s3-storage's put.)
 */
export async function uploadInParts({ client, bucket: Bucket, key: Key, body, partSize, concurrency }: UploadInPartsOptions): Promise<void> {
  const free: Buffer[] = [];
  const inFlight = new Set<Promise<void>>();
  const parts: CompletedPart[] = [];
  let nextPart = 1;
  let uploadId: string | undefined;
  let failure: { error: unknown } | undefined;

  /** Uploads `buffer[0, length)` as the next part once a slot is free; the buffer returns to the pool when sent. */
  const sendPart = async (buffer: Buffer, length: number) => {
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure) throw failure.error;
    uploadId ??= (await client.send(new CreateMultipartUploadCommand({ Bucket, Key }))).UploadId;
    if (!uploadId) throw new Error('S3 answered CreateMultipartUpload without an UploadId');
    const PartNumber = nextPart++;
    const sending: Promise<void> = client
      .send(new UploadPartCommand({ Bucket, Key, UploadId: uploadId, PartNumber, Body: buffer.subarray(0, length), ContentLength: length }))
      .then((res) => {
        if (!res.ETag) throw new Error(`S3 answered part ${PartNumber} without an ETag`);
        parts.push({ PartNumber, ETag: res.ETag });
      })
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => {
        inFlight.delete(sending);
        free.push(buffer);
      });
    inFlight.add(sending);
  };

  // At most `concurrency` buffers uploading and one filling.
  let buffer: Buffer = Buffer.allocUnsafe(partSize);
  let filled = 0;
  try {
    for await (const chunk of body) {
      // A part that failed ends the upload at the next chunk, not when the next part is full.
      if (failure) throw failure.error;
      let at = 0;
      while (at < chunk.byteLength) {
        const n = Math.min(partSize - filled, chunk.byteLength - at);
        buffer.set(chunk.subarray(at, at + n), filled);
        filled += n;
        at += n;
        if (filled === partSize) {
          await sendPart(buffer, filled);
          buffer = free.pop() ?? Buffer.allocUnsafe(partSize);
          filled = 0;
        }
      }
    }
    if (uploadId === undefined) {
      // It fitted in one part: a plain PutObject (an empty body too).
      await client.send(new PutObjectCommand({ Bucket, Key, Body: buffer.subarray(0, filled), ContentLength: filled }));
      return;
    }
    if (filled > 0) await sendPart(buffer, filled);
    await Promise.all(inFlight);
    if (failure) throw failure.error;
    parts.sort((a, b) => a.PartNumber! - b.PartNumber!);
    await client.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId: uploadId, MultipartUpload: { Parts: parts } }));
  } catch (error) {
    await Promise.allSettled(inFlight);
    if (uploadId !== undefined) await client.send(new AbortMultipartUploadCommand({ Bucket, Key, UploadId: uploadId })).catch(() => {});
    throw error;
  }
}
