import { z } from 'zod';

export const ZApiError = z.object({
  code: z.string().describe('Mã lỗi ổn định, ví dụ VALIDATION, NOT_FOUND, CONFLICT'),
  message: z.string().describe('Thông báo tiếng Việt cho người dùng'),
  details: z.unknown().optional(),
});
export type TApiError = z.infer<typeof ZApiError>;

const INT4_MAX = 2_147_483_647;

/** A database id in a JSON body: a positive integer that fits PostgreSQL's integer. */
export const ZBodyId = z.number().int().positive().max(INT4_MAX);
/** The same from a path segment or query string: "12" → 12; "abc", "0", "1.5" → 400. */
export const ZId = z.coerce.number().int().positive().max(INT4_MAX);
export const ZIdParams = z.object({ id: ZId });

/** ISO date that exists on the calendar (no 2023-02-29) and PostgreSQL accepts (year ≥ 1). */
export const ZIsoDate = z.iso.date().refine((value) => {
  const date = new Date(`${value}T00:00:00Z`);
  return value >= '0001' && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}, 'Ngày không tồn tại.');
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
export const ZVersioned = z.object({ version: z.number().int().min(1).max(INT4_MAX) });

export const ZUnitRef = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  fullName: z.string(),
  level: z.enum(['country', 'province', 'district', 'commune']),
});
export type TUnitRef = z.infer<typeof ZUnitRef>;

/**
 * A record-like field checked as one value, so a problem inside it ("mapping.sai") is
 * reported on the field itself ("mapping") with the inner path in the message. The input
 * type is the inner schema's; the value is then parsed by it (defaults, transforms).
 */
export function checkedWhole<T extends z.ZodType>(schema: T) {
  const firstProblem = (input: unknown) => {
    const issue = schema.safeParse(input).error?.issues[0];
    if (!issue) return 'Giá trị không hợp lệ.';
    return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
  };
  return z
    .custom<z.input<T>>((v) => schema.safeParse(v).success, {
      error: (iss) => firstProblem(iss.input),
    })
    .pipe(schema as unknown as z.ZodType<z.output<T>, z.input<T>>);
}
