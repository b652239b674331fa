import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZIsoDate, ZTimestamp, paged } from './common.ts';

export const ZAuditEntry = z.object({
  id: z.number().int(),
  at: ZTimestamp,
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  summary: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const listAudit = defineRoute({
  method: 'get',
  path: '/api/audit',
  summary: 'Nhật ký thay đổi (quản trị)',
  tag: 'Nhật ký',
  query: z.object({
    entity: z.string().max(50).optional(),
    q: z.string().trim().max(100).optional(),
    from: ZIsoDate.optional(),
    to: ZIsoDate.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: paged(ZAuditEntry),
});
