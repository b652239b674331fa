import { z } from 'zod';
import { MIME, ZFile, defineRoute } from './route.ts';
import { ZBodyId, ZIdParams, ZIsoDate, ZPageQuery, ZVersioned, paged } from './common.ts';
import {
  ZPlanStatus,
  ZPlanType,
  ZPlanYear,
  ZPlanBody,
  ZPlanPeriod,
  ZPlanTaskInput,
  ZPlanSummary,
  ZPlanDetail,
} from './plans.schemas.ts';

export * from './plans.schemas.ts';

const TAG = 'Kế hoạch';
const text = (max: number) => z.string().trim().max(max);
const line = text(1000);
const list = <T extends z.ZodType>(item: T, max = 200) => z.array(item).max(max);

export const listPlans = defineRoute({
  method: 'get',
  path: '/api/plans',
  summary: 'Danh sách kế hoạch trong phạm vi (lọc theo trạng thái, năm, từ khóa)',
  tag: TAG,
  query: ZPageQuery.extend({
    status: ZPlanStatus.optional(),
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    q: z.string().trim().max(100).optional(),
  }),
  response: paged(ZPlanSummary),
});

export const getPlan = defineRoute({
  method: 'get',
  path: '/api/plans/:id',
  summary: 'Một kế hoạch: phần văn bản, nhiệm vụ và các lỗi kiểm tra',
  tag: TAG,
  params: ZIdParams,
  response: ZPlanDetail,
});

export const createPlan = defineRoute({
  method: 'post',
  path: '/api/plans',
  summary: 'Tạo dự thảo kế hoạch',
  tag: TAG,
  body: z.object({
    unitId: ZBodyId,
    planType: ZPlanType,
    year: ZPlanYear,
    title: line.min(1, 'Vui lòng nhập trích yếu.'),
    period: ZPlanPeriod,
    symbol: text(40)
      .regex(/^[A-Za-zĐđ]+-[A-ZĐ0-9&]+(-[A-ZĐ0-9&]+)*$/u, 'Ký hiệu có dạng KH-UBND.')
      .default('KH-UBND'),
    parentPlanId: ZBodyId.nullable().optional(),
    body: ZPlanBody.optional(),
  }),
  response: ZPlanDetail,
  status: 201,
});

export const updatePlan = defineRoute({
  method: 'patch',
  path: '/api/plans/:id',
  summary: 'Sửa phần đầu và nội dung văn bản của dự thảo (kèm version)',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({
    title: line.min(1).optional(),
    year: ZPlanYear.optional(),
    period: ZPlanPeriod.optional(),
    body: ZPlanBody.optional(),
  }),
  response: ZPlanDetail,
});

export const replacePlanTasks = defineRoute({
  method: 'put',
  path: '/api/plans/:id/tasks',
  summary: 'Lưu toàn bộ danh sách nhiệm vụ (thứ tự theo danh sách, kèm version)',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({ tasks: list(ZPlanTaskInput, 2000) }),
  response: ZPlanDetail,
});

const transition = <B extends z.ZodObject>(action: string, summary: string, body: B) =>
  defineRoute({
    method: 'post',
    path: `/api/plans/:id/${action}`,
    summary,
    tag: TAG,
    params: ZIdParams,
    body,
    response: ZPlanDetail,
  });

export const submitPlan = transition(
  'submit',
  'Trình phê duyệt dự thảo (chỉ khi không còn lỗi)',
  ZVersioned,
);
export const withdrawPlan = transition('withdraw', 'Rút lại dự thảo đã trình', ZVersioned);
export const returnPlan = transition(
  'return',
  'Lãnh đạo trả lại dự thảo để chỉnh sửa, nêu lý do',
  ZVersioned.extend({
    reason: text(2000).min(1, 'Vui lòng nêu lý do trả lại để người soạn biết cần sửa gì.'),
  }),
);
/** Without number or date the server proposes the next free number and today. */
export const issuePlan = transition(
  'issue',
  'Lãnh đạo ban hành kế hoạch: số văn bản và ngày ký (chỉ khi không còn lỗi)',
  ZVersioned.extend({
    number: z
      .number()
      .int()
      .min(1, 'Số văn bản bắt đầu từ 01.')
      .max(999_999, 'Số văn bản quá lớn.')
      .optional(),
    issuedOn: ZIsoDate.optional(),
  }),
);
export const closePlan = transition('close', 'Kết thúc kế hoạch đã ban hành', ZVersioned);

export const ZIssueProposal = z.object({
  /** The next free number of the unit in the signing year. */
  number: z.number().int(),
  /** "35/KH-UBND" with that number. */
  documentNumber: z.string(),
  symbol: z.string(),
  /** The signing date asked about, or today by default. */
  issuedOn: ZIsoDate,
  /** Today: a signing date before it is entered after the fact, one after it is refused. */
  today: ZIsoDate,
});

export const getIssueProposal = defineRoute({
  method: 'get',
  path: '/api/plans/:id/issue-proposal',
  summary: 'Số văn bản tiếp theo của đơn vị trong năm và ngày ký đề xuất khi ban hành',
  tag: TAG,
  params: ZIdParams,
  query: z.object({ issuedOn: ZIsoDate.optional() }),
  response: ZIssueProposal,
});

export const setPlanWaivers = defineRoute({
  method: 'put',
  path: '/api/plans/:id/waivers',
  summary: 'Miễn áp dụng quy tắc của loại kế hoạch cho riêng kế hoạch này (kèm lý do)',
  tag: TAG,
  params: ZIdParams,
  body: ZVersioned.extend({
    waivers: list(
      z.object({
        rule: text(60).min(1),
        reason: text(2000).min(1, 'Vui lòng nêu lý do miễn áp dụng quy tắc.'),
      }),
      50,
    ),
  }),
  response: ZPlanDetail,
});

export const amendPlanRoute = defineRoute({
  method: 'post',
  path: '/api/plans/:id/amend',
  summary: 'Sửa đổi, bổ sung kế hoạch đã ban hành: tạo dự thảo phiên bản mới',
  tag: TAG,
  params: ZIdParams,
  response: ZPlanDetail,
  status: 201,
});

export const ZPlanDiff = z.object({
  planId: z.number().int(),
  amendsPlanId: z.number().int().nullable(),
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.string()),
  unchanged: z.number().int(),
  /** Readable lines: "Nhiệm vụ 2.1: thời hạn “Quý II/2024” → “Quý III/2024”". */
  lines: z.array(z.string()),
});

export const getPlanDiff = defineRoute({
  method: 'get',
  path: '/api/plans/:id/diff',
  summary: 'Thay đổi nhiệm vụ so với phiên bản được sửa đổi',
  tag: TAG,
  params: ZIdParams,
  response: ZPlanDiff,
});

export const downloadPlanDocument = defineRoute({
  method: 'get',
  path: '/api/plans/:id/document',
  summary: 'Tải văn bản kế hoạch (Word, thể thức Nghị định 30/2020)',
  tag: TAG,
  params: ZIdParams,
  response: ZFile,
  produces: MIME.docx,
});

/** An agency a group of the plan may list as a member (ids as text, as in memberIds). */
export const ZGroupMemberOption = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  unitName: z.string(),
  active: z.boolean(),
});

export const ZGroupMembers = z.object({
  label: z.string(),
  /** False when the wording is not a collective the server can read (the user picks). */
  recognised: z.boolean(),
  suggestedIds: z.array(z.string()),
  /** Every agency in the plan unit's scope (its subtree and the units above it). */
  agencies: z.array(ZGroupMemberOption),
});
export type TGroupMembers = z.infer<typeof ZGroupMembers>;

export const ZPlanAgencyOption = z.object({
  id: z.number().int(),
  name: z.string(),
  shortName: z.string(),
  unitName: z.string(),
});

/** The agencies a task of the plan may name, searched without accents (the task picker). */
export const searchPlanAgencies = defineRoute({
  method: 'get',
  path: '/api/plans/:id/agencies',
  summary:
    'Tìm cơ quan mà nhiệm vụ của kế hoạch có thể giao (đơn vị của kế hoạch, các đơn vị trực thuộc và cấp trên), không phân biệt dấu',
  tag: TAG,
  params: ZIdParams,
  query: z.object({
    q: z.string().trim().max(100).default(''),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  }),
  response: z.object({
    items: z.array(ZPlanAgencyOption),
    /** How many match in all; items holds the first `limit`. */
    total: z.number().int(),
  }),
});

export const getGroupMembers = defineRoute({
  method: 'get',
  path: '/api/plans/:id/group-members',
  summary:
    'Gợi ý các cơ quan thành viên của một nhóm ("UBND các xã, phường", "Các sở, ban, ngành") và các cơ quan có thể chọn',
  tag: TAG,
  params: ZIdParams,
  query: z.object({ label: z.string().trim().max(1000).default('') }),
  response: ZGroupMembers,
});
