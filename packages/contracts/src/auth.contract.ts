import { z } from 'zod';
import { ROLES } from '@papi/domain';
import { defineRoute } from './route.ts';
import { ZOk, ZUnitRef } from './common.ts';

export const ZRole = z.enum(ROLES);

export const ZMe = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: ZRole,
  unit: ZUnitRef,
  /** The province the unit belongs to (itself for a province); null for the country. */
  province: ZUnitRef.nullable(),
  agency: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** Drafts their own unit's plans and report (not a sở officer, who acts for their agency). */
  draftsForUnit: z.boolean(),
  mustChangePassword: z.boolean(),
  csrfToken: z.string().describe('Gửi lại trong header X-CSRF-Token với mọi yêu cầu thay đổi'),
});
export type TMe = z.infer<typeof ZMe>;

export const ZLogin = z.object({
  username: z.string().trim().min(1, 'Vui lòng nhập tên đăng nhập.').max(100),
  password: z.string().min(1, 'Vui lòng nhập mật khẩu.').max(200),
});

export const login = defineRoute({
  method: 'post',
  path: '/api/auth/login',
  summary: 'Đăng nhập',
  tag: 'Xác thực',
  auth: false,
  body: ZLogin,
  response: ZMe,
});

export const logout = defineRoute({
  method: 'post',
  path: '/api/auth/logout',
  summary: 'Đăng xuất',
  tag: 'Xác thực',
  response: ZOk,
});

export const getMe = defineRoute({
  method: 'get',
  path: '/api/auth/me',
  summary: 'Người dùng hiện tại',
  tag: 'Xác thực',
  response: ZMe,
});

export const ZChangePassword = z.object({
  currentPassword: z.string().min(1, 'Vui lòng nhập mật khẩu hiện tại.').max(200),
  newPassword: z.string().min(1, 'Vui lòng nhập mật khẩu mới.').max(200),
});

export const changePassword = defineRoute({
  method: 'post',
  path: '/api/auth/change-password',
  summary: 'Đổi mật khẩu (bắt buộc ở lần đăng nhập đầu)',
  tag: 'Xác thực',
  body: ZChangePassword,
  response: ZMe,
});
