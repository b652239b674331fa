import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZBodyId, ZId, ZIdParams, ZVersioned, paged } from './common.ts';

export const AGENCY_KINDS = [
  'ubnd',
  'so',
  'ban_nganh',
  'phong',
  'mttq',
  'doan_the',
  'toa_an',
  'vien_kiem_sat',
  'cong_an',
  'khac',
] as const;
export const ZAgencyKind = z.enum(AGENCY_KINDS);

export const ZAgency = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: ZAgencyKind,
  active: z.boolean(),
  version: z.number().int(),
});
export type TAgency = z.infer<typeof ZAgency>;

export const listAgencies = defineRoute({
  method: 'get',
  path: '/api/agencies',
  summary: 'Cơ quan, đơn vị trong phạm vi',
  tag: 'Cơ quan',
  query: z.object({
    unitId: ZId.optional(),
    q: z.string().trim().max(100).optional(),
    includeInactive: z.stringbool().default(false),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(100),
  }),
  response: paged(ZAgency),
});

const agencyFields = {
  name: z.string().trim().min(2, 'Tên cơ quan phải có ít nhất 2 ký tự.').max(300),
  shortName: z.string().trim().max(100).default(''),
  kind: ZAgencyKind,
};

export const createAgency = defineRoute({
  method: 'post',
  path: '/api/agencies',
  summary: 'Thêm cơ quan',
  tag: 'Cơ quan',
  body: z.object({ unitId: ZBodyId, ...agencyFields }),
  response: ZAgency,
  status: 201,
});

export const updateAgency = defineRoute({
  method: 'patch',
  path: '/api/agencies/:id',
  summary: 'Sửa cơ quan (kèm version để tránh ghi đè)',
  tag: 'Cơ quan',
  params: ZIdParams,
  body: ZVersioned.extend({
    name: agencyFields.name.optional(),
    shortName: z.string().trim().max(100).optional(),
    kind: ZAgencyKind.optional(),
    active: z.boolean().optional(),
  }),
  response: ZAgency,
});
