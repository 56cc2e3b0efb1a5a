import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { makeCancelSignal, type openBrowser } from '@remotion/renderer';
import { resolveRenderMedia } from '../server/files/resolve-render-media';
import { failRenderChunk, getChunkRender } from '../server/render-chunks';
import type { RenderChunk } from '../server/db/generated/client';
import { getStorage } from '../server/get-storage';
import { chunkKeys, underChunkLease } from './farm';
import { captureFrames, prepareConfig, renderChunk } from './render-job';

type Browser = Awaited<ReturnType<typeof openBrowser>>;

const CAPTURE_NAME = /^frame-\d+\.jpeg$/;

/**
 * Renders one claimed chunk of another worker's render (lib/render/farm.ts), on this worker's browser:
 * reads the render's config from the database, fetches its media into this worker's own temp folder
 * (from storage or over HTTP, never a shared folder), renders the share and puts the output in storage
 * under `renders/<id>/chunks/<i>`. A failure is recorded on the chunk; the coordinator fails the render.
 */
export async function runFarmChunk(chunk: RenderChunk, ctx: { workerId: string; browser: Browser; browserExecutable: string }): Promise<void> {
  const render = await getChunkRender(chunk.renderId);
  if (!render) return; // finished or failed meanwhile: the claim is moot
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'cutroom-chunks-farm-'));
  const started = Date.now();
  try {
    await underChunkLease({
      chunkId: chunk.id,
      workerId: ctx.workerId,
      work: async (onProgress, lost) => {
        const media = await prepareConfig(await resolveRenderMedia(JSON.parse(render.config), render.userId));
        try {
          const storage = getStorage();
          const prefix = chunkKeys.prefix(chunk.renderId, chunk.index);
          if (chunk.kind === 'media') {
            const { cancelSignal, cancel } = makeCancelSignal();
            void lost.then(cancel);
            const videoFile = path.join(dir, 'chunk.ts');
            const audioFile = path.join(dir, 'chunk.aac');
            await renderChunk({
              config: media.config,
              frameRange: [chunk.frameFrom, chunk.frameTo],
              videoFile,
              audioFile,
              browserExecutable: ctx.browserExecutable,
              browser: ctx.browser,
              cancelSignal,
              onProgress: (p) => onProgress(p * 0.95),
            });
            await storage.put(chunkKeys.video(prefix), fs.createReadStream(videoFile));
            await storage.put(chunkKeys.audio(prefix), fs.createReadStream(audioFile));
          } else {
            const frames = JSON.parse(chunk.frames ?? '[]') as number[];
            await captureFrames({
              kind: 'frames',
              config: media.config,
              frames,
              outputDir: dir,
              browserExecutable: ctx.browserExecutable,
              browser: ctx.browser,
              onProgress: (p) => onProgress(p * 0.95),
            });
            const names = (await fsp.readdir(dir)).filter((n) => CAPTURE_NAME.test(n));
            for (const name of names) await storage.put(chunkKeys.frame(prefix, name), fs.createReadStream(path.join(dir, name)));
            await storage.put(chunkKeys.manifest(prefix), fs.createReadStream(await writeJson(dir, names)));
          }
          return prefix;
        } finally {
          await media.close();
        }
      },
    });
    console.log(`[worker ${ctx.workerId}] chunk ${chunk.id} (${chunk.kind} ${chunk.frameFrom}–${chunk.frameTo}) done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.warn(`[worker ${ctx.workerId}] chunk ${chunk.id} failed: ${message}`);
    // The worker's own trouble (a browser that timed out or crashed) is retried, by any worker.
    const retry = /timed out|target closed|browser has disconnected|session closed/i.test(message);
    await failRenderChunk({ chunkId: chunk.id, workerId: ctx.workerId, error: message, retry });
    if (/target closed|browser has disconnected|session closed/i.test(message)) throw err;
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

async function writeJson(dir: string, value: unknown): Promise<string> {
  const file = path.join(dir, 'files.json');
  await fsp.writeFile(file, JSON.stringify(value));
  return file;
}
