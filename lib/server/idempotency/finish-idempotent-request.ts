import { db } from '../db/client';

/** Stores the first response of a key's request: later requests with the key get it back. */
export async function completeIdempotentRequest(id: string, response: { statusCode: number; body: string; contentType: string | null }) {
  await db.idempotencyKey.updateMany({
    where: { id },
    data: { status: 'done', statusCode: response.statusCode, body: response.body, contentType: response.contentType, completedAt: new Date() },
  });
}

/** Frees a key whose request failed, so a retry with it does the work (failures are not replayed). */
export async function releaseIdempotentRequest(id: string) {
  await db.idempotencyKey.deleteMany({ where: { id } });
}
