import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openBrowser } from '@remotion/renderer';

type Browser = Awaited<ReturnType<typeof openBrowser>>;
import { compositionChromiumOptions, needsWebGl } from '../composition/chromium-gl';
import {
  claimNextRender,
  claimRender,
  completeRender,
  failRender,
  heartbeat,
  LEASE_MS,
  MAX_ATTEMPTS,
  rendersToRequeue,
} from '../server/renders';
import { resolveRenderMedia } from '../server/files/resolve-render-media';
import { dispatchDueWebhooks } from '../server/webhooks';
import { getSettings } from '../config';
import type { Render, RenderChunk } from '../server/db/generated/client';
import { claimNextRenderChunk, claimRenderChunk, getChunkRender, renderChunksToRequeue } from '../server/render-chunks';
import { getStorage } from '../server/get-storage';
import { requireBrowserExecutable } from './browser';
import { runFileProcessing } from './file-processing-lane';
import { renderRunning } from '../media/tool-gate';
import { MediaError, mediaRefs } from './media-check';
import { CHUNK_QUEUE_NAME, closeRenderQueue, createRenderQueueWorker, enqueueChunk, enqueueRender, isRenderQueueEnabled } from '../queue/render-queue';
import { removeChunkOutputs } from './farm';
import { runFarmChunk } from './farm-chunk-job';
import { renderJob } from './render-job';
import { sweepRenderTemp } from './sweep-temp';

export interface WorkerOptions {
  workerId?: string;
  pollMs?: number;
  signal?: AbortSignal;
}

/** Waits `ms`, or less when `signal` aborts; removes its listener either way (the loop polls forever). */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * A render worker: one browser, reused across jobs, and the webhook dispatcher beside it. Jobs come from
 * the database (the embedded default: poll, claim with a conditional update) or, with REDIS_URL set,
 * from BullMQ — claimed through the database all the same, so status, leases, progress and credits
 * live in one place either way.
 */
export async function runWorker(opts: WorkerOptions = {}): Promise<void> {
  const workerId = opts.workerId ?? `${getSettings().workerId ?? os.hostname()}:${process.pid}`;
  const browserExecutable = requireBrowserExecutable();
  // What a killed worker left in the temp folder (chunks, Remotion's asset caches), past any live render's budget.
  const swept = await sweepRenderTemp(getSettings().renderTimeoutMs);
  if (swept.length > 0) console.log(`[worker ${workerId}] removed ${swept.length} leftover temp folder(s)`);
  const renderer = await openRenderer(workerId, browserExecutable);
  const mode = isRenderQueueEnabled() ? 'BullMQ queue' : 'database polling';
  console.log(`[worker ${workerId}] ready (${mode}; browser: ${browserExecutable})`);
  const webhooks = runWebhookDispatcher(workerId, opts.signal);
  const processing = runFileProcessing(workerId, opts.signal, opts.pollMs);
  if (isRenderQueueEnabled()) await consumeQueue(workerId, renderer, opts.signal);
  else await pollDatabase(workerId, renderer, opts);
  await renderer.close();
  await webhooks;
  await processing;
}

/**
 * The worker's browsers and how to run one claimed job on them (reopening a browser if the job crashed it):
 * a plain one for every job, and — opened when the first job needs WebGL (`three` clips) — one with the
 * software GL backend, which would slow every other render (lib/composition/chromium-gl.ts).
 */
/** While this worker renders, its processing lane yields (lib/media/tool-gate.ts), unless PROCESSING_YIELD=off. */
const markRenderRunning = () => (getSettings().processingYield ? renderRunning() : () => undefined);

async function openRenderer(workerId: string, browserExecutable: string) {
  const open = (gl: boolean) =>
    openBrowser('chrome', { browserExecutable, chromiumOptions: gl ? compositionChromiumOptions : {}, logLevel: 'error' });
  const browsers: { plain: Browser | null; gl: Browser | null } = { plain: await open(false), gl: null };
  return {
    async run(job: Render) {
      const kind = needsWebGl(safeParse(job.config)) ? 'gl' : 'plain';
      const browser = (browsers[kind] ??= await open(kind === 'gl'));
      const release = markRenderRunning();
      try {
        await processJob(job, workerId, browser, browserExecutable);
      } catch (err) {
        console.error(`[worker ${workerId}] job ${job.id} left the browser unusable; reopening`, err instanceof Error ? err.message : err);
        await browser.close({ silent: true }).catch(() => undefined);
        browsers[kind] = await open(kind === 'gl');
      } finally {
        release();
      }
    },
    /** A chunk of another worker's render (RENDER_FARM), on the browser its config needs. */
    async runChunk(chunk: RenderChunk) {
      const render = await getChunkRender(chunk.renderId);
      if (!render) return;
      const kind = needsWebGl(safeParse(render.config)) ? 'gl' : 'plain';
      const browser = (browsers[kind] ??= await open(kind === 'gl'));
      const release = markRenderRunning();
      try {
        await runFarmChunk(chunk, { workerId, browser, browserExecutable });
      } catch (err) {
        console.error(`[worker ${workerId}] chunk ${chunk.id} left the browser unusable; reopening`, err instanceof Error ? err.message : err);
        await browser.close({ silent: true }).catch(() => undefined);
        browsers[kind] = await open(kind === 'gl');
      } finally {
        release();
      }
    },
    close: async () => {
      for (const browser of [browsers.plain, browsers.gl]) await browser?.close({ silent: true }).catch(() => undefined);
    },
  };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
type Renderer = Awaited<ReturnType<typeof openRenderer>>;

/**
 * The embedded loop: claim a job from the database, render it, record the outcome, repeat. On the farm
 * (RENDER_FARM=1) chunks of running renders come first: their renders are already paid for and waiting.
 */
async function pollDatabase(workerId: string, renderer: Renderer, opts: WorkerOptions) {
  while (!opts.signal?.aborted) {
    let job: Render | null = null;
    try {
      const chunk = getSettings().renderFarm ? await claimNextRenderChunk(workerId) : null;
      if (chunk) {
        await renderer.runChunk(chunk);
        continue;
      }
      job = await claimNextRender(workerId);
    } catch (err) {
      console.error(`[worker ${workerId}] claim failed`, err);
    }
    if (!job) {
      await sleep(opts.pollMs ?? 500, opts.signal);
      continue;
    }
    await renderer.run(job);
  }
}

/**
 * The scale-out loop: BullMQ delivers render ids; each is claimed through the database. A sweep hands
 * out again whatever the database says is runnable (lost deliveries, expired leases) and fails jobs
 * that ran out of attempts, so recovery never depends on Redis alone.
 */
async function consumeQueue(workerId: string, renderer: Renderer, signal?: AbortSignal) {
  // One job at a time per process: a render waits for a running chunk; a chunk delivered while this
  // process is busy is left in the database (still queued) for another worker, the sweep or its coordinator.
  let busy: Promise<void> = Promise.resolve();
  let isBusy = false;
  const exclusive = (work: () => Promise<void>) => {
    const run = busy.then(async () => {
      isBusy = true;
      try {
        await work();
      } finally {
        isBusy = false;
      }
    });
    busy = run.catch(() => undefined);
    return run;
  };
  const worker = createRenderQueueWorker(
    (renderId) =>
      exclusive(async () => {
        const job = await claimDelivered(renderId, workerId, signal);
        if (job) await renderer.run(job);
      }),
    { workerId, lockMs: LEASE_MS, maxStalls: MAX_ATTEMPTS },
  );
  const farm = getSettings().renderFarm;
  const chunkWorker = farm
    ? createRenderQueueWorker(
        async (chunkId) => {
          if (isBusy) return;
          await exclusive(async () => {
            const chunk = await claimRenderChunk(chunkId, workerId);
            if (chunk) await renderer.runChunk(chunk);
          });
        },
        { workerId, lockMs: LEASE_MS, maxStalls: MAX_ATTEMPTS },
        CHUNK_QUEUE_NAME,
      )
    : null;
  const sweep = async () => {
    while (!signal?.aborted) {
      try {
        for (const id of await rendersToRequeue()) {
          // Redis unreachable: the next sweep tries again (each try waits for a timeout).
          if (!(await enqueueRender(id))) break;
        }
        if (farm) {
          for (const id of await renderChunksToRequeue()) {
            if (!(await enqueueChunk(id))) break;
          }
        }
      } catch (err) {
        console.warn(`[worker ${workerId}] sweep failed`, err);
      }
      await sleep(Math.min(10_000, LEASE_MS / 2), signal);
    }
  };
  const sweeping = sweep();
  await new Promise<void>((resolve) => {
    if (signal?.aborted) resolve();
    else signal?.addEventListener('abort', () => resolve(), { once: true });
    // Without a signal the worker runs until the process ends.
  });
  await worker.close();
  await chunkWorker?.close();
  await sweeping;
  await closeRenderQueue();
}

/**
 * Claims a delivered job. If a worker still holds its lease, that worker may have died a moment ago
 * (BullMQ noticed first): wait the lease out. A lease that keeps being renewed belongs to a live worker
 * rendering the job already (a repeated delivery), so this delivery is dropped.
 */
async function claimDelivered(renderId: string, workerId: string, signal?: AbortSignal): Promise<Render | null> {
  const giveUpAt = Date.now() + 2 * LEASE_MS + 1_000;
  while (!signal?.aborted && Date.now() < giveUpAt) {
    const outcome = await claimRender(renderId, workerId);
    if (outcome.kind === 'claimed') return outcome.render;
    if (outcome.kind === 'gone') return null;
    await sleep(Math.max(250, outcome.until.getTime() - Date.now() + 250), signal);
  }
  return null;
}

/** Webhook deliveries run beside renders in every worker process (they are leased, so workers share). */
async function runWebhookDispatcher(workerId: string, signal?: AbortSignal) {
  while (!signal?.aborted) {
    try {
      await dispatchDueWebhooks(workerId);
    } catch (err) {
      console.warn(`[worker ${workerId}] webhook dispatch failed`, err);
    }
    await sleep(1000, signal);
  }
}

/** A job stopped by RENDER_TIMEOUT_MS: refunded (whatever hung, the account got nothing). */
class RenderBudgetError extends Error {
  override readonly name = 'RenderBudgetError';
}

/** Names the remote sources of a job that ran out of time: one of them is the likely cause. */
function overBudgetMessage(job: Render, budgetMs: number): string {
  let sources = '';
  try {
    const refs = mediaRefs(JSON.parse(job.config) as Parameters<typeof mediaRefs>[0]);
    if (refs.length > 0) sources = `; its remote sources: ${refs.slice(0, 5).map((r) => `${r.path} (${r.type}) ${r.url}`).join(', ')}`;
  } catch {
    // a config that does not parse has no sources to name
  }
  return `Render took longer than its ${Math.round(budgetMs / 1000)} s budget (RENDER_TIMEOUT_MS) and was stopped${sources}`;
}

async function processJob(job: Render, workerId: string, browser: Awaited<ReturnType<typeof openBrowser>>, browserExecutable: string) {
  const started = Date.now();
  const tmpDir = path.join(getSettings().dataDir, 'tmp');
  await fsp.mkdir(tmpDir, { recursive: true });
  const outputFile = path.join(tmpDir, `${job.id}.mp4`);
  let latest = { progress: 0, stage: 'rendering' as string };
  let lostLease: () => void = () => undefined;
  const cancelled = new Promise<void>((resolve) => (lostLease = resolve));
  // The render's overall time budget: whatever hangs (a source that answers its first bytes, then
  // drips), the worker stops the job, reports it and moves on.
  const budgetMs = getSettings().renderTimeoutMs;
  let budgetTimer: NodeJS.Timeout | undefined;
  const overBudget = new Promise<never>((_, reject) => {
    budgetTimer = setTimeout(() => {
      lostLease();
      reject(new RenderBudgetError(overBudgetMessage(job, budgetMs)));
    }, budgetMs);
  });
  const sendBeat = () =>
    heartbeat({ renderId: job.id, workerId, progress: latest.progress, stage: latest.stage })
      .then((ok) => { if (!ok) lostLease(); })
      .catch((err: unknown) => console.warn(`[worker] heartbeat failed`, err));
  const beat = setInterval(() => void sendBeat(), 1000);
  let firstFrameAt: Date | null = null;
  const isFarmed = getSettings().renderFarm && job.numWorkers > 1;
  try {
    const result = await Promise.race([overBudget, renderJob({
      // Uploads Remotion cannot decode are read from their proxy (lib/server/files/resolve-render-media.ts).
      config: await resolveRenderMedia(JSON.parse(job.config), job.userId),
      outputFile,
      browser,
      browserExecutable,
      workers: job.numWorkers,
      cancelled,
      farm: isFarmed ? { renderId: job.id, workerId } : undefined,
      onFirstFrame: () => (firstFrameAt = new Date()),
      // The render job is 0–95 %; storing the files is the rest.
      onProgress: (p, stage) => {
        const isNewStage = stage !== latest.stage;
        latest = { progress: p * 0.95, stage };
        // A stage change is reported at once (combining can take less than a heartbeat interval).
        if (isNewStage) void sendBeat();
      },
    })]);
    clearInterval(beat);
    await heartbeat({ renderId: job.id, workerId, progress: 0.97, stage: 'finalizing' });
    const base = `renders/${job.taskId}/${job.id}`;
    const storage = getStorage();
    await storage.put(`${base}.mp4`, fs.createReadStream(outputFile));
    await storage.put(`${base}.poster.jpg`, fs.createReadStream(result.posterFile));
    await storage.put(`${base}.thumb.jpg`, fs.createReadStream(result.thumbFile));
    const completed = await completeRender({
      renderId: job.id,
      workerId,
      outputKey: `${base}.mp4`,
      posterKey: `${base}.poster.jpg`,
      thumbKey: `${base}.thumb.jpg`,
      firstFrameAt,
    });
    if (completed && isFarmed) await removeChunkOutputs(job.id).catch((err: unknown) => console.warn(`[worker ${workerId}] chunk cleanup failed`, err));
    console.log(`[worker ${workerId}] ${job.id} done in ${((Date.now() - started) / 1000).toFixed(1)}s (${result.frames} frames, ${result.captured} captured, ${result.chunks} chunk(s); ${Object.entries(result.stages).map(([k, v]) => `${k} ${v} ms`).join(', ')})`);
  } catch (err) {
    clearInterval(beat);
    const message = err instanceof Error ? err.message : String(err);
    // A MediaError is the config's, unless on our side (an own file missing: refundable).
    const isUserError =
      !(err instanceof RenderBudgetError) &&
      (err instanceof MediaError ? !err.refundable : /error loading image|could not (load|extract)|failed to fetch|404/i.test(message));
    console.warn(`[worker ${workerId}] ${job.id} failed: ${message}`);
    const failed = await failRender({ renderId: job.id, workerId, error: message.slice(0, 2000), refund: !isUserError });
    if (failed && isFarmed) await removeChunkOutputs(job.id).catch((e: unknown) => console.warn(`[worker ${workerId}] chunk cleanup failed`, e));
    if (!isUserError && /target closed|browser has disconnected|session closed/i.test(message)) throw err;
    // A job stopped over budget may still hold a tab waiting on its source: start on a fresh browser.
    if (err instanceof RenderBudgetError) throw err;
  } finally {
    clearInterval(beat);
    clearTimeout(budgetTimer);
    for (const f of [outputFile, outputFile.replace(/\.mp4$/, '.poster.jpg'), outputFile.replace(/\.mp4$/, '.thumb.jpg')]) {
      await fsp.rm(f, { force: true });
    }
  }
}
