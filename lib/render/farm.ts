import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { getStorage } from '../server/get-storage';
import { MAX_ATTEMPTS } from '../server/renders/lease';
import {
  claimRenderChunk,
  completeRenderChunk,
  ensureRenderChunk,
  getRenderChunk,
  heartbeatRenderChunk,
  listRenderChunks,
  type RenderChunkSpec,
} from '../server/render-chunks';

/**
 * The coordinator's side of the render farm (RENDER_FARM=1, docs/scaling.md). The worker that claimed a
 * render plans it as today (frame plan, chunk ranges) and renders its own share; every other share is a
 * RenderChunk row any worker on any host may take. The coordinator follows the rows (their progress is
 * the render's), downloads each finished chunk from storage into its own temp folder and stitches as
 * today. A chunk nobody takes within FARM_GRACE_MS, or whose worker died (its lease ran out), the
 * coordinator takes over itself and renders it here, the way local chunking does.
 */
export interface FarmContext {
  renderId: string;
  /** The coordinator's worker id (the render's lease owner). */
  workerId: string;
}

/** How long a queued chunk waits for another worker before its coordinator renders it itself. */
export const FARM_GRACE_MS = 1_500;
const POLL_MS = 200;

/** Whether this process may start rendering a chunk now; taken before a claim, released after the chunk. */
export interface LocalSlot {
  tryTake: () => boolean;
  release: () => void;
}

/** One chunk at a time, and none before `after` settles (the coordinator's own share, on the same browser). */
export function localSlot(after: Promise<unknown>): LocalSlot {
  let isOpen = false;
  let isTaken = false;
  void after.then(
    () => (isOpen = true),
    () => (isOpen = true),
  );
  return {
    tryTake: () => {
      if (!isOpen || isTaken) return false;
      isTaken = true;
      return true;
    },
    release: () => (isTaken = false),
  };
}

/** Storage keys of a chunk's output (`renders/<id>/chunks/<i>…`). */
export const chunkKeys = {
  prefix: (renderId: string, index: number) => `renders/${renderId}/chunks/${index}`,
  video: (prefix: string) => `${prefix}.ts`,
  audio: (prefix: string) => `${prefix}.aac`,
  /** kind `frames`: the captured JPEGs' names, as JSON. */
  manifest: (prefix: string) => `${prefix}/files.json`,
  frame: (prefix: string, name: string) => `${prefix}/${name}`,
};

export class FarmChunkError extends Error {
  override readonly name = 'FarmChunkError';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Streams a stored object to a local file. */
export async function download(key: string, file: string): Promise<void> {
  await pipeline(getStorage().read(key), fs.createWriteStream(file));
}

/** Runs `work` under the chunk's lease (heartbeat every second with its progress), then marks it done. */
export async function underChunkLease(args: {
  chunkId: string;
  workerId: string;
  work: (onProgress: (p: number) => void, lost: Promise<void>) => Promise<string | null>;
}): Promise<void> {
  let progress = 0;
  let markLost: () => void = () => undefined;
  const lost = new Promise<void>((resolve) => (markLost = resolve));
  const beat = setInterval(() => {
    heartbeatRenderChunk({ chunkId: args.chunkId, workerId: args.workerId, progress })
      .then((ok) => {
        if (!ok) markLost();
      })
      .catch((err: unknown) => console.warn('[farm] chunk heartbeat failed', err));
  }, 1000);
  try {
    const outputKey = await args.work((p) => (progress = p), lost);
    clearInterval(beat);
    if (!(await completeRenderChunk({ chunkId: args.chunkId, workerId: args.workerId, outputKey }))) {
      throw new FarmChunkError(`Chunk ${args.chunkId} was taken over by another worker`);
    }
  } finally {
    clearInterval(beat);
  }
}

/**
 * One share of a farmed render, from the coordinator: creates its row, then waits for it — reporting
 * the row's progress — and downloads the output with `fetchOutput`; or claims it and runs `renderHere`
 * when nobody took it in time or its worker died.
 */
export async function awaitFarmChunk(args: {
  farm: FarmContext;
  spec: Omit<RenderChunkSpec, 'renderId'>;
  fetchOutput: (outputKey: string) => Promise<void>;
  renderHere: (onProgress: (p: number) => void) => Promise<void>;
  onProgress: (p: number) => void;
  /** Set when the render must stop (lease lost, another chunk failed). */
  isCancelled: () => boolean;
  /** How long the chunk is left to other workers (0: the coordinator's own share, taken at once). */
  graceMs?: number;
  /** When the coordinator may render a chunk here (e.g. one at a time, after its own share); always, without it. */
  slot?: LocalSlot;
}): Promise<void> {
  const { farm } = args;
  const row = await ensureRenderChunk({ ...args.spec, renderId: farm.renderId });
  const graceUntil = Date.now() + (args.graceMs ?? FARM_GRACE_MS);
  for (;;) {
    if (args.isCancelled()) throw new FarmChunkError('Render stopped');
    const chunk = await getRenderChunk(row.id);
    if (!chunk) throw new FarmChunkError(`Chunk ${row.index} disappeared`);
    if (chunk.status === 'failed') throw new FarmChunkError(chunk.error ?? `Chunk ${chunk.index} failed`);
    if (chunk.status === 'done' && chunk.outputKey) {
      await args.fetchOutput(chunk.outputKey);
      args.onProgress(1);
      return;
    }
    args.onProgress(chunk.progress);
    const now = Date.now();
    const isExpired = chunk.status === 'rendering' && chunk.leaseExpiresAt !== null && chunk.leaseExpiresAt.getTime() < now;
    if (isExpired && chunk.attempts >= MAX_ATTEMPTS) {
      throw new FarmChunkError(`The workers rendering chunk ${chunk.index} stopped responding ${chunk.attempts} times; giving up`);
    }
    if (((chunk.status === 'queued' && now >= graceUntil) || isExpired) && (args.slot?.tryTake() ?? true)) {
      try {
        if (await claimRenderChunk(chunk.id, farm.workerId)) {
          if (args.graceMs !== 0) console.log(`[worker ${farm.workerId}] takes over chunk ${chunk.id} (${isExpired ? 'its worker stopped responding' : 'no other worker took it'})`);
          await underChunkLease({
            chunkId: chunk.id,
            workerId: farm.workerId,
            work: async (onProgress) => {
              await args.renderHere((p) => {
                onProgress(p);
                args.onProgress(p);
              });
              return null;
            },
          });
          return;
        }
      } finally {
        args.slot?.release();
      }
    }
    await sleep(POLL_MS);
  }
}

/** Removes a farmed render's chunk outputs from storage (after it completed or failed for good). */
export async function removeChunkOutputs(renderId: string): Promise<void> {
  const storage = getStorage();
  for (const chunk of await listRenderChunks(renderId)) {
    const prefix = chunk.outputKey;
    if (!prefix) continue;
    if (chunk.kind === 'media') {
      await storage.remove(chunkKeys.video(prefix));
      await storage.remove(chunkKeys.audio(prefix));
      continue;
    }
    try {
      const names = JSON.parse(await readText(chunkKeys.manifest(prefix))) as string[];
      for (const name of names) await storage.remove(chunkKeys.frame(prefix, path.basename(name)));
    } catch {
      // no manifest: nothing was stored under it
    }
    await storage.remove(chunkKeys.manifest(prefix));
  }
}

export async function readText(key: string): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of getStorage().read(key)) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Downloads a `frames` chunk's captures into `outputDir` (as `captureFrames` would have written them). */
export async function fetchFrames(prefix: string, outputDir: string): Promise<void> {
  await fsp.mkdir(outputDir, { recursive: true });
  const names = JSON.parse(await readText(chunkKeys.manifest(prefix))) as string[];
  for (const name of names) await download(chunkKeys.frame(prefix, path.basename(name)), path.join(outputDir, path.basename(name)));
}
