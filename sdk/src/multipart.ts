import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * What can be uploaded: a file path (streamed from disk), bytes (Buffer, Uint8Array, ArrayBuffer), a Blob
 * or File, or a stream (Node Readable or web ReadableStream). Paths, bytes and Blobs are sent with their
 * length and can be retried; a stream is read once, so a call with one is never retried.
 */
export type UploadSource = string | Uint8Array | ArrayBuffer | Blob | Readable | ReadableStream<Uint8Array>;

export interface UploadFile {
  file: UploadSource;
  /** The file name the server keeps (default: the path's base name, a File's name, else "upload"). */
  name?: string;
  /** Declared type (default: from the name's extension, else application/octet-stream; the server judges the bytes anyway). */
  mimeType?: string;
  /** A stream's length in bytes, if known: sent as Content-Length. */
  size?: number;
}

/** A multipart/form-data body that can be (re)opened as a stream. */
export interface MultipartBody {
  contentType: string;
  /** Null when a part is a stream of unknown length (then the body is sent chunked). */
  contentLength: number | null;
  /** False when a part is a one-shot stream. */
  isReplayable: boolean;
  stream: () => ReadableStream<Uint8Array>;
}

interface Part {
  headers: string;
  size: number | null;
  isReplayable: boolean;
  open: () => AsyncIterable<Uint8Array>;
}

const mimeTypes: Record<string, string> = {
  mp4: 'video/mp4', m4v: 'video/mp4', mov: 'video/quicktime', webm: 'video/webm', mkv: 'video/x-matroska',
  mp3: 'audio/mpeg', wav: 'audio/wav', m4a: 'audio/mp4', aac: 'audio/aac', ogg: 'audio/ogg', opus: 'audio/ogg', flac: 'audio/flac',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif',
  svg: 'image/svg+xml', heic: 'image/heic', heif: 'image/heif',
  ttf: 'font/ttf', otf: 'font/otf', woff: 'font/woff', woff2: 'font/woff2',
};

/** A MIME type from a file name's extension; application/octet-stream when unknown. */
export function mimeTypeOf(name: string): string {
  const ext = path.extname(name).slice(1).toLowerCase();
  return mimeTypes[ext] ?? 'application/octet-stream';
}

const encoder = new TextEncoder();
// As browsers and WHATWG FormData encode a name: quotes and line breaks escaped, the rest raw UTF-8.
const quote = (s: string) => s.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

export function fieldPart(name: string, value: string): Part {
  const bytes = encoder.encode(value);
  return {
    headers: `Content-Disposition: form-data; name="${quote(name)}"\r\n\r\n`,
    size: bytes.length,
    isReplayable: true,
    open: async function* () {
      yield bytes;
    },
  };
}

function isNodeReadable(v: unknown): v is Readable {
  return typeof v === 'object' && v !== null && typeof (v as Readable).pipe === 'function' && typeof (v as Readable).read === 'function';
}

/** A file part; a path is stat'ed here (so a missing file fails before anything is sent). */
export async function filePart(field: string, input: UploadFile): Promise<Part> {
  const { file } = input;
  let name = input.name;
  let mimeType = input.mimeType;
  let size: number | null;
  let isReplayable = true;
  let open: () => AsyncIterable<Uint8Array>;
  if (typeof file === 'string') {
    const info = await stat(file);
    if (!info.isFile()) throw new TypeError(`Cutroom: ${file} is not a file`);
    name ??= path.basename(file);
    size = info.size;
    open = () => createReadStream(file);
  } else if (file instanceof Uint8Array || file instanceof ArrayBuffer) {
    const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
    size = bytes.byteLength;
    open = async function* () {
      yield bytes;
    };
  } else if (typeof Blob !== 'undefined' && file instanceof Blob) {
    if (!name && 'name' in file && typeof file.name === 'string' && file.name) name = file.name;
    size = file.size;
    mimeType ??= file.type || undefined;
    open = () => file.stream() as unknown as AsyncIterable<Uint8Array>;
  } else if (isNodeReadable(file) || (typeof ReadableStream !== 'undefined' && file instanceof ReadableStream)) {
    const stream = file as AsyncIterable<Uint8Array>;
    size = input.size ?? null;
    isReplayable = false;
    let isOpened = false;
    open = () => {
      if (isOpened) throw new TypeError('Cutroom: a stream can be uploaded once');
      isOpened = true;
      return stream;
    };
  } else {
    throw new TypeError('Cutroom: file must be a path, a Buffer/Uint8Array/ArrayBuffer, a Blob, or a stream');
  }
  name ||= 'upload';
  mimeType ??= mimeTypeOf(name);
  return {
    headers: `Content-Disposition: form-data; name="${quote(field)}"; filename="${quote(name)}"\r\nContent-Type: ${mimeType}\r\n\r\n`,
    size,
    isReplayable,
    open,
  };
}

/**
 * Joins parts into one multipart/form-data body, streamed (a file is never read into memory whole), with
 * its Content-Length when every part's length is known.
 */
export function multipartBody(parts: Part[]): MultipartBody {
  const boundary = `----cutroom-${randomBytes(12).toString('hex')}`;
  const heads = parts.map((p) => encoder.encode(`--${boundary}\r\n${p.headers}`));
  const crlf = encoder.encode('\r\n');
  const tail = encoder.encode(`--${boundary}--\r\n`);
  const sizes = parts.map((p) => p.size);
  const contentLength = sizes.every((s): s is number => s !== null)
    ? heads.reduce((n, h) => n + h.length, 0) + sizes.reduce((n, s) => n + s, 0) + crlf.length * parts.length + tail.length
    : null;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (const [i, part] of parts.entries()) {
      yield heads[i]!;
      let sent = 0;
      for await (const chunk of part.open()) {
        const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
        sent += bytes.byteLength;
        yield bytes;
      }
      if (part.size !== null && sent !== part.size) throw new Error(`Cutroom: a file part sent ${sent} bytes, ${part.size} were announced`);
      yield crlf;
    }
    yield tail;
  }
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    contentLength,
    isReplayable: parts.every((p) => p.isReplayable),
    stream: () => {
      const it = chunks();
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const next = await it.next();
            if (next.done) controller.close();
            else controller.enqueue(next.value);
          } catch (err) {
            controller.error(err);
          }
        },
        async cancel() {
          await it.return(undefined);
        },
      });
    },
  };
}
