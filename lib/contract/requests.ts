import { z } from 'zod';

/** Request shapes of /api/v1. The config itself is validated by lib/video. */
/** Metadata is stored and served back as is: at most this many bytes of JSON. */
export const MAX_METADATA_BYTES = 16 * 1024;
export const metadataSchema = z
  .record(z.string(), z.unknown())
  .refine((m) => new TextEncoder().encode(JSON.stringify(m)).length <= MAX_METADATA_BYTES, {
    message: `must be at most ${MAX_METADATA_BYTES / 1024} KB of JSON`,
  });

export const createTaskBody = z.object({
  config: z.unknown(),
  metadata: metadataSchema.nullish(),
  title: z.string().max(200).optional(),
  category: z.string().max(100).optional(),
});

export const updateTaskBody = z
  .object({
    config: z.unknown().optional(),
    metadata: metadataSchema.nullish(),
    title: z.string().max(200).optional(),
    version: z
      .number()
      .int('version must be a whole number')
      .min(1)
      .optional()
      .describe('Cutroom: the task version this edit is based on; if it is not the current one the PATCH is refused with CONFLICT (like If-Match)'),
  })
  .refine((b) => b.config !== undefined || b.metadata !== undefined || b.title !== undefined, {
    message: 'send at least one of config, metadata, title',
  });

export const webhookUrlSchema = z
  .string()
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'webhook_url must be a valid absolute http(s) URL');

export const renderBody = z.object({
  webhook_url: webhookUrlSchema.optional(),
  num_workers: z.number().int('num_workers must be a whole number').min(1).max(100).optional(),
});
