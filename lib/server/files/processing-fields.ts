import { publicFileUrl } from '../../storage';
import type { File as FileRecord } from '../db/generated/client';

export type FileStatus = 'processing' | 'ready' | 'failed';

/** The filmstrip as stored on the file record (File.filmstrip, JSON). */
export interface StoredFilmstrip {
  key: string;
  indexKey: string;
  tileWidth: number;
  tileHeight: number;
  columns: number;
  count: number;
  interval: number;
}

export function parseStoredFilmstrip(json: string | null): StoredFilmstrip | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as StoredFilmstrip;
  } catch {
    return null;
  }
}

const urlOf = (key: string | null) => (key ? publicFileUrl(key) : null);

/** Cutroom's additions to a file in API responses: status, probed values and derivative URLs. */
export function processingFields(file: FileRecord) {
  const filmstrip = parseStoredFilmstrip(file.filmstrip);
  return {
    status: file.status as FileStatus,
    error: file.status === 'failed' ? (file.error ?? 'Processing failed.') : null,
    duration: file.duration,
    width: file.width,
    height: file.height,
    fps: file.fps,
    hasAudio: file.hasAudio,
    thumbnailUrl: urlOf(file.thumbKey),
    posterUrl: urlOf(file.posterKey),
    waveformUrl: urlOf(file.waveformKey),
    proxyUrl: urlOf(file.proxyKey),
    filmstrip: filmstrip
      ? {
          url: publicFileUrl(filmstrip.key),
          indexUrl: publicFileUrl(filmstrip.indexKey),
          tileWidth: filmstrip.tileWidth,
          tileHeight: filmstrip.tileHeight,
          columns: filmstrip.columns,
          count: filmstrip.count,
          interval: filmstrip.interval,
        }
      : null,
  };
}
