import { z } from 'zod';
import { defineRoute, ZFile } from './route.ts';
import { ZIsoDate, ZUnitRef } from './common.ts';

export const ZHealth = z.object({
  /** "degraded": the server answers but needs attention (see disk). */
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['pglite', 'postgres']),
  migration: z.string().describe('Tên migration mới nhất đã áp dụng'),
  version: z.string(),
  disk: z
    .object({
      freeBytes: z.number().int(),
      totalBytes: z.number().int(),
      /** Free space under DISK_MIN_FREE_MB: uploads and writes may soon fail with 507. */
      low: z.boolean(),
      message: z.string().nullable(),
    })
    .describe('Dung lượng trống của thư mục dữ liệu (DATA_DIR)'),
});

export const getHealth = defineRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Tình trạng máy chủ và cơ sở dữ liệu',
  tag: 'Hệ thống',
  auth: false,
  response: ZHealth,
});

export const ZInstallation = z.object({
  name: z.string(),
  scopeUnit: ZUnitRef,
  demo: z.boolean(),
  /** Periods and obligations that ended before this day are history, not overdue. */
  inUseSince: ZIsoDate,
});

export const getInstallation = defineRoute({
  method: 'get',
  path: '/api/installation',
  summary: 'Thông tin cài đặt: địa phương áp dụng',
  tag: 'Hệ thống',
  auth: false,
  response: ZInstallation,
});

export const ZBackupInfo = z.object({
  name: z.string().describe('Tên tệp trong thư mục sao lưu (papihub-YYYYMMDD-HHmmss.tar.gz)'),
  size: z.number().int().describe('Dung lượng (byte)'),
  createdAt: z.string().describe('Thời điểm tạo (ISO 8601)'),
});

export const ZBackupResult = ZBackupInfo.extend({
  tables: z.number().int().describe('Số bảng'),
  rows: z.number().int().describe('Tổng số dòng'),
  files: z.number().int().describe('Số tệp minh chứng'),
  missingFiles: z.number().int().describe('Số tệp minh chứng đã mất trước khi sao lưu'),
});

export const ZBackupList = z.object({
  items: z.array(ZBackupInfo),
  /** Giờ sao lưu tự động hằng ngày (giờ Việt Nam), null khi tắt. */
  scheduleHour: z.number().int().nullable(),
  /** Số bản sao lưu giữ lại; bản cũ hơn bị xóa sau mỗi lần sao lưu. */
  keep: z.number().int(),
});

export const ZBackupName = z
  .string()
  .regex(/^papihub-\d{8}-\d{6}(-\d+)?\.tar\.gz$/, 'Tên bản sao lưu không hợp lệ');

export const listBackups = defineRoute({
  method: 'get',
  path: '/api/system/backups',
  summary: 'Danh sách bản sao lưu và lịch sao lưu tự động (quản trị hệ thống)',
  tag: 'Hệ thống',
  response: ZBackupList,
});

export const createBackupNow = defineRoute({
  method: 'post',
  path: '/api/system/backups',
  summary: 'Sao lưu ngay toàn bộ dữ liệu và tệp minh chứng, không dừng máy chủ',
  tag: 'Hệ thống',
  status: 201,
  response: ZBackupResult,
});

export const downloadBackup = defineRoute({
  method: 'get',
  path: '/api/system/backups/:name',
  summary: 'Tải về một bản sao lưu (.tar.gz)',
  tag: 'Hệ thống',
  params: z.object({ name: ZBackupName }),
  produces: 'application/gzip',
  response: ZFile,
});
export type TBackupInfo = z.infer<typeof ZBackupInfo>;
export type TBackupResult = z.infer<typeof ZBackupResult>;
export type TBackupList = z.infer<typeof ZBackupList>;
