import { enqueueJob, FILE_QUEUE_NAME } from '../../queue/render-queue';
import { db } from '../db/client';
import type { FileJob, Prisma } from '../db/generated/client';
import { LEASE_MS, MAX_ATTEMPTS } from '../renders';
import { claimOldestRunnableFileJob } from './claim-next-file-job-sql';

/**
 * Upload processing jobs, leased exactly like renders: a worker claims a job with a conditional update,
 * renews a LEASE_MS lease by heartbeat, and a job whose worker died is claimed again when the lease runs
 * out — up to MAX_ATTEMPTS, then the file is failed with a reason. With REDIS_URL the ids also travel
 * through BullMQ (FILE_QUEUE_NAME); the database stays the truth.
 */

/** Hands new jobs to BullMQ when REDIS_URL is set; without it the workers poll the database. */
export async function enqueueFileJobs(fileIds: string[]): Promise<void> {
  for (const id of fileIds) {
    if (!(await enqueueJob(FILE_QUEUE_NAME, id))) break; // no Redis (or unreachable): the sweep or polling finds them
  }
}

const runnable = (now: Date): Prisma.FileJobWhereInput => ({
  OR: [{ status: 'queued' }, { status: 'running', leaseExpiresAt: { lt: now }, attempts: { lt: MAX_ATTEMPTS } }],
});

async function tryClaim(candidate: Pick<FileJob, 'id' | 'status' | 'attempts'>, workerId: string, now: Date): Promise<FileJob | null> {
  const { count } = await db.fileJob.updateMany({
    where: { id: candidate.id, status: candidate.status, attempts: candidate.attempts, ...runnable(now) },
    data: { status: 'running', leaseOwner: workerId, leaseExpiresAt: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 }, startedAt: now },
  });
  return count === 1 ? db.fileJob.findUniqueOrThrow({ where: { id: candidate.id } }) : null;
}

/** Claims the oldest runnable processing job (queued, or running with an expired lease): one SKIP LOCKED statement. */
export async function claimNextFileJob(workerId: string): Promise<FileJob | null> {
  await failAbandonedFileJobs();
  const id = await claimOldestRunnableFileJob({ workerId, now: new Date(), leaseMs: LEASE_MS, maxAttempts: MAX_ATTEMPTS });
  return id ? db.fileJob.findUniqueOrThrow({ where: { id } }) : null;
}

export type FileJobClaim = { kind: 'claimed'; job: FileJob } | { kind: 'leased'; until: Date } | { kind: 'gone' };

/** Claims one job a queue delivered, through the same conditional update. */
export async function claimFileJob(jobId: string, workerId: string): Promise<FileJobClaim> {
  for (let i = 0; i < 5; i++) {
    const now = new Date();
    const job = await db.fileJob.findUnique({ where: { id: jobId } });
    if (!job || job.status === 'done' || job.status === 'failed') return { kind: 'gone' };
    if (job.status === 'running' && job.leaseExpiresAt && job.leaseExpiresAt >= now) return { kind: 'leased', until: job.leaseExpiresAt };
    if (job.status === 'running' && job.attempts >= MAX_ATTEMPTS) {
      await failAbandonedFileJobs();
      return { kind: 'gone' };
    }
    const claimed = await tryClaim(job, workerId, now);
    if (claimed) return { kind: 'claimed', job: claimed };
  }
  return { kind: 'gone' };
}

/** For queue-fed workers: ids that should be in the queue (lost deliveries, expired leases). */
export async function fileJobsToRequeue(limit = 100): Promise<string[]> {
  await failAbandonedFileJobs();
  const rows = await db.fileJob.findMany({ where: runnable(new Date()), orderBy: { createdAt: 'asc' }, take: limit, select: { id: true } });
  return rows.map((r) => r.id);
}

/** Extends the lease; false when it was lost (another worker took the job over). */
export async function heartbeatFileJob(jobId: string, workerId: string): Promise<boolean> {
  const { count } = await db.fileJob.updateMany({
    where: { id: jobId, leaseOwner: workerId, status: 'running' },
    data: { leaseExpiresAt: new Date(Date.now() + LEASE_MS) },
  });
  return count === 1;
}

/**
 * Records a job's outcome and the file's new fields in one transaction, only while this worker still
 * holds the lease (a worker that lost it must not overwrite its successor's result). False if it did not.
 */
export async function finishFileJob(input: {
  jobId: string;
  workerId: string;
  file: Prisma.FileUpdateManyMutationInput & { status: 'ready' | 'failed' };
}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.fileJob.updateMany({
      where: { id: input.jobId, leaseOwner: input.workerId, status: 'running' },
      data: {
        status: input.file.status === 'ready' ? 'done' : 'failed',
        error: typeof input.file.error === 'string' ? input.file.error : null,
        completedAt: new Date(),
        leaseExpiresAt: null,
      },
    });
    if (count === 0) return false;
    const job = await tx.fileJob.findUniqueOrThrow({ where: { id: input.jobId } });
    await tx.file.updateMany({ where: { id: job.fileId }, data: { ...input.file, processedAt: new Date() } });
    return true;
  });
}

/** Jobs whose worker died on every attempt: the file is failed with a reason, and stays usable as uploaded. */
export async function failAbandonedFileJobs(): Promise<void> {
  const stuck = await db.fileJob.findMany({
    where: { status: 'running', leaseExpiresAt: { lt: new Date() }, attempts: { gte: MAX_ATTEMPTS } },
    select: { id: true, fileId: true, attempts: true },
  });
  for (const job of stuck) {
    const error = `Processing stopped responding ${job.attempts} times and was given up; the file itself is stored and usable.`;
    await db.$transaction(async (tx) => {
      const { count } = await tx.fileJob.updateMany({
        where: { id: job.id, status: 'running' },
        data: { status: 'failed', error, completedAt: new Date(), leaseExpiresAt: null },
      });
      if (count === 1) await tx.file.updateMany({ where: { id: job.fileId, status: 'processing' }, data: { status: 'failed', error } });
    });
  }
}
