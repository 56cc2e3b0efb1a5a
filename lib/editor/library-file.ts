/**
 * A file of the user's media library as the editor sees it: the fields of `GET /api/v1/files` items
 * (the RenderingVideo reference's plus Cutroom's processing fields). The processing fields are read
 * defensively: a server that does not send them yet yields nulls, and the file counts as ready.
 */

export type LibraryFileType = 'image' | 'video' | 'audio' | 'font' | 'model';
export const libraryFileTypes: readonly LibraryFileType[] = ['image', 'video', 'audio', 'font', 'model'];

export interface Filmstrip {
  /** The sprite: `count` tiles in rows of `columns`. */
  url: string;
  indexUrl: string | null;
  tileWidth: number;
  tileHeight: number;
  columns: number;
  count: number;
  /** Seconds between tiles: tile i shows time min(i × interval, duration). */
  interval: number;
}

export interface LibraryFile {
  id: string;
  name: string;
  /** The original file's URL: what a saved config refers to. */
  url: string;
  type: LibraryFileType;
  mimeType: string;
  size: number;
  createdAt: string;
  status: 'processing' | 'ready' | 'failed';
  error: string | null;
  /** Seconds, for video and audio; null when unknown. */
  duration: number | null;
  width: number | null;
  height: number | null;
  fps: number | null;
  hasAudio: boolean | null;
  thumbnailUrl: string | null;
  posterUrl: string | null;
  waveformUrl: string | null;
  /** A lighter copy for the preview; the saved config keeps `url`. */
  proxyUrl: string | null;
  filmstrip: Filmstrip | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const positive = (v: unknown): number | null => {
  const n = num(v);
  return n !== null && n > 0 ? n : null;
};

function parseFilmstrip(raw: unknown): Filmstrip | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const url = str(r.url);
  const tileWidth = positive(r.tileWidth);
  const tileHeight = positive(r.tileHeight);
  const columns = positive(r.columns);
  const count = positive(r.count);
  const interval = positive(r.interval);
  if (!url || !tileWidth || !tileHeight || !columns || !count || !interval) return null;
  return { url, indexUrl: str(r.indexUrl), tileWidth, tileHeight, columns: Math.floor(columns), count: Math.floor(count), interval };
}

/** One item of the files API, or null when it lacks the fields every file has. */
export function parseLibraryFile(raw: unknown): LibraryFile | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const id = str(r.id);
  const url = str(r.url);
  const type = libraryFileTypes.find((t) => t === r.type);
  if (!id || !url || !type) return null;
  const status = r.status === 'processing' || r.status === 'failed' ? r.status : 'ready';
  return {
    id,
    name: str(r.name) ?? id,
    url,
    type,
    mimeType: str(r.mimeType) ?? '',
    size: num(r.size) ?? 0,
    createdAt: str(r.createdAt) ?? new Date(0).toISOString(),
    status,
    error: str(r.error),
    duration: positive(r.duration),
    width: positive(r.width),
    height: positive(r.height),
    fps: positive(r.fps),
    hasAudio: typeof r.hasAudio === 'boolean' ? r.hasAudio : null,
    thumbnailUrl: str(r.thumbnailUrl),
    posterUrl: str(r.posterUrl),
    waveformUrl: str(r.waveformUrl),
    proxyUrl: str(r.proxyUrl),
    filmstrip: parseFilmstrip(r.filmstrip),
  };
}

/** Files by the URL a clip's `src` holds (the original URL, or the proxy the preview may use). */
export function indexFilesByUrl(files: readonly LibraryFile[]): Map<string, LibraryFile> {
  const byUrl = new Map<string, LibraryFile>();
  for (const file of files) {
    byUrl.set(file.url, file);
    if (file.proxyUrl) byUrl.set(file.proxyUrl, file);
  }
  return byUrl;
}

export type LibrarySort = 'newest' | 'oldest' | 'name';

/**
 * What the library grid shows: files of one type (or all), whose name contains every word of the
 * search (any case), in the chosen order. Example: query "intro MP4" matches "Intro-final.mp4".
 */
export function filterLibraryFiles(
  files: readonly LibraryFile[],
  { type, query, sort }: { type: LibraryFileType | 'all'; query: string; sort: LibrarySort },
): LibraryFile[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = files.filter((f) => (type === 'all' || f.type === type) && words.every((w) => f.name.toLowerCase().includes(w)));
  const time = (f: LibraryFile) => Date.parse(f.createdAt) || 0;
  if (sort === 'name') return shown.sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  return shown.sort((a, b) => (sort === 'newest' ? time(b) - time(a) : time(a) - time(b)) || a.id.localeCompare(b.id));
}
