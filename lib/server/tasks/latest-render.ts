import { db } from '../db/client';
import type { Render } from '../db/generated/client';

export async function latestRender(taskId: string): Promise<Render | null> {
  return db.render.findFirst({ where: { taskId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}
