import { z } from 'zod';
import { NOTIFICATION_KINDS } from '@papi/domain';
import { defineRoute } from './route.ts';
import { ZIdParams, ZOk, ZTimestamp, ZVersioned } from './common.ts';

export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);

export const ZNotification = z.object({
  id: z.number().int(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  readAt: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
});
export type TNotification = z.infer<typeof ZNotification>;

export const listNotifications = defineRoute({
  method: 'get',
  path: '/api/notifications',
  summary: 'Thông báo của tôi (mới nhất trước)',
  tag: 'Thông báo',
  query: z.object({
    unread: z.enum(['true', 'false']).optional().describe('true: chỉ thông báo chưa đọc'),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  }),
  response: z.object({
    items: z.array(ZNotification),
    total: z.number().int(),
    unread: z.number().int(),
  }),
});

export const unreadNotificationCount = defineRoute({
  method: 'get',
  path: '/api/notifications/unread-count',
  summary: 'Số thông báo chưa đọc',
  tag: 'Thông báo',
  response: z.object({ unread: z.number().int() }),
});

export const markNotificationRead = defineRoute({
  method: 'post',
  path: '/api/notifications/:id/read',
  summary: 'Đánh dấu một thông báo đã đọc',
  tag: 'Thông báo',
  params: ZIdParams,
  response: ZNotification,
});

export const markAllNotificationsRead = defineRoute({
  method: 'post',
  path: '/api/notifications/read-all',
  summary: 'Đánh dấu mọi thông báo đã đọc',
  tag: 'Thông báo',
  response: ZOk.extend({ marked: z.number().int() }),
});

export const ZNotificationPreferences = z.object({
  inApp: z.boolean().describe('Nhận thông báo trong ứng dụng'),
  email: z
    .object(
      Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, z.boolean()])) as Record<
        (typeof NOTIFICATION_KINDS)[number],
        z.ZodBoolean
      >,
    )
    .partial()
    .strict()
    .describe('Gửi thư điện tử theo từng loại thông báo (loại không nêu: mặc định)'),
  digest: z.boolean().describe('Nhận bản tin hằng ngày qua thư điện tử'),
  digestHour: z.number().int().min(0).max(23).describe('Giờ gửi bản tin (giờ Việt Nam)'),
  remindDaysBefore: z.number().int().min(0).max(30).describe('Nhắc trước hạn bao nhiêu ngày'),
});
export type TNotificationPreferences = z.infer<typeof ZNotificationPreferences>;

const ZPreferencesOut = ZNotificationPreferences.extend({
  version: z.number().int(),
  /** The address e-mails go to; empty means e-mail cannot reach this user. */
  emailAddress: z.string(),
});

export const getNotificationPreferences = defineRoute({
  method: 'get',
  path: '/api/notifications/preferences',
  summary: 'Cài đặt nhận thông báo của tôi',
  tag: 'Thông báo',
  response: ZPreferencesOut,
});

export const putNotificationPreferences = defineRoute({
  method: 'put',
  path: '/api/notifications/preferences',
  summary: 'Lưu cài đặt nhận thông báo',
  tag: 'Thông báo',
  body: ZNotificationPreferences.extend(ZVersioned.shape),
  response: ZPreferencesOut,
});
