import { createTask } from '../tasks/create-task';
import { parseConfigOrThrow } from '../tasks/parse-config-or-throw';
import { getPreviewOrThrow } from './get-preview-or-throw';

/**
 * Clones a preview into a permanent task; the preview stays usable. The stored config is validated
 * again (INVALID_CONFIG) because the schema may have tightened since the preview was made.
 */
export interface ClonePreviewInput {
  tempId: string;
  userId: string;
  category?: string;
  /** Attached to the new task (the Python SDK 1.1 sends it on convert and render). */
  metadata?: Record<string, unknown> | null;
  title?: string;
}

export async function clonePreview(input: ClonePreviewInput) {
  const preview = await getPreviewOrThrow(input);
  const config = parseConfigOrThrow(JSON.parse(preview.config));
  const task = await createTask({ userId: input.userId, config, category: input.category, metadata: input.metadata, title: input.title });
  return { preview, task };
}
