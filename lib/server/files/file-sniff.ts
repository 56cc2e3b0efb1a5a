import { fileTypeFromBuffer } from 'file-type';
import { mediaCategories, type MediaCategory } from '../../contract';

/** How many leading bytes are enough to recognise a file (file-type wants ~4 KB; SVG prologs can be longer). */
export const SNIFF_BYTES = 8192;

/** What the bytes really are. */
export interface SniffedMedia {
  category: MediaCategory;
  /** Canonical MIME type, without parameters. */
  mimeType: string;
  /** Extension for the storage key, without the dot. */
  ext: string;
}

/** The verdict on one upload: accepted as `media`, or refused with a reason a person can act on. */
export type MediaVerdict = { ok: true; media: SniffedMedia } | { ok: false; reason: string };

/**
 * Containers that hold either sound or pictures: the bytes alone do not say which, so the declared
 * category decides (an `.m4a` is an MP4 with only an audio track). Per family, the MIME type and
 * extension to use for each category.
 */
const containerFamilies: { mimes: string[]; video: [string, string]; audio: [string, string] }[] = [
  {
    mimes: ['video/mp4', 'audio/mp4', 'audio/x-m4a', 'video/x-m4v', 'video/quicktime', 'video/3gpp', 'video/3gpp2'],
    video: ['video/mp4', 'mp4'],
    audio: ['audio/mp4', 'm4a'],
  },
  { mimes: ['video/webm', 'audio/webm'], video: ['video/webm', 'webm'], audio: ['audio/webm', 'webm'] },
  { mimes: ['video/matroska', 'video/x-matroska', 'audio/x-matroska'], video: ['video/x-matroska', 'mkv'], audio: ['audio/x-matroska', 'mka'] },
  { mimes: ['video/ogg', 'audio/ogg', 'application/ogg'], video: ['video/ogg', 'ogv'], audio: ['audio/ogg', 'ogg'] },
  { mimes: ['video/x-ms-asf', 'audio/x-ms-asf'], video: ['video/x-ms-asf', 'asf'], audio: ['audio/x-ms-asf', 'asf'] },
];

/** Declared types that claim nothing (what curl and `new Blob([bytes])` send when they do not know). */
const undeclared = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** `Image/PNG; charset=x` → `image/png`. */
export function baseMimeType(mime: string | null | undefined): string {
  return (mime ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Font types browsers and servers still send under `application/` (the pre-2017 spellings). */
const legacyFontMimes = /^application\/(x-)?font-(ttf|truetype|otf|opentype|woff2?|sfnt)$|^application\/vnd\.ms-opentype$/;

export function categoryOf(mime: string): MediaCategory | null {
  const base = baseMimeType(mime);
  if (legacyFontMimes.test(base)) return 'font';
  const prefix = base.split('/')[0];
  return mediaCategories.find((c) => c === prefix) ?? null;
}

const svgPattern =
  /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+svg[^[>]*(?:\[[\s\S]*?\])?\s*>)*<svg[\s>/]/i;

/** SVG is text, so magic numbers do not find it: an optional XML prolog, comments or doctype, then `<svg`. */
export function looksLikeSvg(head: Uint8Array): boolean {
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\u0000')) return false;
  return svgPattern.test(text);
}

/** Identifies image, video, audio, font or 3D model (GLB) content from its first bytes (at least {@link SNIFF_BYTES} when the file has them). */
export async function sniffMedia(head: Uint8Array): Promise<SniffedMedia | null> {
  if (head.byteLength === 0) return null;
  if (looksLikeSvg(head)) return { category: 'image', mimeType: 'image/svg+xml', ext: 'svg' };
  // A parser tripping over crafted bytes means "not a file we recognise", not a server error.
  const found = await fileTypeFromBuffer(head).catch(() => undefined);
  if (!found) return null;
  const mimeType = baseMimeType(found.mime);
  const family = containerFamilies.find((f) => f.mimes.includes(mimeType));
  const category = categoryOf(mimeType) ?? (family ? 'video' : null);
  return category ? { category, mimeType, ext: found.ext } : null;
}

/**
 * Accepts a file by what its bytes are: the content must be an image, video, audio or font, and a declared
 * MIME type, when the client sent one, must be in the same category (a PNG sent as `video/mp4` is a lie).
 * `application/octet-stream` declares nothing, so the bytes decide alone: curl sends that for an `.mp4`.
 */
export async function judgeUpload(head: Uint8Array, declaredMime: string | null | undefined, name: string): Promise<MediaVerdict> {
  const declared = baseMimeType(declaredMime);
  if (head.byteLength === 0) return { ok: false, reason: `File "${name}" is empty.` };
  const sniffed = await sniffMedia(head);
  if (!sniffed) {
    return { ok: false, reason: `File "${name}" is not a supported image, video, audio, font or GLB model file.` };
  }
  if (undeclared.has(declared)) return { ok: true, media: sniffed };

  const declaredCategory = categoryOf(declared);
  const family = containerFamilies.find((f) => f.mimes.includes(sniffed.mimeType));
  if (family && (declaredCategory === 'audio' || declaredCategory === 'video')) {
    if (declaredCategory === sniffed.category) return { ok: true, media: sniffed };
    const [mimeType, ext] = family[declaredCategory];
    return { ok: true, media: { category: declaredCategory, mimeType, ext } };
  }
  if (declaredCategory !== sniffed.category) {
    return {
      ok: false,
      reason: `File "${name}" was sent as ${declared} but its content is ${sniffed.mimeType}.`,
    };
  }
  return { ok: true, media: sniffed };
}
