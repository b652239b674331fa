import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZBodyId, ZId, ZIdParams, ZTimestamp, ZVersioned, paged } from './common.ts';
import { ZRole } from './auth.contract.ts';

export const ZUser = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  email: z.string(),
  role: ZRole,
  unitId: z.number().int(),
  unitName: z.string(),
  agencyId: z.number().int().nullable(),
  agencyName: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lastLoginAt: ZTimestamp.nullable(),
  version: z.number().int(),
});
export type TUser = z.infer<typeof ZUser>;

export const listUsers = defineRoute({
  method: 'get',
  path: '/api/users',
  summary: 'Tài khoản trong phạm vi',
  tag: 'Tài khoản',
  query: z.object({
    q: z.string().trim().max(100).optional(),
    unitId: ZId.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: paged(ZUser),
});

const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,50}$/, 'Tên đăng nhập gồm 3–50 ký tự: chữ không dấu, số, dấu . _ -');
const ZEmail = z.union([z.literal(''), z.email('Địa chỉ email không hợp lệ.')]);

export const createUser = defineRoute({
  method: 'post',
  path: '/api/users',
  summary: 'Tạo tài khoản (trả về mật khẩu tạm, bắt đổi ở lần đăng nhập đầu)',
  tag: 'Tài khoản',
  body: z.object({
    username: ZUsername,
    fullName: z.string().trim().min(2, 'Vui lòng nhập họ tên.').max(200),
    email: ZEmail.default(''),
    role: ZRole,
    unitId: ZBodyId,
    agencyId: ZBodyId.nullable().default(null),
  }),
  response: z.object({ user: ZUser, temporaryPassword: z.string() }),
  status: 201,
});

export const updateUser = defineRoute({
  method: 'patch',
  path: '/api/users/:id',
  summary: 'Sửa tài khoản (kèm version để tránh ghi đè)',
  tag: 'Tài khoản',
  params: ZIdParams,
  body: ZVersioned.extend({
    fullName: z.string().trim().min(2).max(200).optional(),
    email: ZEmail.optional(),
    role: ZRole.optional(),
    agencyId: ZBodyId.nullable().optional(),
    active: z.boolean().optional(),
  }),
  response: ZUser,
});

export const resetUserPassword = defineRoute({
  method: 'post',
  path: '/api/users/:id/reset-password',
  summary: 'Cấp lại mật khẩu tạm',
  tag: 'Tài khoản',
  params: ZIdParams,
  response: z.object({ temporaryPassword: z.string() }),
});
