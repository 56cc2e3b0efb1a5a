import { beforeAll, describe, expect, it } from 'vitest';
import { useFreshDatabase } from '../testing/fresh-database';

// The farm's chunk rows on a real PostgreSQL database with the committed migrations (imported after DATA_DIR is set).
let mod: {
  users: typeof import('../accounts');
  tasks: typeof import('../tasks');
  renders: typeof import('../renders');
  chunks: typeof import('./');
  db: typeof import('../db/client').db;
};

beforeAll(async () => {
  useFreshDatabase();
  delete process.env.REDIS_URL;
  mod = {
    users: await import('../accounts'),
    tasks: await import('../tasks'),
    renders: await import('../renders'),
    chunks: await import('./'),
    db: (await import('../db/client')).db,
  };
});

/** A render claimed by `coordinator`, as a worker would have it. */
async function runningRender(coordinator = 'coord:1') {
  const user = await mod.users.createUser({ email: `u${Math.random().toString(36).slice(2)}@x.test`, password: 'password1', credits: 100 });
  const task = await mod.tasks.createTask({ userId: user.id, config: { meta: { version: '2.0.0', width: 320, height: 180, fps: 30 }, tracks: [{ clips: [{ type: 'text', text: 'hi', start: 0, duration: 4 }] }] } });
  const { renderTaskId } = await mod.renders.startRender({ userId: user.id, taskId: task.id, numWorkers: 2 });
  const claimed = await mod.renders.claimRender(renderTaskId, coordinator);
  if (claimed.kind !== 'claimed') throw new Error('could not claim the render');
  return renderTaskId;
}

const spec = (renderId: string, index: number) => ({ renderId, index, kind: 'media' as const, frameFrom: index * 60, frameTo: index * 60 + 59 });

describe('render chunks', () => {
  it('one worker wins a chunk; its heartbeat and completion need the lease', async () => {
    const renderId = await runningRender();
    const row = await mod.chunks.ensureRenderChunk(spec(renderId, 1));
    expect(row).toMatchObject({ id: `${renderId}_c1`, status: 'queued', attempts: 0 });
    const claims = await Promise.all(['a:1', 'b:2', 'c:3'].map((w) => mod.chunks.claimRenderChunk(row.id, w)));
    const winners = claims.filter(Boolean);
    expect(winners).toHaveLength(1);
    const owner = winners[0]!.leaseOwner!;
    expect(await mod.chunks.heartbeatRenderChunk({ chunkId: row.id, workerId: 'someone:9', progress: 0.5 })).toBe(false);
    expect(await mod.chunks.heartbeatRenderChunk({ chunkId: row.id, workerId: owner, progress: 0.5 })).toBe(true);
    expect(await mod.chunks.completeRenderChunk({ chunkId: row.id, workerId: 'someone:9', outputKey: 'x' })).toBe(false);
    expect(await mod.chunks.completeRenderChunk({ chunkId: row.id, workerId: owner, outputKey: `renders/${renderId}/chunks/1` })).toBe(true);
    expect(await mod.chunks.getRenderChunk(row.id)).toMatchObject({ status: 'done', progress: 1, outputKey: `renders/${renderId}/chunks/1` });
    // Done: not claimable again, and kept when the render is planned again (its output is in storage).
    expect(await mod.chunks.claimRenderChunk(row.id, 'a:1')).toBeNull();
    expect(await mod.chunks.ensureRenderChunk(spec(renderId, 1))).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('a chunk whose worker went silent is claimed again, up to the attempt limit', async () => {
    const renderId = await runningRender();
    const row = await mod.chunks.ensureRenderChunk(spec(renderId, 1));
    expect(await mod.chunks.claimNextRenderChunk('a:1')).toMatchObject({ id: row.id, attempts: 1 });
    // A live lease: nobody else gets it.
    expect(await mod.chunks.claimRenderChunk(row.id, 'b:2')).toBeNull();
    await mod.db.renderChunk.update({ where: { id: row.id }, data: { leaseExpiresAt: new Date(Date.now() - 1000) } });
    expect(await mod.chunks.renderChunksToRequeue()).toContain(row.id);
    expect(await mod.chunks.claimRenderChunk(row.id, 'b:2')).toMatchObject({ leaseOwner: 'b:2', attempts: 2 });
    // The first worker, back from the dead, has lost it.
    expect(await mod.chunks.completeRenderChunk({ chunkId: row.id, workerId: 'a:1', outputKey: 'x' })).toBe(false);
    await mod.db.renderChunk.update({ where: { id: row.id }, data: { attempts: mod.renders.MAX_ATTEMPTS, leaseExpiresAt: new Date(Date.now() - 1000) } });
    expect(await mod.chunks.claimRenderChunk(row.id, 'c:3')).toBeNull();
  });

  it('chunks of a render that is no longer running are not handed out; a failed chunk starts over when planned again', async () => {
    const renderId = await runningRender();
    const row = await mod.chunks.ensureRenderChunk(spec(renderId, 1));
    // A worker's own trouble puts the chunk back in the queue; a real failure fails it.
    expect(await mod.chunks.claimRenderChunk(row.id, 'a:1')).not.toBeNull();
    expect(await mod.chunks.failRenderChunk({ chunkId: row.id, workerId: 'a:1', error: 'Timed out', retry: true })).toBe(true);
    expect(await mod.chunks.getRenderChunk(row.id)).toMatchObject({ status: 'queued', attempts: 1, leaseOwner: null });
    const claimed = await mod.chunks.claimRenderChunk(row.id, 'a:1');
    expect(await mod.chunks.failRenderChunk({ chunkId: row.id, workerId: 'a:1', error: 'boom' })).toBe(true);
    expect(await mod.chunks.getRenderChunk(row.id)).toMatchObject({ status: 'failed', error: 'boom' });
    expect(claimed).not.toBeNull();
    expect(await mod.chunks.ensureRenderChunk(spec(renderId, 1))).toMatchObject({ status: 'queued', attempts: 0, error: null });
    await mod.renders.failRender({ renderId, error: 'gone', refund: true });
    expect(await mod.chunks.claimNextRenderChunk('b:2')).toBeNull();
    expect(await mod.chunks.renderChunksToRequeue()).not.toContain(row.id);
  });
});
