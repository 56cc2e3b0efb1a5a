import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { makeDerivative } from '../../media/make-derivative';
import { makeStill } from '../../media/make-still';
import { MediaToolError } from '../../media/run-tool';
import type { MediaTools } from '../../media/tools';
import type { Storage } from '../../storage';
import { assetPrefix, type StoredDerivative, type StoredThumbnail } from './asset-record';
import type { AssetPlan } from './plan-derivatives';

/** Thumbnails are at most this wide (never enlarged). */
export const ASSET_THUMBNAIL_WIDTH = 640;

export interface AssetOutputs {
  derivatives: StoredDerivative[];
  thumbnails: StoredThumbnail[];
  /** Bytes stored (counted in the storage quota with the file's other derivatives). */
  bytes: number;
  /** For a person: why processing failed; null when every output was made. */
  error: string | null;
}

const extension = { mp4: 'mp4', webm: 'webm', m4a: 'm4a' } as const;

/**
 * Makes an asset's planned derivatives (one ffmpeg encode each, in turn) and thumbnails from the original,
 * and stores them under the file's derivative folder. Stops at the first failure: an asset is processed
 * only when everything it asked for exists. Throws only when aborted (lease lost, worker stopping).
 */
export async function processAsset(input: {
  file: { userId: string; id: string };
  plan: AssetPlan;
  source: string;
  durationSeconds: number;
  workDir: string;
  storage: Storage;
  tools: MediaTools;
  signal?: AbortSignal;
}): Promise<AssetOutputs> {
  const out: AssetOutputs = { derivatives: [], thumbnails: [], bytes: 0, error: null };
  const prefix = assetPrefix(input.file);
  await fsp.mkdir(input.workDir, { recursive: true });
  await input.storage.removePrefix(prefix); // a dead attempt's leftovers
  const store = async (local: string, name: string) => {
    const key = `${prefix}/${name}`;
    const size = await input.storage.put(key, fs.createReadStream(local));
    out.bytes += size;
    return { key, size };
  };
  try {
    for (const d of input.plan.derivatives) {
      const name = `${d.id}.${extension[d.format]}`;
      const local = path.join(input.workDir, name);
      await makeDerivative(input.source, local, d, { durationSeconds: input.durationSeconds, tools: input.tools, signal: input.signal });
      const { key, size } = await store(local, name);
      out.derivatives.push({ id: d.id, format: d.format, width: d.width, height: d.height, sizeBytes: size, key });
      await fsp.rm(local, { force: true });
    }
    for (const ms of input.plan.thumbnailsMs) {
      const name = `thumb_${ms}.jpg`;
      const local = path.join(input.workDir, name);
      await makeStill(input.source, local, { time: ms / 1000, maxWidth: ASSET_THUMBNAIL_WIDTH, tools: input.tools, signal: input.signal });
      const { key } = await store(local, name);
      out.thumbnails.push({ timestampMs: ms, key });
    }
  } catch (err) {
    if (input.signal?.aborted) throw err;
    out.error = err instanceof MediaToolError ? err.message : err instanceof Error ? err.message : String(err);
  }
  return out;
}
