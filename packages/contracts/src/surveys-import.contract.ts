import { z } from 'zod';
import { defineRoute, MIME, ZFile } from './route.ts';
import { ZIdParams, ZIsoDate } from './common.ts';
import { IMPORT_MAX_BODY_BYTES, ZImportIssue } from './index-import.contract.ts';
import { ZStratumQuota, ZSurveyRun } from './surveys.contract.ts';

const TAG = 'Khảo sát';

/** A CSV or XLSX file as JSON; preview and import take the same body (the file is read again). */
export const ZSurveyFileBody = z.object({
  filename: z.string().trim().min(1).max(255),
  /** The file's bytes in base64 (a `data:…;base64,` prefix is accepted). */
  contentBase64: z.string().min(1),
  /** Import only: the caller has seen the warnings and saves anyway. */
  confirmWarnings: z.boolean().optional(),
});

export const ZSubmissionsPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  /** Kobo/ODK export (`_uuid`) or the tally template (`ma_phieu`). */
  source: z.enum(['kobo', 'tally']),
  /** Question names matched to a column. */
  matched: z.array(z.string()),
  /** Rows read without error. */
  rows: z.number().int(),
  /** Of those, already in the run (same client id): skipped, never duplicated. */
  alreadyImported: z.number().int(),
  /** New responses per stratum code. */
  perStratum: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
  issues: z.array(ZImportIssue),
  errors: z.number().int(),
  warnings: z.number().int(),
});
export type TSubmissionsPreview = z.infer<typeof ZSubmissionsPreview>;

export const previewSurveySubmissions = defineRoute({
  method: 'post',
  path: '/api/survey-runs/:id/submissions/preview',
  summary:
    'Kiểm tra tệp phiếu xuất từ KoboToolbox/ODK (CSV, XLSX) hoặc mẫu nhập phiếu trước khi lưu: lỗi theo dòng, cột',
  tag: TAG,
  params: ZIdParams,
  body: ZSurveyFileBody,
  response: ZSubmissionsPreview,
  maxBodyBytes: IMPORT_MAX_BODY_BYTES,
});

export const importSurveySubmissions = defineRoute({
  method: 'post',
  path: '/api/survey-runs/:id/submissions',
  summary:
    'Lưu các phiếu của tệp (tất cả hoặc không phiếu nào); phiếu đã nhập (cùng mã) không tạo bản trùng',
  tag: TAG,
  params: ZIdParams,
  body: ZSurveyFileBody,
  response: z.object({ imported: z.number().int(), alreadyImported: z.number().int() }),
  status: 201,
  maxBodyBytes: IMPORT_MAX_BODY_BYTES,
});

export const getSurveyTallyTemplate = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id/tally-template',
  summary: 'Mẫu Excel nhập phiếu giấy của đợt: mỗi phiếu một dòng, mỗi câu hỏi một cột',
  tag: TAG,
  params: ZIdParams,
  response: ZFile,
  produces: MIME.xlsx,
});

export const getSurveyDesignTemplate = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id/design-template',
  summary: 'Tệp Excel thiết kế mẫu của đợt: chỉ tiêu, dân số, chỉ tiêu theo giới tính và nhóm tuổi',
  tag: TAG,
  params: ZIdParams,
  response: ZFile,
  produces: MIME.xlsx,
});

const ZChange = <T extends z.ZodType>(value: T) => z.object({ before: value, after: value });

export const ZDesignPreview = z.object({
  format: z.enum(['csv', 'xlsx']),
  rows: z.array(
    z.object({
      row: z.number().int(),
      code: z.string(),
      name: z.string(),
      target: ZChange(z.number().int()),
      population: ZChange(z.number().int().nullable()),
      quotas: ZChange(z.array(ZStratumQuota)),
    }),
  ),
  /** After the import some stratum would still have no population: equal weights. */
  equalWeights: z.boolean(),
  issues: z.array(ZImportIssue),
  errors: z.number().int(),
  warnings: z.number().int(),
});
export type TDesignPreview = z.infer<typeof ZDesignPreview>;

export const previewSurveyDesign = defineRoute({
  method: 'post',
  path: '/api/survey-runs/:id/design/preview',
  summary: 'Kiểm tra tệp thiết kế mẫu (chỉ tiêu, dân số, chỉ tiêu theo nhóm) trước khi lưu',
  tag: TAG,
  params: ZIdParams,
  body: ZSurveyFileBody,
  response: ZDesignPreview,
  maxBodyBytes: IMPORT_MAX_BODY_BYTES,
});

export const importSurveyDesign = defineRoute({
  method: 'post',
  path: '/api/survey-runs/:id/design',
  summary: 'Lưu thiết kế mẫu từ tệp (tất cả hoặc không gì); không lưu khi có lỗi',
  tag: TAG,
  params: ZIdParams,
  body: ZSurveyFileBody,
  response: ZSurveyRun,
  status: 201,
  maxBodyBytes: IMPORT_MAX_BODY_BYTES,
});

export const ZRunProgress = z.object({
  target: z.number().int(),
  responses: z.number().int(),
  /** Some stratum has no population figure: scores use equal weights. */
  equalWeights: z.boolean(),
  /** Days with responses, oldest first (Vietnam dates). */
  days: z.array(ZIsoDate),
  strata: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      unitId: z.number().int().nullable(),
      target: z.number().int(),
      population: z.number().int().nullable(),
      responses: z.number().int(),
      /** Responses per day, aligned with `days`. */
      byDay: z.array(z.number().int()),
      quotas: z.array(ZStratumQuota.extend({ label: z.string(), count: z.number().int() })),
    }),
  ),
});
export type TRunProgress = z.infer<typeof ZRunProgress>;

export const getSurveyRunProgress = defineRoute({
  method: 'get',
  path: '/api/survey-runs/:id/progress',
  summary:
    'Tiến độ thu phiếu: số phiếu theo nhóm mẫu so với chỉ tiêu và chỉ tiêu theo nhóm, theo ngày',
  tag: TAG,
  params: ZIdParams,
  response: ZRunProgress,
});
