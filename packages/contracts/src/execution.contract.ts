import { z } from 'zod';
import { defineRoute, ZFile } from './route.ts';
import { ZId, ZIdParams, ZIsoDate, ZOk, ZPageQuery, ZUnitRef, paged } from './common.ts';
import {
  ZCancelInput,
  ZContributionInput,
  ZCountsByStatus,
  ZEvidence,
  ZProgressEntry,
  ZProgressInput,
  ZTaskDetail,
  ZTaskStatusFilter,
  ZTaskSummary,
} from './execution.schemas.ts';

export * from './execution.schemas.ts';

const TAG = 'Thực hiện nhiệm vụ';

/** Largest evidence file by default (EVIDENCE_MAX_BYTES changes it on a server). */
export const EVIDENCE_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Room for the multipart envelope around the file. */
export const EVIDENCE_MAX_BODY_BYTES = EVIDENCE_MAX_FILE_BYTES + 256 * 1024;
/** What an evidence upload accepts, by content (magic bytes), with a matching extension. */
export const EVIDENCE_EXTENSIONS = [
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
] as const;

export const listTasks = defineRoute({
  method: 'get',
  path: '/api/tasks',
  summary:
    'Nhiệm vụ của các kế hoạch đã ban hành trong phạm vi (lọc theo kế hoạch, đơn vị, cơ quan, trạng thái)',
  tag: TAG,
  query: ZPageQuery.extend({
    planId: ZId.optional(),
    unitId: ZId.optional(),
    agencyId: ZId.optional(),
    status: ZTaskStatusFilter.optional(),
    dimension: z.string().trim().toUpperCase().max(10).optional(),
    q: z.string().trim().max(100).optional(),
  }),
  response: paged(ZTaskSummary),
});

export const getTask = defineRoute({
  method: 'get',
  path: '/api/tasks/:id',
  summary: 'Một nhiệm vụ: trạng thái, hạn, tiến độ hiện tại',
  tag: TAG,
  params: ZIdParams,
  response: ZTaskDetail,
});

export const listTaskProgress = defineRoute({
  method: 'get',
  path: '/api/tasks/:id/progress',
  summary: 'Lịch sử cập nhật tiến độ và phối hợp của một nhiệm vụ (mới nhất trước)',
  tag: TAG,
  params: ZIdParams,
  query: ZPageQuery,
  response: paged(ZProgressEntry),
});

export const addTaskProgress = defineRoute({
  method: 'post',
  path: '/api/tasks/:id/progress',
  summary: 'Cơ quan chủ trì cập nhật tiến độ (tỷ lệ, nội dung, ngày hoàn thành, minh chứng)',
  tag: TAG,
  params: ZIdParams,
  body: ZProgressInput,
  response: ZTaskDetail,
  status: 201,
});

export const addTaskContribution = defineRoute({
  method: 'post',
  path: '/api/tasks/:id/contributions',
  summary: 'Cơ quan phối hợp ghi nhận phần việc đã làm (không đổi trạng thái)',
  tag: TAG,
  params: ZIdParams,
  body: ZContributionInput,
  response: ZProgressEntry,
  status: 201,
});

export const cancelTask = defineRoute({
  method: 'post',
  path: '/api/tasks/:id/cancel',
  summary: 'Cơ quan chủ trì hủy nhiệm vụ (kèm lý do)',
  tag: TAG,
  params: ZIdParams,
  body: ZCancelInput,
  response: ZTaskDetail,
});

/** The files of a record (a task, a report). */
export const evidenceListRoute = <const P extends string, const T extends string>(
  path: P,
  summary: string,
  tag: T,
) =>
  defineRoute({
    method: 'get',
    path,
    summary,
    tag,
    params: ZIdParams,
    response: z.object({ items: z.array(ZEvidence) }),
  });

/**
 * multipart/form-data with one part `file`. The type is read from the content (PDF, Word,
 * Excel, PNG, JPEG, GIF, WebP) and must agree with the extension.
 */
export const evidenceUploadRoute = <const P extends string, const T extends string>(
  path: P,
  summary: string,
  tag: T,
) =>
  defineRoute({
    method: 'post',
    path,
    summary,
    tag,
    params: ZIdParams,
    response: ZEvidence,
    status: 201,
    maxBodyBytes: EVIDENCE_MAX_BODY_BYTES,
    upload: { field: 'file' },
  });

export const listTaskEvidence = evidenceListRoute(
  '/api/tasks/:id/evidence',
  'Tệp minh chứng của một nhiệm vụ',
  TAG,
);

export const uploadTaskEvidence = evidenceUploadRoute(
  '/api/tasks/:id/evidence',
  'Tải lên tệp minh chứng cho nhiệm vụ (multipart/form-data, trường "file")',
  TAG,
);

export const downloadEvidence = defineRoute({
  method: 'get',
  path: '/api/evidence/:id/download',
  summary: 'Tải về tệp minh chứng',
  tag: TAG,
  params: ZIdParams,
  response: ZFile,
  produces: 'application/octet-stream',
});

export const deleteEvidence = defineRoute({
  method: 'delete',
  path: '/api/evidence/:id',
  summary: 'Xóa tệp minh chứng do mình tải lên (khi chưa thuộc báo cáo đã gửi)',
  tag: TAG,
  params: ZIdParams,
  response: ZOk,
});

export const ZUnitQuery = z.object({
  /** Default: the caller's own unit. */
  unitId: ZId.optional(),
});

/** Hot query (a)/(b): open tasks past a cut-off date in a unit's subtree, by due date. */
export const listOverdueTasks = defineRoute({
  method: 'get',
  path: '/api/monitoring/overdue',
  summary:
    'Bảng nhiệm vụ quá hạn: nhiệm vụ chưa xong có hạn trước ngày chốt, của một đơn vị và cấp dưới',
  tag: 'Giám sát',
  query: ZUnitQuery.extend({
    cutoff: ZIsoDate.optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(100),
  }),
  response: paged(ZTaskSummary),
});

const ZCountsRow = z.object({ total: z.number().int(), byStatus: ZCountsByStatus });

/** Hot query (c): counts by status, per dimension and per lead agency. */
export const getTaskMonitoring = defineRoute({
  method: 'get',
  path: '/api/monitoring/tasks',
  summary:
    'Số nhiệm vụ theo trạng thái của một đơn vị và cấp dưới: tổng, theo lĩnh vực, theo cơ quan chủ trì',
  tag: 'Giám sát',
  query: ZUnitQuery.extend({
    planId: ZId.optional(),
    /** Tasks of the plans of this year (plan.year). */
    year: z.coerce.number().int().min(2000).max(2100).optional(),
  }),
  response: ZCountsRow.extend({
    unit: ZUnitRef,
    asOf: ZIsoDate,
    byDimension: z.array(ZCountsRow.extend({ code: z.string() })),
    byAgency: z.array(
      ZCountsRow.extend({
        agency: z.object({ id: z.number().int(), name: z.string() }).nullable(),
      }),
    ),
  }),
});
