import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZId, ZIdParams, ZIsoDate, ZUnitRef } from './common.ts';

export const ZUnit = ZUnitRef.extend({
  nameEn: z.string(),
  type: z.string().describe('Loại đơn vị: Tỉnh, Thành phố, Phường, Xã, Đặc khu, Huyện…'),
  parentId: z.number().int().nullable(),
  validFrom: ZIsoDate.nullable(),
  validTo: ZIsoDate.nullable(),
  childCount: z.number().int(),
});
export type TUnit = z.infer<typeof ZUnit>;

export const ZUnitListQuery = z.object({
  parentId: ZId.optional(),
  q: z.string().trim().max(100).optional(),
  asOf: ZIsoDate.optional().describe('Ngày hiệu lực; mặc định hôm nay'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const listUnits = defineRoute({
  method: 'get',
  path: '/api/units',
  summary: 'Đơn vị hành chính: gốc phạm vi, con của một đơn vị, hoặc tìm không dấu',
  tag: 'Đơn vị',
  query: ZUnitListQuery,
  response: z.object({ items: z.array(ZUnit), asOf: ZIsoDate }),
});

export const ZUnitDetail = ZUnit.extend({
  ancestors: z.array(ZUnitRef),
  predecessors: z.array(ZUnitRef.extend({ mergeType: z.string() })),
  successors: z.array(ZUnitRef.extend({ mergeType: z.string() })),
  agencyCount: z.number().int(),
});
export type TUnitDetail = z.infer<typeof ZUnitDetail>;

export const getUnit = defineRoute({
  method: 'get',
  path: '/api/units/:id',
  summary: 'Chi tiết đơn vị, đơn vị tiền thân và kế thừa (sắp xếp 2025)',
  tag: 'Đơn vị',
  params: ZIdParams,
  response: ZUnitDetail,
});
