import { z } from 'zod';

const int = z.number().int();

/** `pagination` of every list response. */
export const paginationSchema = z.object({
  page: int.min(1),
  limit: int.min(1).max(100),
  total: int.min(0).describe('Items matching the filter, across all pages'),
});
export type Pagination = z.infer<typeof paginationSchema>;

const intParam = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${name} must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });

/** `page` ≥ 1 (default 1), `limit` 1–100 (default 20). */
export const paginationQuery = {
  page: intParam('page', 1, 1_000_000, 1),
  limit: intParam('limit', 1, 100, 20),
};
