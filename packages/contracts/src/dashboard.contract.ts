import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZBodyId, ZId, ZIsoDate, ZOk, ZUnitRef } from './common.ts';
import { ZWorkItem } from './my-work.contract.ts';

const ZUnitQuery = z.object({ unitId: ZId.optional() });

/** Overdue work as a person sees it (domain isOverdue), counted and grouped. */
export const ZOverdueSummary = z.object({
  total: z.number().int(),
  tasks: z.number().int(),
  reports: z.number().int(),
  plans: z.number().int(),
  /** Programme review reports not sent by the review's due date. */
  reviewReports: z.number().int(),
  /** Citizen feedback not answered by its due date (only for who may read it). */
  feedback: z.number().int(),
  /** The unit's own items by agency; null: the People's Committee or no lead agency. */
  byAgency: z.array(
    z.object({
      agency: z.object({ id: z.number().int(), name: z.string() }).nullable(),
      n: z.number().int(),
    }),
  ),
  /** Items below by the unit directly under (a province's communes). */
  byUnit: z.array(z.object({ unit: ZUnitRef, n: z.number().int() })),
});

export const getDashboard = defineRoute({
  method: 'get',
  path: '/api/dashboard',
  summary:
    'Trang chủ theo vai trò: việc quá hạn theo cơ quan và theo đơn vị cấp dưới, kế hoạch chờ ký, việc cần xử lý',
  tag: 'Trang chủ',
  query: ZUnitQuery,
  response: z.object({
    unit: ZUnitRef,
    asOf: ZIsoDate,
    /** Periods and obligations that ended before this day are history, not overdue. */
    inUseSince: ZIsoDate,
    /** subtree: the unit and every unit below (leaders, coordinators); own: the caller's work. */
    scope: z.enum(['subtree', 'own']),
    overdue: ZOverdueSummary,
    /** Drafts submitted for this leader's signature. */
    plansToIssue: z.number().int(),
    /** What a coordinator must act on. */
    actions: z.object({
      /** Reports sent to the unit, waiting for review. */
      reportsToReview: z.number().int(),
      /** Reports the unit itself still owes (not history). */
      ownReports: z.number().int(),
      /** The caller's drafts a leader returned. */
      plansReturned: z.number().int(),
    }),
  }),
});

export const listOverdueObligations = defineRoute({
  method: 'get',
  path: '/api/monitoring/overdue-obligations',
  summary: 'Báo cáo chưa gửi và kế hoạch chưa ban hành đã quá hạn, của một đơn vị và cấp dưới',
  tag: 'Giám sát',
  query: ZUnitQuery,
  response: z.object({
    inUseSince: ZIsoDate,
    items: z.array(ZWorkItem),
    /** The caller may send reminders from the board. */
    canRemind: z.boolean(),
  }),
});

export const remindOverdue = defineRoute({
  method: 'post',
  path: '/api/monitoring/remind',
  summary: 'Nhắc đơn vị, cơ quan gửi báo cáo hoặc thực hiện nhiệm vụ đã quá hạn',
  tag: 'Giám sát',
  body: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('report'),
      regimeId: ZBodyId,
      periodKey: z.string().min(1).max(40),
      unitId: ZBodyId,
      agencyId: ZBodyId.nullable(),
    }),
    z.object({ kind: z.literal('task'), taskId: ZBodyId }),
  ]),
  response: ZOk,
});

export const getInUseSinceSetting = defineRoute({
  method: 'get',
  path: '/api/settings/in-use-since',
  summary: 'Ngày bắt đầu sử dụng hệ thống: kỳ, nghĩa vụ kết thúc trước ngày này là lịch sử',
  tag: 'Hệ thống',
  response: z.object({ date: ZIsoDate }),
});

export const putInUseSinceSetting = defineRoute({
  method: 'put',
  path: '/api/settings/in-use-since',
  summary: 'Sửa ngày bắt đầu sử dụng hệ thống (quản trị của cả cài đặt)',
  tag: 'Hệ thống',
  body: z.object({ date: ZIsoDate }),
  response: z.object({ date: ZIsoDate }),
});
