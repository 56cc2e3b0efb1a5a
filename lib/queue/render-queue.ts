import { Queue, Worker } from 'bullmq';
import { getSettings } from '../config';

/**
 * The scale-out adapter: with REDIS_URL set, render ids travel through a BullMQ queue so workers on
 * other machines pick them up without polling. BullMQ only delivers; the database stays the truth
 * (claims, leases, progress, credits), so a lost or repeated delivery can never charge twice or skip a job.
 */
export const RENDER_QUEUE_NAME = 'cutroom-renders';
/** Upload processing jobs (probe + derivatives), consumed by the same worker processes beside renders. */
export const FILE_QUEUE_NAME = 'cutroom-files';
/** Render farm chunks (RENDER_FARM=1): the payload's `renderId` field carries the chunk id. */
export const CHUNK_QUEUE_NAME = 'cutroom-render-chunks';
/** How long startRender waits for Redis before leaving the job to the workers' sweep. */
const ENQUEUE_TIMEOUT_MS = 5_000;

export interface RenderQueueData {
  renderId: string;
}

export const redisUrl = (): string | undefined => getSettings().redisUrl;
export const isRenderQueueEnabled = (): boolean => Boolean(redisUrl());

const holder = globalThis as unknown as { cutroomQueues?: Map<string, Queue<RenderQueueData>> };
const queues = (holder.cutroomQueues ??= new Map());

function queueFor(name: string, url: string): Queue<RenderQueueData> {
  const existing = queues.get(name);
  if (existing) return existing;
  const queue = new Queue<RenderQueueData>(name, {
    connection: { url },
    defaultJobOptions: {
      // The job id is the render id: enqueueing a render twice (startRender, then a worker's sweep) is a no-op.
      removeOnComplete: true,
      removeOnFail: true,
      // Retries here cover infrastructure errors (database briefly unavailable); render failures are
      // recorded in the database by the worker and never thrown back to BullMQ.
      attempts: 5,
      backoff: { type: 'exponential', delay: 1_000 },
    },
  });
  queues.set(name, queue);
  return queue;
}

/**
 * Hands a queued render to BullMQ when REDIS_URL is set (no-op otherwise). Never throws: when Redis is
 * unreachable the render stays `queued` in the database and a worker's sweep enqueues it later.
 */
export function enqueueRender(renderId: string): Promise<boolean> {
  return enqueueJob(RENDER_QUEUE_NAME, renderId);
}

/** Hands a render farm chunk to BullMQ when REDIS_URL is set (no-op otherwise: workers find it in the database). */
export function enqueueChunk(chunkId: string): Promise<boolean> {
  return enqueueJob(CHUNK_QUEUE_NAME, chunkId);
}

/** Hands a job id to the named BullMQ queue (see enqueueRender); the payload field is `renderId` for every queue. */
export async function enqueueJob(queueName: string, renderId: string): Promise<boolean> {
  const url = redisUrl();
  if (!url) return false;
  const queue = queueFor(queueName, url);
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      queue.add('job', { renderId }, { jobId: renderId }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
      }),
    ]);
    return true;
  } catch (err) {
    console.warn(`[queue] could not enqueue ${renderId} (a worker will pick it up from the database): ${String(err)}`);
    // A queue whose first connection failed stays failed: start over on the next call.
    if (queues.get(queueName) === queue) queues.delete(queueName);
    void queue.close().catch(() => undefined);
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Closes this process's queue connection (tests, shutdown). */
export async function closeRenderQueue(): Promise<void> {
  const open = [...queues.values()];
  queues.clear();
  await Promise.all(open.map((q) => q.close()));
}

export interface RenderQueueWorkerOptions {
  workerId: string;
  /** BullMQ's job lock; matches the database lease so both notice a dead worker at about the same time. */
  lockMs: number;
  /** Redeliveries of a stalled job before BullMQ gives up (the database's attempt limit decides first). */
  maxStalls: number;
}

/**
 * A BullMQ consumer running `handle(renderId)` one job at a time. A worker that dies leaves its job's
 * lock to expire; another worker's stalled-job check puts the job back in the queue.
 */
export function createRenderQueueWorker(
  handle: (renderId: string) => Promise<void>,
  opts: RenderQueueWorkerOptions,
  queueName: string = RENDER_QUEUE_NAME,
): Worker<RenderQueueData> {
  const url = redisUrl();
  if (!url) throw new Error('REDIS_URL is not set');
  const worker = new Worker<RenderQueueData>(queueName, (job) => handle(job.data.renderId), {
    connection: { url, maxRetriesPerRequest: null },
    name: opts.workerId,
    concurrency: 1,
    lockDuration: opts.lockMs,
    stalledInterval: opts.lockMs,
    maxStalledCount: opts.maxStalls,
  });
  worker.on('error', (err) => console.warn(`[worker ${opts.workerId}] queue: ${err.message}`));
  worker.on('failed', (job, err) => console.warn(`[worker ${opts.workerId}] queue job ${job?.id ?? '?'} failed: ${err.message}`));
  return worker;
}
