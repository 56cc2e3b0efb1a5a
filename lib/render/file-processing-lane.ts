import { claimFileJob, claimNextFileJob, fileJobsToRequeue } from '../server/files/file-jobs';
import { runFileJob } from '../server/files/run-file-job';
import { sweepStaleTemporaries } from '../server/files/sweep-stale-temporaries';
import { LEASE_MS, MAX_ATTEMPTS } from '../server/renders';
import type { FileJob } from '../server/db/generated/client';
import { createRenderQueueWorker, enqueueJob, FILE_QUEUE_NAME, isRenderQueueEnabled } from './queue';

/** Waits `ms`, or less when `signal` aborts. */
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

const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * Upload processing, beside renders in every worker process: one job at a time, its tools at the lowest
 * CPU priority so a running render keeps the cores. Jobs come from the database (polling) or, with
 * REDIS_URL, from BullMQ — claimed through the database either way, like renders. Also sweeps stale
 * temporaries (partial uploads, dead attempts' folders) now and then.
 */
export async function runFileProcessing(workerId: string, signal?: AbortSignal, pollMs = 500): Promise<void> {
  const sweeping = sweepLoop(workerId, signal);
  const run = async (job: FileJob) => {
    try {
      await runFileJob(job, workerId, signal);
    } catch (err) {
      // The lease runs out and the job is retried (MAX_ATTEMPTS, then failed with a reason).
      console.error(`[worker ${workerId}] processing ${job.fileId} failed unexpectedly`, err);
    }
  };
  if (isRenderQueueEnabled()) await consumeFileQueue(workerId, run, signal);
  else {
    while (!signal?.aborted) {
      let job: FileJob | null = null;
      try {
        job = await claimNextFileJob(workerId);
      } catch (err) {
        console.error(`[worker ${workerId}] processing claim failed`, err);
      }
      if (job) await run(job);
      else await sleep(pollMs, signal);
    }
  }
  await sweeping;
}

async function sweepLoop(workerId: string, signal?: AbortSignal) {
  while (!signal?.aborted) {
    try {
      const removed = await sweepStaleTemporaries();
      if (removed.length) console.log(`[worker ${workerId}] removed ${removed.length} stale temporary file(s)/folder(s)`);
    } catch (err) {
      console.warn(`[worker ${workerId}] temporaries sweep failed`, err);
    }
    await sleep(SWEEP_EVERY_MS, signal);
  }
}

async function consumeFileQueue(workerId: string, run: (job: FileJob) => Promise<void>, signal?: AbortSignal) {
  const worker = createRenderQueueWorker(
    async (jobId) => {
      const giveUpAt = Date.now() + 2 * LEASE_MS + 1_000;
      while (!signal?.aborted && Date.now() < giveUpAt) {
        const claim = await claimFileJob(jobId, workerId);
        if (claim.kind === 'claimed') return run(claim.job);
        if (claim.kind === 'gone') return;
        await sleep(Math.max(250, claim.until.getTime() - Date.now() + 250), signal);
      }
    },
    { workerId, lockMs: LEASE_MS, maxStalls: MAX_ATTEMPTS },
    FILE_QUEUE_NAME,
  );
  while (!signal?.aborted) {
    try {
      for (const id of await fileJobsToRequeue()) {
        if (!(await enqueueJob(FILE_QUEUE_NAME, id))) break;
      }
    } catch (err) {
      console.warn(`[worker ${workerId}] processing sweep failed`, err);
    }
    await sleep(Math.min(10_000, LEASE_MS / 2), signal);
  }
  await worker.close();
}
