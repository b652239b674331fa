import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZUnitRef } from './common.ts';

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
});

export const getInstallation = defineRoute({
  method: 'get',
  path: '/api/installation',
  summary: 'Thông tin cài đặt: địa phương áp dụng',
  tag: 'Hệ thống',
  auth: false,
  response: ZInstallation,
});
