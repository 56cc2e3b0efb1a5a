import { enqueueChunk } from '../../queue/render-queue';
import { db } from '../db/client';
import type { RenderChunk } from '../db/generated/client';

export interface RenderChunkSpec {
  renderId: string;
  index: number;
  kind: 'media' | 'frames';
  frameFrom: number;
  frameTo: number;
  /** kind `frames`: the frames to capture. */
  frames?: number[];
}

export const renderChunkId = (renderId: string, index: number) => `${renderId}_c${index}`;

/**
 * The chunk's row, created queued (and handed to BullMQ with REDIS_URL) when missing. A row left by an
 * earlier attempt of the render is kept when its output is in storage (done with an output key) or a
 * live worker holds it; one that failed or that a dead coordinator rendered for itself starts over.
 */
export async function ensureRenderChunk(spec: RenderChunkSpec): Promise<RenderChunk> {
  const id = renderChunkId(spec.renderId, spec.index);
  const data = {
    kind: spec.kind,
    frameFrom: spec.frameFrom,
    frameTo: spec.frameTo,
    frames: spec.frames ? JSON.stringify(spec.frames) : null,
  };
  const existing = await db.renderChunk.findUnique({ where: { id } });
  const isReusable =
    existing &&
    existing.kind === data.kind &&
    existing.frameFrom === data.frameFrom &&
    existing.frameTo === data.frameTo &&
    existing.frames === data.frames &&
    (existing.status === 'queued' || existing.status === 'rendering' || (existing.status === 'done' && existing.outputKey !== null));
  if (existing && isReusable) return existing;
  const row = existing
    ? await db.renderChunk.update({
        where: { id },
        data: { ...data, status: 'queued', progress: 0, attempts: 0, leaseOwner: null, leaseExpiresAt: null, outputKey: null, error: null, completedAt: null },
      })
    : await db.renderChunk.create({ data: { id, renderId: spec.renderId, index: spec.index, ...data } });
  await enqueueChunk(id);
  return row;
}
