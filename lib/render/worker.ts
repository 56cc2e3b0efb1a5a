import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openBrowser } from '@remotion/renderer';
import { claimNextRender, completeRender, failRender, heartbeat } from '../server/renders';
import { dispatchDueWebhooks } from '../server/webhooks';
import { getSettings } from '../server/settings';
import type { Render } from '../server/db/generated/client';
import { getStorage } from '../storage';
import { requireBrowserExecutable } from './browser';
import { MediaError } from './media-check';
import { renderJob } from './render-job';

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

/** The embedded worker loop: claim a job from the database, render it, record the outcome, repeat. */
export async function runWorker(opts: WorkerOptions = {}): Promise<void> {
  const workerId = opts.workerId ?? `${process.env.WORKER_ID ?? os.hostname()}:${process.pid}`;
  const browserExecutable = requireBrowserExecutable();
  // One browser per worker, reused across jobs.
  let browser = await openBrowser('chrome', { browserExecutable, logLevel: 'error' });
  console.log(`[worker ${workerId}] ready (browser: ${browserExecutable})`);
  const webhooks = runWebhookDispatcher(workerId, opts.signal);
  while (!opts.signal?.aborted) {
    let job: Render | null = null;
    try {
      job = await claimNextRender(workerId);
    } catch (err) {
      console.error(`[worker ${workerId}] claim failed`, err);
    }
    if (!job) {
      await sleep(opts.pollMs ?? 500, opts.signal);
      continue;
    }
    try {
      await processJob(job, workerId, browser, browserExecutable);
    } catch (err) {
      console.error(`[worker ${workerId}] job ${job.id} crashed the browser; reopening`, err);
      await browser.close({ silent: true }).catch(() => undefined);
      browser = await openBrowser('chrome', { browserExecutable, logLevel: 'error' });
    }
  }
  await browser.close({ silent: true }).catch(() => undefined);
  await webhooks;
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

async function processJob(job: Render, workerId: string, browser: Awaited<ReturnType<typeof openBrowser>>, browserExecutable: string) {
  const started = Date.now();
  const tmpDir = path.join(getSettings().dataDir, 'tmp');
  await fsp.mkdir(tmpDir, { recursive: true });
  const outputFile = path.join(tmpDir, `${job.id}.mp4`);
  let latest = { progress: 0, stage: 'rendering' as string };
  let lostLease: () => void = () => undefined;
  const cancelled = new Promise<void>((resolve) => (lostLease = resolve));
  const beat = setInterval(() => {
    heartbeat({ renderId: job.id, workerId, progress: latest.progress, stage: latest.stage })
      .then((ok) => { if (!ok) lostLease(); })
      .catch((err: unknown) => console.warn(`[worker] heartbeat failed`, err));
  }, 1000);
  let firstFrameAt: Date | null = null;
  try {
    const result = await renderJob({
      config: JSON.parse(job.config),
      outputFile,
      browser,
      browserExecutable,
      workers: job.numWorkers,
      cancelled,
      onFirstFrame: () => (firstFrameAt = new Date()),
      // Rendering is 0–95 %; poster and storing the file are the rest.
      onProgress: (p, stage) => (latest = { progress: p * 0.95, stage }),
    });
    clearInterval(beat);
    await heartbeat({ renderId: job.id, workerId, progress: 0.97, stage: 'finalizing' });
    const base = `renders/${job.taskId}/${job.id}`;
    const storage = getStorage();
    await storage.put(`${base}.mp4`, fs.createReadStream(outputFile));
    await storage.put(`${base}.poster.jpg`, fs.createReadStream(result.posterFile));
    await storage.put(`${base}.thumb.jpg`, fs.createReadStream(result.thumbFile));
    await completeRender({
      renderId: job.id,
      workerId,
      outputKey: `${base}.mp4`,
      posterKey: `${base}.poster.jpg`,
      thumbKey: `${base}.thumb.jpg`,
      firstFrameAt,
    });
    console.log(`[worker ${workerId}] ${job.id} done in ${((Date.now() - started) / 1000).toFixed(1)}s (${result.frames} frames, ${result.chunks} chunk(s))`);
  } catch (err) {
    clearInterval(beat);
    const message = err instanceof Error ? err.message : String(err);
    const isUserError = err instanceof MediaError || /error loading image|could not (load|extract)|failed to fetch|404/i.test(message);
    console.warn(`[worker ${workerId}] ${job.id} failed: ${message}`);
    await failRender({ renderId: job.id, workerId, error: message.slice(0, 2000), refund: !isUserError });
    if (!isUserError && /target closed|browser has disconnected|session closed/i.test(message)) throw err;
  } finally {
    clearInterval(beat);
    for (const f of [outputFile, outputFile.replace(/\.mp4$/, '.poster.jpg'), outputFile.replace(/\.mp4$/, '.thumb.jpg')]) {
      await fsp.rm(f, { force: true });
    }
  }
}
