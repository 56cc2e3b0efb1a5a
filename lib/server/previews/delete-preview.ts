import { db } from '../db/client';
import { getPreviewOrThrow } from './get-preview-or-throw';

export async function deletePreview(input: { tempId: string; userId: string }) {
  const preview = await getPreviewOrThrow(input);
  await db.preview.delete({ where: { id: preview.id } });
  return { tempId: preview.id, deleted: true as const, message: 'Temp preview deleted successfully' };
}
