import { z } from 'zod';
import { defineRoute, ZFile } from './route.ts';
import { ZBodyId, ZId, ZIdParams, ZIsoDate, ZPageQuery, ZTimestamp, paged } from './common.ts';

const TAG = 'Phản ánh, kiến nghị';

export const FEEDBACK_STATUS_VALUES = ['received', 'assigned', 'drafted', 'answered'] as const;
export const ZFeedbackStatus = z.enum(FEEDBACK_STATUS_VALUES);

/** Topics a citizen picks: the eight PAPI dimensions, a public service, or something else. */
export const FEEDBACK_TOPICS = [
  'D1',
  'D2',
  'D3',
  'D4',
  'D5',
  'D6',
  'D7',
  'D8',
  'service',
  'other',
] as const;
export const ZFeedbackTopic = z.enum(FEEDBACK_TOPICS);

const ZAgencyRef = z.object({ id: z.number().int(), name: z.string() });

export const ZFeedbackItem = z.object({
  id: z.number().int(),
  code: z.string(),
  topic: ZFeedbackTopic,
  unitName: z.string(),
  placeName: z.string().nullable(),
  /** The citizen's text, masked for personal data (staff see contacts only in the detail). */
  excerpt: z.string(),
  status: ZFeedbackStatus,
  assignee: ZAgencyRef.nullable(),
  receivedAt: ZTimestamp,
  dueOn: ZIsoDate,
  answeredOn: ZIsoDate.nullable(),
  overdue: z.boolean(),
  rating: z.number().int().nullable(),
});
export type TFeedbackItem = z.infer<typeof ZFeedbackItem>;

export const ZFeedbackStep = z.object({
  action: z.enum(['submit', 'assign', 'transfer', 'draft', 'approve', 'return', 'rate']),
  status: ZFeedbackStatus,
  agencyName: z.string().nullable(),
  note: z.string().nullable(),
  userName: z.string().nullable(),
  at: ZTimestamp,
});

export const ZFeedbackDetail = ZFeedbackItem.extend({
  body: z.string(),
  contact: z.string().nullable(),
  publicAllowed: z.boolean(),
  published: z.boolean(),
  answer: z.string().nullable(),
  ratingComment: z.string().nullable(),
  files: z.array(
    z.object({ id: z.number().int(), name: z.string(), size: z.number().int(), mime: z.string() }),
  ),
  steps: z.array(ZFeedbackStep),
  version: z.number().int(),
  /** What the asking user may do now (buttons). */
  can: z.object({
    assign: z.boolean(),
    transfer: z.boolean(),
    draft: z.boolean(),
    approve: z.boolean(),
  }),
  /** Agencies the case may be given to (in the receiving unit's subtree). */
  agencies: z.array(ZAgencyRef),
});
export type TFeedbackDetail = z.infer<typeof ZFeedbackDetail>;

export const listFeedback = defineRoute({
  method: 'get',
  path: '/api/feedback',
  summary: 'Phản ánh, kiến nghị trong phạm vi (lọc theo trạng thái, quá hạn, tìm theo mã/nội dung)',
  tag: TAG,
  query: ZPageQuery.extend({
    q: z.string().max(200).optional(),
    status: ZFeedbackStatus.optional(),
    overdue: z.enum(['1']).optional(),
  }),
  response: paged(ZFeedbackItem),
});

export const getFeedback = defineRoute({
  method: 'get',
  path: '/api/feedback/:id',
  summary: 'Chi tiết phản ánh: nội dung, tệp, lịch sử xử lý, thao tác được phép',
  tag: TAG,
  params: ZIdParams,
  response: ZFeedbackDetail,
});

const ZVersion = z.object({ version: z.number().int().min(1) });
const ZReason = z.string().trim().min(5, 'Hãy ghi lý do (ít nhất 5 ký tự).').max(2000);

export const assignFeedback = defineRoute({
  method: 'post',
  path: '/api/feedback/:id/assign',
  summary: 'Giao phản ánh cho một cơ quan, xã/phường xử lý',
  tag: TAG,
  params: ZIdParams,
  body: ZVersion.extend({ agencyId: ZBodyId }),
  response: ZFeedbackDetail,
});

export const transferFeedback = defineRoute({
  method: 'post',
  path: '/api/feedback/:id/transfer',
  summary: 'Chuyển phản ánh sang cơ quan khác, có lý do',
  tag: TAG,
  params: ZIdParams,
  body: ZVersion.extend({ agencyId: ZBodyId, reason: ZReason }),
  response: ZFeedbackDetail,
});

export const draftFeedbackAnswer = defineRoute({
  method: 'post',
  path: '/api/feedback/:id/draft',
  summary: 'Soạn dự thảo trả lời và trình lãnh đạo duyệt',
  tag: TAG,
  params: ZIdParams,
  body: ZVersion.extend({
    answer: z.string().trim().min(10, 'Nội dung trả lời quá ngắn (ít nhất 10 ký tự).').max(8000),
  }),
  response: ZFeedbackDetail,
});

export const approveFeedbackAnswer = defineRoute({
  method: 'post',
  path: '/api/feedback/:id/approve',
  summary: 'Lãnh đạo duyệt trả lời (và chọn công khai trên trang công khai)',
  tag: TAG,
  params: ZIdParams,
  body: ZVersion.extend({ publish: z.boolean() }),
  response: ZFeedbackDetail,
});

export const returnFeedbackAnswer = defineRoute({
  method: 'post',
  path: '/api/feedback/:id/return',
  summary: 'Lãnh đạo trả lại dự thảo trả lời, có lý do',
  tag: TAG,
  params: ZIdParams,
  body: ZVersion.extend({ reason: ZReason }),
  response: ZFeedbackDetail,
});

export const ZFeedbackStatRow = z.object({
  key: z.string(),
  name: z.string(),
  received: z.number().int(),
  answered: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  averageDays: z.number().nullable(),
  ratings: z.number().int(),
  satisfaction: z.number().nullable(),
});
export type TFeedbackStatRow = z.infer<typeof ZFeedbackStatRow>;

export const feedbackStatistics = defineRoute({
  method: 'get',
  path: '/api/feedback-stats',
  summary: 'Thống kê phản ánh theo cơ quan, xã/phường (tiếp nhận, đúng hạn, trễ hạn, hài lòng)',
  tag: TAG,
  query: z.object({ from: ZIsoDate.optional(), to: ZIsoDate.optional() }),
  response: z.object({ rows: z.array(ZFeedbackStatRow) }),
});

export const getFeedbackSettings = defineRoute({
  method: 'get',
  path: '/api/feedback-settings',
  summary: 'Số ngày làm việc để trả lời phản ánh của một đơn vị',
  tag: TAG,
  query: z.object({ unitId: ZId.optional() }),
  response: z.object({ unitId: z.number().int(), answerDays: z.number().int() }),
});

export const setFeedbackSettings = defineRoute({
  method: 'put',
  path: '/api/feedback-settings',
  summary: 'Đặt số ngày làm việc để trả lời phản ánh (đơn vị của mình)',
  tag: TAG,
  body: z.object({ answerDays: z.number().int().min(1).max(60) }),
  response: z.object({ unitId: z.number().int(), answerDays: z.number().int() }),
});

export const downloadFeedbackFile = defineRoute({
  method: 'get',
  path: '/api/feedback-files/:id/download',
  summary: 'Tải về ảnh hoặc tệp PDF người dân gửi kèm phản ánh',
  tag: TAG,
  params: ZIdParams,
  response: ZFile,
  produces: 'application/octet-stream',
});
