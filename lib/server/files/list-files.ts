import { db } from '../db/client';
import type { MediaCategory } from '../../contract';

/** The caller's files, newest first. */
export async function listFiles(input: { userId: string; page: number; limit: number; type?: MediaCategory }) {
  const where = { userId: input.userId, ...(input.type ? { type: input.type } : {}) };
  const [files, total] = await Promise.all([
    db.file.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * input.limit,
      take: input.limit,
    }),
    db.file.count({ where }),
  ]);
  return { files, total };
}
