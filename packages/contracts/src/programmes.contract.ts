import { z } from 'zod';
import { REPORT_STATUSES } from '@papi/domain';
import { MIME, ZFile, defineRoute } from './route.ts';
import {
  ZBodyId,
  ZId,
  ZIdParams,
  ZIsoDate,
  ZPageQuery,
  ZTimestamp,
  ZUnitRef,
  ZVersioned,
  paged,
} from './common.ts';
import { ZDimensionCode } from './plans.schemas.ts';
import { ZTargetEvaluation, ZTargetKind } from './index-targets.contract.ts';
import { ZGroup } from './indices.contract.ts';

const TAG = 'Chương trình, tổng kết';
const text = (max: number) => z.string().trim().max(max);
const ZYear = z.number().int().min(2000).max(2100);
const ZRef = z.object({ id: z.number().int(), name: z.string() });

const programmeFields = {
  title: text(500).min(1, 'Vui lòng nhập tên chương trình.'),
  yearFrom: ZYear,
  yearTo: ZYear,
  decisionNumber: text(50).default(''),
  decisionDate: ZIsoDate.nullable().default(null),
  planIds: z.array(ZBodyId).max(50).default([]),
};
const yearsInOrder = {
  check: (p: { yearFrom: number; yearTo: number }) =>
    p.yearTo >= p.yearFrom && p.yearTo - p.yearFrom <= 10,
  params: { path: ['yearTo'], message: 'Năm kết thúc phải từ năm bắt đầu đến tối đa 10 năm sau.' },
};

export const ZProgrammeSummary = z.object({
  id: z.number().int(),
  unit: ZUnitRef,
  title: z.string(),
  yearFrom: z.number().int(),
  yearTo: z.number().int(),
  decisionNumber: z.string(),
  decisionDate: z.string().nullable(),
  planCount: z.number().int(),
  /** Review reports owed and accepted, once the review is opened. */
  review: z.object({ owed: z.number().int(), accepted: z.number().int() }).nullable(),
  version: z.number().int(),
  updatedAt: ZTimestamp,
});
export type TProgrammeSummary = z.infer<typeof ZProgrammeSummary>;

export const ZAssignment = z.object({
  id: z.number().int(),
  elementCode: z.string(),
  elementName: z.string(),
  lead: ZRef,
  cooperating: z.array(ZRef),
  note: z.string(),
});
export type TAssignment = z.infer<typeof ZAssignment>;

export const ZReviewSections = z.object({
  results: text(20_000),
  shortcomings: text(20_000),
  lessons: text(20_000),
  proposals: text(20_000),
});
export type TReviewSections = z.infer<typeof ZReviewSections>;

export const ZProposedSolution = z.object({
  elementCode: ZDimensionCode,
  content: text(2000).min(1, 'Vui lòng nhập nội dung giải pháp.'),
  leadAgencyId: ZBodyId.nullable(),
  solutionId: ZBodyId.nullable(),
});
export type TProposedSolution = z.infer<typeof ZProposedSolution>;

export const ZReviewReportRow = z.object({
  id: z.number().int(),
  unit: ZRef,
  agency: ZRef.nullable(),
  elementCodes: z.array(z.string()),
  status: z.enum(REPORT_STATUSES),
  versionNo: z.number().int(),
  submittedAt: ZTimestamp.nullable(),
});

export const ZReviewBoard = z.object({
  id: z.number().int(),
  dueOn: z.string(),
  version: z.number().int(),
  reports: z.array(ZReviewReportRow),
  compiled: z
    .object({ sections: ZReviewSections, solutions: z.array(ZProposedSolution) })
    .nullable(),
  nextPlanId: z.number().int().nullable(),
});
export type TReviewBoard = z.infer<typeof ZReviewBoard>;

export const ZProgrammeGoal = z.object({
  year: z.number().int(),
  kind: ZTargetKind,
  elementCode: z.string().nullable(),
  value: z.number().nullable(),
  groupCode: ZGroup.nullable(),
  title: z.string(),
  evaluation: ZTargetEvaluation,
});

export const ZProgrammeDetail = ZProgrammeSummary.extend({
  planIds: z.array(z.number().int()),
  plans: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      year: z.number().int(),
      status: z.string(),
      number: z.string().nullable(),
    }),
  ),
  goals: z.array(ZProgrammeGoal),
  assignments: z.array(ZAssignment),
  /** Null until the coordinator opens the review; officers see only their own reports. */
  reviewBoard: ZReviewBoard.nullable(),
  canEdit: z.boolean(),
});
export type TProgrammeDetail = z.infer<typeof ZProgrammeDetail>;

export const listProgrammes = defineRoute({
  method: 'get',
  path: '/api/programmes',
  summary: 'Danh sách chương trình nhiều năm trong phạm vi (tìm không phân biệt dấu)',
  tag: TAG,
  query: ZPageQuery.extend({ q: text(100).optional(), unitId: ZId.optional() }),
  response: paged(ZProgrammeSummary),
});

export const createProgramme = defineRoute({
  method: 'post',
  path: '/api/programmes',
  summary: 'Tạo chương trình nhiều năm của đơn vị',
  tag: TAG,
  body: z
    .object({ unitId: ZBodyId.optional(), ...programmeFields })
    .refine(yearsInOrder.check, yearsInOrder.params),
  response: ZProgrammeDetail,
  status: 201,
});

export const getProgramme = defineRoute({
  method: 'get',
  path: '/api/programmes/:id',
  summary: 'Một chương trình: mục tiêu từng năm và mức đạt, kế hoạch, phân công, tổng kết',
  tag: TAG,
  params: ZIdParams,
  response: ZProgrammeDetail,
});

export const updateProgramme = defineRoute({
  method: 'put',
  path: '/api/programmes/:id',
  summary: 'Sửa chương trình (tên, giai đoạn, quyết định, kế hoạch thuộc chương trình)',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend(programmeFields).refine(yearsInOrder.check, yearsInOrder.params),
  response: ZProgrammeDetail,
});

export const ZAssignmentInput = z.object({
  elementCode: ZDimensionCode,
  leadAgencyId: ZBodyId,
  cooperatingAgencyIds: z.array(ZBodyId).max(30).default([]),
  note: text(1000).default(''),
});

export const replaceAssignments = defineRoute({
  method: 'put',
  path: '/api/programmes/:id/assignments',
  summary: 'Lưu bảng phân công nội dung, chỉ số cho cơ quan chủ trì, phối hợp',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({ rows: z.array(ZAssignmentInput).max(200) }),
  response: ZProgrammeDetail,
});

const ZAssignmentFile = z.object({
  filename: text(255).min(1),
  contentBase64: z.string().min(1).max(7_000_000),
});

export const ZAssignmentPreview = z.object({
  header: z.array(z.string()),
  columns: z.object({
    element: z.string().nullable(),
    lead: z.string().nullable(),
    cooperating: z.string().nullable(),
    note: z.string().nullable(),
  }),
  rows: z.array(
    z.object({
      row: z.number().int(),
      elementCode: z.string(),
      lead: ZRef,
      cooperating: z.array(ZRef),
      note: z.string(),
    }),
  ),
  problems: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export type TAssignmentPreview = z.infer<typeof ZAssignmentPreview>;

export const previewAssignmentImport = defineRoute({
  method: 'post',
  path: '/api/programmes/:id/assignments/import/preview',
  summary: 'Xem trước bảng phân công từ Excel/CSV: dòng đọc được và lỗi theo dòng, cột',
  tag: TAG,
  params: ZIdParams,
  body: ZAssignmentFile,
  response: ZAssignmentPreview,
  maxBodyBytes: 8_000_000,
});

export const importAssignments = defineRoute({
  method: 'post',
  path: '/api/programmes/:id/assignments/import',
  summary: 'Nhập bảng phân công từ Excel/CSV (thay bảng hiện có; lỗi thì không lưu gì)',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend(ZAssignmentFile.shape),
  response: ZProgrammeDetail,
  maxBodyBytes: 8_000_000,
});

export const openProgrammeReview = defineRoute({
  method: 'post',
  path: '/api/programmes/:id/review',
  summary: 'Mở tổng kết chương trình: giao báo cáo cho cơ quan được phân công và đơn vị cấp dưới',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({ dueOn: ZIsoDate, includeSubordinates: z.boolean().default(true) }),
  response: ZProgrammeDetail,
  status: 201,
});

export const ZElementReview = z.object({
  code: z.string(),
  name: z.string(),
  /** Score, rank and group of the programme's unit each year (the basis unit's when merged). */
  years: z.array(
    z.object({
      year: z.number().int(),
      /** The element the figure is of: the sub-dimension, or its dimension when unpublished. */
      code: z.string(),
      score: z.number().nullable(),
      rank: z.number().int().nullable(),
      group: ZGroup.nullable(),
    }),
  ),
  targets: z.array(z.object({ year: z.number().int(), title: z.string(), status: z.string() })),
  tasks: z.object({
    on_time: z.number().int(),
    late: z.number().int(),
    not_done: z.number().int(),
    cancelled: z.number().int(),
  }),
});

export const ZReviewReport = z.object({
  id: z.number().int(),
  programme: z.object({
    id: z.number().int(),
    title: z.string(),
    yearFrom: z.number().int(),
    yearTo: z.number().int(),
    unitName: z.string(),
  }),
  unit: ZRef,
  agency: ZRef.nullable(),
  dueOn: z.string(),
  elements: z.array(ZElementReview),
  tasks: ZElementReview.shape.tasks,
  reports: z.object({
    on_time: z.number().int(),
    late: z.number().int(),
    missing: z.number().int(),
  }),
  sections: ZReviewSections,
  status: z.enum(REPORT_STATUSES),
  versionNo: z.number().int(),
  returnReason: z.string().nullable(),
  history: z.array(
    z.object({
      versionNo: z.number().int(),
      submittedAt: z.string().nullable(),
      returnReason: z.string().nullable(),
    }),
  ),
  submittedAt: ZTimestamp.nullable(),
  version: z.number().int(),
  canWrite: z.boolean(),
  canDecide: z.boolean(),
});
export type TReviewReport = z.infer<typeof ZReviewReport>;

export const getReviewReport = defineRoute({
  method: 'get',
  path: '/api/programme-review-reports/:id',
  summary: 'Báo cáo tổng kết của một cơ quan, đơn vị: số liệu hệ thống điền sẵn và phần viết',
  tag: TAG,
  params: ZIdParams,
  response: ZReviewReport,
});

export const saveReviewReport = defineRoute({
  method: 'put',
  path: '/api/programme-review-reports/:id',
  summary: 'Lưu phần viết của báo cáo tổng kết',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({ sections: ZReviewSections }),
  response: ZReviewReport,
});

export const submitReviewReport = defineRoute({
  method: 'post',
  path: '/api/programme-review-reports/:id/submit',
  summary: 'Gửi báo cáo tổng kết',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned,
  response: ZReviewReport,
});

export const decideReviewReport = defineRoute({
  method: 'post',
  path: '/api/programme-review-reports/:id/decide',
  summary: 'Tiếp nhận hoặc trả lại (kèm lý do) báo cáo tổng kết',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({
    action: z.enum(['accept', 'return']),
    reason: text(2000).default(''),
  }),
  response: ZReviewReport,
});

export const compileProgrammeReview = defineRoute({
  method: 'post',
  path: '/api/programmes/:id/review/compile',
  summary: 'Tổng hợp báo cáo tổng kết: gom phần viết đã tiếp nhận và đề xuất giải pháp kỳ sau',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned,
  response: ZProgrammeDetail,
});

export const saveProgrammeReview = defineRoute({
  method: 'put',
  path: '/api/programmes/:id/review',
  summary: 'Lưu bản tổng hợp đã biên tập và danh sách giải pháp kỳ sau',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({
    sections: ZReviewSections,
    solutions: z.array(ZProposedSolution).max(300),
  }),
  response: ZProgrammeDetail,
});

export const downloadProgrammeReviewWord = defineRoute({
  method: 'get',
  path: '/api/programmes/:id/review/word',
  summary: 'Báo cáo tổng kết chương trình (Word, thể thức Nghị định 30/2020)',
  tag: TAG,
  params: ZIdParams,
  response: ZFile,
  produces: MIME.docx,
});

export const downloadProgrammeReviewExcel = defineRoute({
  method: 'get',
  path: '/api/programmes/:id/review/excel',
  summary: 'Số liệu tổng kết chương trình (Excel)',
  tag: TAG,
  params: ZIdParams,
  response: ZFile,
  produces: MIME.xlsx,
});

export const createNextPlan = defineRoute({
  method: 'post',
  path: '/api/programmes/:id/review/next-plan',
  summary: 'Tạo dự thảo kế hoạch kỳ sau từ các giải pháp đề xuất',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({ year: ZYear }),
  response: z.object({ planId: z.number().int() }),
  status: 201,
});
