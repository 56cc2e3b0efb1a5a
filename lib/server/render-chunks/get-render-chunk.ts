import { db } from '../db/client';

/** One chunk's row (the coordinator follows it); null when its render was deleted. */
export function getRenderChunk(chunkId: string) {
  return db.renderChunk.findUnique({ where: { id: chunkId } });
}

/** The chunks of a render, in order (progress, cleanup). */
export function listRenderChunks(renderId: string) {
  return db.renderChunk.findMany({ where: { renderId }, orderBy: { index: 'asc' } });
}

/** The render a chunk belongs to, while it runs (a worker taking the chunk needs its config and owner); else null. */
export function getChunkRender(renderId: string) {
  return db.render.findFirst({ where: { id: renderId, status: 'rendering' }, select: { id: true, userId: true, config: true } });
}
