import { z } from 'zod';

/** A task's lifecycle: created → rendering → completed | failed (and back to rendering on a re-render). */
export const taskStatuses = ['created', 'rendering', 'completed', 'failed'] as const;
export const taskStatusSchema = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

/** Where a running render stands: waiting for a worker, drawing frames, joining chunks, writing the file. */
export const renderStages = ['queued', 'rendering', 'combining', 'finalizing'] as const;
export const renderStageSchema = z.enum(renderStages);
export type RenderStage = z.infer<typeof renderStageSchema>;
