import { z } from 'zod';
import { defineRoute, MIME, ZFile } from './route.ts';
import { ZIsoDate, ZUnitRef } from './common.ts';

/** Largest results file accepted, after base64 decoding. */
export const IMPORT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The JSON body carrying it: base64 adds a third, plus the other fields. */
export const IMPORT_MAX_BODY_BYTES = Math.ceil((IMPORT_MAX_FILE_BYTES * 4) / 3) + 64 * 1024;

const ZIndexCode = z.object({ code: z.string().trim().toUpperCase().max(20) });
const ZYear = z.number().int().min(1990).max(2100);

/**
 * An official results file (CSV UTF-8 or XLSX, told apart by content, not by name) sent as
 * JSON. Preview and commit take the same body: the server re-reads the file on commit.
 */
export const ZIndexImportBody = z.object({
  filename: z.string().trim().min(1).max(255),
  /** The file's bytes in base64 (a `data:…;base64,` prefix is accepted). */
  contentBase64: z.string().min(1),
  year: ZYear,
  publishedOn: ZIsoDate.optional(),
  /** Commit only: the caller has seen the warnings and saves anyway. */
  confirmWarnings: z.boolean().optional(),
});

export const ZImportIssue = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  /** Row number as in the file (header = 1); null for problems of the whole file. */
  row: z.number().int().nullable(),
  /** Column letter (XLSX) or column name (CSV); null when no single column is meant. */
  column: z.string().nullable(),
  message: z.string(),
});
export type TImportIssue = z.infer<typeof ZImportIssue>;

export const ZImportRow = z.object({
  row: z.number().int(),
  /** The province as written in the file. */
  province: z.string(),
  unit: ZUnitRef.nullable(),
  scores: z.record(z.string(), z.number()),
  /** Total as written in the file, if any. */
  total: z.number().nullable(),
  /** Σ dimensions: null when a dimension is missing (the province is not assessed). */
  computedTotal: z.number().nullable(),
  assessed: z.boolean(),
  /** An error on the row (unknown province, score out of range…): it has no status yet. */
  hasError: z.boolean(),
});

export const ZImportPreview = z.object({
  code: z.string(),
  year: z.number().int(),
  edition: z.string(),
  /** Units the results attach to: pre-2025 provinces up to 2024, post-2025 from 2025. */
  era: z.enum(['pre2025', 'post2025']),
  format: z.enum(['csv', 'xlsx']),
  layout: z.enum(['template', 'long']),
  rows: z.array(ZImportRow),
  /** Provinces of the era absent from the file: saved as not assessed. */
  missing: z.array(ZUnitRef),
  issues: z.array(ZImportIssue),
  errors: z.number().int(),
  warnings: z.number().int(),
  /** The release this would replace, if the year is already there. */
  replaces: z.object({ surveyed: z.number().int(), assessed: z.number().int() }).nullable(),
});
export type TImportPreview = z.infer<typeof ZImportPreview>;

export const previewIndexImport = defineRoute({
  method: 'post',
  path: '/api/indices/:code/import/preview',
  summary:
    'Kiểm tra tệp kết quả chính thức một năm (CSV/XLSX) trước khi lưu: từng dòng, lỗi, cảnh báo',
  tag: 'Chỉ số',
  params: ZIndexCode,
  body: ZIndexImportBody,
  response: ZImportPreview,
  maxBodyBytes: IMPORT_MAX_BODY_BYTES,
});

export const ZImportResult = z.object({
  releaseId: z.number().int(),
  code: z.string(),
  year: z.number().int(),
  edition: z.string(),
  surveyed: z.number().int(),
  assessed: z.number().int(),
  replaced: z.boolean(),
});

export const commitIndexImport = defineRoute({
  method: 'post',
  path: '/api/indices/:code/import',
  summary:
    'Lưu kết quả chính thức một năm từ tệp (thay thế năm đã có); cần xác nhận khi có cảnh báo, không lưu khi có lỗi',
  tag: 'Chỉ số',
  params: ZIndexCode,
  body: ZIndexImportBody,
  response: ZImportResult,
  status: 201,
  maxBodyBytes: IMPORT_MAX_BODY_BYTES,
});

export const getIndexImportTemplate = defineRoute({
  method: 'get',
  path: '/api/indices/:code/import-template',
  summary: 'Mẫu nhập kết quả (XLSX): các lĩnh vực của phiên bản áp dụng cho năm chọn',
  tag: 'Chỉ số',
  params: ZIndexCode,
  query: z.object({ year: z.coerce.number().int().min(1990).max(2100).optional() }),
  response: ZFile,
  produces: MIME.xlsx,
});

export const exportRanking = defineRoute({
  method: 'get',
  path: '/api/indices/:code/rankings/:year/export',
  summary: 'Tải bảng xếp hạng một năm (XLSX hoặc CSV)',
  tag: 'Chỉ số',
  params: ZIndexCode.extend({ year: z.coerce.number().int().min(1990).max(2100) }),
  query: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }),
  response: ZFile,
  produces: MIME.xlsx,
});
