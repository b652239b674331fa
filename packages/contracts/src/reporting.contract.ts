import { z } from 'zod';
import { defineRoute } from './route.ts';
import {
  ZBodyId,
  ZId,
  ZIdParams,
  ZIsoDate,
  ZPageQuery,
  ZUnitRef,
  ZVersioned,
  paged,
} from './common.ts';
import {
  ZIndicatorDef,
  ZRateCounts,
  ZRegime,
  ZRegimeDefinition,
  ZReport,
  ZReportContent,
  ZPeriodKey,
  ZReportPeriod,
  ZReporterLevel,
  ZReporterRow,
  ZReportStatus,
  ZReportSummary,
  ZReportVersion,
  ZSubmissionState,
} from './reporting.schemas.ts';
import { evidenceListRoute, evidenceUploadRoute } from './execution.contract.ts';

export * from './reporting.schemas.ts';

const TAG = 'Báo cáo định kỳ';
const ZYear = z.coerce.number().int().min(2000).max(2100);

export const listRegimes = defineRoute({
  method: 'get',
  path: '/api/regimes',
  summary: 'Chế độ báo cáo áp dụng cho đơn vị (của đơn vị và các cấp trên)',
  tag: TAG,
  query: z.object({ includeInactive: z.stringbool().default(false) }),
  response: z.object({ items: z.array(ZRegime) }),
});

export const getRegime = defineRoute({
  method: 'get',
  path: '/api/regimes/:id',
  summary: 'Một chế độ báo cáo',
  tag: TAG,
  params: ZIdParams,
  response: ZRegime,
});

export const createRegime = defineRoute({
  method: 'post',
  path: '/api/regimes',
  summary: 'Tạo chế độ báo cáo cho một đơn vị và cấp dưới',
  tag: TAG,
  body: z.object({
    unitId: ZBodyId,
    code: z
      .string()
      .trim()
      .regex(/^[A-Z0-9-]{2,20}$/, 'Mã chế độ gồm chữ in hoa, số, gạch nối; 2–20 ký tự.'),
    name: z.string().trim().min(1, 'Vui lòng nhập tên chế độ báo cáo.').max(300),
    definition: ZRegimeDefinition,
  }),
  response: ZRegime,
  status: 201,
});

export const updateRegime = defineRoute({
  method: 'patch',
  path: '/api/regimes/:id',
  summary: 'Sửa chế độ báo cáo (kèm version)',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({
    name: z.string().trim().min(1).max(300).optional(),
    definition: ZRegimeDefinition.optional(),
    active: z.boolean().optional(),
  }),
  response: ZRegime,
});

export const listRegimePeriods = defineRoute({
  method: 'get',
  path: '/api/regimes/:id/periods',
  summary: 'Các kỳ báo cáo của một năm: khoảng chốt số liệu, hạn nộp từng cấp (đã dời ngày nghỉ)',
  tag: TAG,
  params: ZIdParams,
  query: z.object({ year: ZYear.optional() }),
  response: z.object({ items: z.array(ZReportPeriod) }),
});

export const listReports = defineRoute({
  method: 'get',
  path: '/api/reports',
  summary: 'Báo cáo trong phạm vi (lọc theo chế độ, kỳ, đơn vị, trạng thái)',
  tag: TAG,
  query: ZPageQuery.extend({
    regimeId: ZId.optional(),
    periodKey: ZPeriodKey.optional(),
    unitId: ZId.optional(),
    status: ZReportStatus.optional(),
    /** Reports this unit receives (its subordinates'), instead of its subtree's. */
    receivedBy: ZId.optional(),
  }),
  response: paged(ZReportSummary),
});

export const getReport = defineRoute({
  method: 'get',
  path: '/api/reports/:id',
  summary: 'Một báo cáo: phiên bản hiện tại, ảnh chụp trạng thái nhiệm vụ, chỉ tiêu, thuyết minh',
  tag: TAG,
  params: ZIdParams,
  response: ZReport,
});

export const createReport = defineRoute({
  method: 'post',
  path: '/api/reports',
  summary: 'Tạo dự thảo báo cáo của đơn vị (hoặc cơ quan) cho một kỳ',
  tag: TAG,
  body: z.object({
    regimeId: ZBodyId,
    periodKey: ZPeriodKey,
    unitId: ZBodyId,
    /** A sở/ban/ngành reporting on its own tasks; null for the unit's own report. */
    agencyId: ZBodyId.nullable().default(null),
  }),
  response: ZReport,
  status: 201,
});

export const updateReport = defineRoute({
  method: 'patch',
  path: '/api/reports/:id',
  summary: 'Sửa chỉ tiêu và thuyết minh (báo cáo bị trả lại: tạo phiên bản mới)',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({ content: ZReportContent }),
  response: ZReport,
});

export const submitReport = defineRoute({
  method: 'post',
  path: '/api/reports/:id/submit',
  summary: 'Gửi báo cáo lên cấp trên: chốt ảnh chụp trạng thái nhiệm vụ tại cuối kỳ',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned,
  response: ZReport,
});

export const acceptReport = defineRoute({
  method: 'post',
  path: '/api/reports/:id/accept',
  summary: 'Cấp nhận báo cáo tiếp nhận',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({ comment: z.string().trim().max(5000).optional() }),
  response: ZReport,
});

export const returnReport = defineRoute({
  method: 'post',
  path: '/api/reports/:id/return',
  summary: 'Cấp nhận trả lại báo cáo để bổ sung, chỉnh sửa (kèm ý kiến)',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({
    comment: z.string().trim().min(1, 'Vui lòng ghi ý kiến khi trả lại báo cáo.').max(5000),
  }),
  response: ZReport,
});

export const listReportVersions = defineRoute({
  method: 'get',
  path: '/api/reports/:id/versions',
  summary: 'Mọi phiên bản của báo cáo (không phiên bản nào bị ghi đè)',
  tag: TAG,
  params: ZIdParams,
  response: z.object({ items: z.array(ZReportVersion) }),
});

export const listReportEvidence = evidenceListRoute(
  '/api/reports/:id/evidence',
  'Tệp đính kèm của báo cáo',
  TAG,
);

export const uploadReportEvidence = evidenceUploadRoute(
  '/api/reports/:id/evidence',
  'Đính kèm tệp vào báo cáo dự thảo (multipart/form-data, trường "file")',
  TAG,
);

export const getReportingMonitoring = defineRoute({
  method: 'get',
  path: '/api/monitoring/reporting',
  summary:
    'Tình hình nộp báo cáo một kỳ: phải nộp, đã nộp, đúng hạn, trễ, chưa nộp; theo cấp, theo tỉnh, từng đơn vị',
  tag: 'Giám sát',
  query: ZPageQuery.extend({
    /** Default: the first active periodic regime that applies to the unit. */
    regimeId: ZId.optional(),
    /** Default: the period due now or most recently (domain periodDueNow). */
    periodKey: ZPeriodKey.optional(),
    /** Default: the caller's own unit. */
    unitId: ZId.optional(),
    state: ZSubmissionState.optional(),
    level: ZReporterLevel.optional(),
  }),
  response: z.object({
    period: ZReportPeriod,
    unit: ZUnitRef,
    asOf: ZIsoDate,
    total: ZRateCounts,
    byLevel: z.array(ZRateCounts.extend({ level: ZReporterLevel })),
    /** One row per province (map-ready, keyed by unit code). */
    byProvince: z.array(ZRateCounts.extend({ unit: ZUnitRef })),
    reporters: paged(ZReporterRow),
  }),
});

export const getPlanIndicators = defineRoute({
  method: 'get',
  path: '/api/plans/:id/indicators',
  summary: 'Chỉ tiêu số liệu kế hoạch yêu cầu báo cáo',
  tag: 'Kế hoạch',
  params: ZIdParams,
  response: z.object({ items: z.array(ZIndicatorDef) }),
});

export const replacePlanIndicators = defineRoute({
  method: 'put',
  path: '/api/plans/:id/indicators',
  summary: 'Lưu danh sách chỉ tiêu số liệu của dự thảo kế hoạch (kèm version kế hoạch)',
  tag: 'Kế hoạch',
  params: ZIdParams,
  body: ZVersioned.extend({ items: z.array(ZIndicatorDef).max(100) }),
  response: z.object({ items: z.array(ZIndicatorDef), version: z.number().int() }),
});

export const ZHolidayDay = z.object({
  date: ZIsoDate,
  name: z.string().trim().min(1, 'Vui lòng nhập tên ngày nghỉ.').max(200),
  kind: z.enum(['off', 'working']),
});

export const getHolidays = defineRoute({
  method: 'get',
  path: '/api/holidays',
  summary: 'Ngày nghỉ lễ, Tết và ngày làm bù của một năm (dùng để dời hạn)',
  tag: TAG,
  query: z.object({ year: ZYear.optional() }),
  response: z.object({ year: z.number().int(), items: z.array(ZHolidayDay) }),
});

export const replaceHolidays = defineRoute({
  method: 'put',
  path: '/api/holidays/:year',
  summary: 'Quản trị viên sửa danh sách ngày nghỉ của một năm',
  tag: TAG,
  params: z.object({ year: ZYear }),
  body: z.object({ items: z.array(ZHolidayDay).max(100) }),
  response: z.object({ year: z.number().int(), items: z.array(ZHolidayDay) }),
});
