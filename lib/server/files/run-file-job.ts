import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { mediaTools } from '../../media/tools';
import { getStorage } from '../get-storage';
import { db } from '../db/client';
import type { FileJob } from '../db/generated/client';
import { getSettings } from '../../config';
import { derivedKey, removeDerivatives } from './derivative-keys';
import { finishFileJob, heartbeatFileJob } from './file-jobs';
import { processFile, type MadeDerivative } from './process-file';
import type { StoredFilmstrip } from './processing-fields';
import { processAsset, type AssetOutputs } from '../assets/process-asset';
import { markAssetProcessing, recordAssetOutcome } from '../assets/record-asset-outcome';
import type { AssetPlan } from '../assets/plan-derivatives';

const keyFields: Partial<Record<MadeDerivative['name'], 'thumbKey' | 'posterKey' | 'waveformKey' | 'proxyKey'>> = {
  'thumb.webp': 'thumbKey',
  'poster.jpg': 'posterKey',
  'waveform.json': 'waveformKey',
  'proxy.mp4': 'proxyKey',
  'proxy.m4a': 'proxyKey',
  'image.jpg': 'proxyKey',
  'image.png': 'proxyKey',
};

/** Where an attempt works: its own folder, so a dead attempt's leftovers never mix with the retry's. */
export const processingTmpDir = () => path.join(getSettings().dataDir, 'tmp', 'processing');

/**
 * Runs one claimed processing job: heartbeats its lease every second (aborting the tools if the lease
 * is lost), processes the file, stores the derivatives and records the outcome. A worker killed
 * mid-way leaves the job `running` with a lease that runs out; another claim starts it over.
 */
export async function runFileJob(job: FileJob, workerId: string, signal?: AbortSignal): Promise<void> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop, { once: true });
  const beat = setInterval(() => {
    heartbeatFileJob(job.id, workerId)
      .then((ok) => {
        if (!ok) stop();
      })
      .catch((err: unknown) => console.warn('[processing] heartbeat failed', err));
  }, 1000);
  const workDir = path.join(processingTmpDir(), `${job.id}-${job.attempts}`);
  try {
    const file = await db.file.findUnique({ where: { id: job.fileId } });
    if (!file) return; // deleted meanwhile: the job row went with it
    const storage = getStorage();
    const tools = mediaTools({ ffmpeg: getSettings().ffmpegPath, ffprobe: getSettings().ffprobePath });
    const asset = await db.asset.findUnique({ where: { fileId: file.id }, select: { plan: true } });
    if (asset) await markAssetProcessing(file.id);
    // ffmpeg reads a file: the stored one on local disk, a temporary download from S3 (kept for the asset's outputs too).
    const { outcome, assetOutputs } = await storage.withLocalFile(file.key, async (source) => {
      const outcome = await processFile({
        source,
        type: file.type as 'image' | 'video' | 'audio',
        mimeType: file.mimeType,
        workDir,
        signal: controller.signal,
        tools,
      });
      // An asset's own outputs (RendrSink's derivatives and thumbnails), after the upload's derivatives.
      let assetOutputs: AssetOutputs | null = null;
      if (asset) {
        assetOutputs = outcome.probe
          ? await processAsset({
              file,
              plan: JSON.parse(asset.plan) as AssetPlan,
              source,
              durationSeconds: outcome.probe.duration ?? 0,
              workDir: path.join(workDir, 'asset'),
              storage,
              tools,
              signal: controller.signal,
            })
          : { derivatives: [], thumbnails: [], bytes: 0, error: outcome.error ?? 'The file could not be read.' };
      }
      return { outcome, assetOutputs };
    });
    const keys: Partial<Record<'thumbKey' | 'posterKey' | 'waveformKey' | 'proxyKey', string>> = {};
    let derivedSize = 0;
    for (const d of outcome.derivatives) {
      const key = derivedKey(file, d.name);
      derivedSize += await storage.put(key, fs.createReadStream(d.path));
      const field = keyFields[d.name];
      if (field) keys[field] = key;
    }
    const filmstrip: StoredFilmstrip | null = outcome.filmstrip
      ? {
          key: derivedKey(file, 'filmstrip.jpg'),
          indexKey: derivedKey(file, 'filmstrip.json'),
          tileWidth: outcome.filmstrip.tileWidth,
          tileHeight: outcome.filmstrip.tileHeight,
          columns: outcome.filmstrip.columns,
          count: outcome.filmstrip.count,
          interval: outcome.filmstrip.interval,
        }
      : null;
    const probe = outcome.probe;
    const isTimed = file.type !== 'image';
    const finished = await finishFileJob({
      jobId: job.id,
      workerId,
      file: {
        status: outcome.status,
        error: outcome.error?.slice(0, 2000) ?? null,
        duration: isTimed ? (probe?.duration ?? null) : null,
        width: probe?.width ?? null,
        height: probe?.height ?? null,
        fps: file.type === 'video' ? (probe?.fps ?? null) : null,
        hasAudio: isTimed && probe ? probe.hasAudio : null,
        videoCodec: probe?.videoCodec ?? null,
        audioCodec: probe?.audioCodec ?? null,
        pixelFormat: probe?.pixelFormat ?? null,
        rotation: probe?.rotation ?? null,
        bitrate: probe?.bitrate !== null && probe?.bitrate !== undefined ? Math.round(Math.min(probe.bitrate, 2 ** 31 - 1)) : null,
        thumbKey: keys.thumbKey ?? null,
        posterKey: keys.posterKey ?? null,
        waveformKey: keys.waveformKey ?? null,
        proxyKey: keys.proxyKey ?? null,
        filmstrip: filmstrip ? JSON.stringify(filmstrip) : null,
        derivedSize: derivedSize + (assetOutputs?.bytes ?? 0),
      },
      alsoRecord: assetOutputs ? (tx, fileId) => recordAssetOutcome(tx, fileId, assetOutputs) : undefined,
    });
    // The file was deleted while it was processed: what was just stored belongs to no one.
    if (!finished && !(await db.file.findUnique({ where: { id: file.id }, select: { id: true } }))) await removeDerivatives(file);
  } catch (err) {
    if (!controller.signal.aborted) throw err;
    // Lease lost or worker stopping: the next claim starts over.
  } finally {
    clearInterval(beat);
    signal?.removeEventListener('abort', stop);
    await fsp.rm(workDir, { recursive: true, force: true });
  }
}
