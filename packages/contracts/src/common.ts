import { z } from 'zod';

export const ZApiError = z.object({
  code: z.string().describe('Mã lỗi ổn định, ví dụ VALIDATION, NOT_FOUND, CONFLICT'),
  message: z.string().describe('Thông báo tiếng Việt cho người dùng'),
  details: z.unknown().optional(),
});
export type TApiError = z.infer<typeof ZApiError>;

/** Positive integer id from a path segment: "12" → 12; "abc", "0", "1.5" → 400. */
export const ZId = z.coerce.number().int().positive().max(2_147_483_647);
export const ZIdParams = z.object({ id: ZId });

export const ZIsoDate = z.iso.date();
export const ZTimestamp = z.string().describe('ISO 8601 timestamp');

export const ZPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const ZOk = z.object({ ok: z.literal(true) });

export function paged<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** Optimistic concurrency: every update names the version it was based on. */
export const ZVersioned = z.object({ version: z.number().int().min(1) });

export const ZUnitRef = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  level: z.enum(['country', 'province', 'district', 'commune']),
});
export type TUnitRef = z.infer<typeof ZUnitRef>;
