import { z } from 'zod';

const int = z.number().int();

/** `pagination` of every list response. */
export const paginationSchema = z.object({
  page: int.min(1),
  limit: int.min(1).max(100),
  total: int.min(0).describe('Items matching the filter, across all pages'),
});
export type Pagination = z.infer<typeof paginationSchema>;
