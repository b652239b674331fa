import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZId, ZIsoDate, ZPageQuery, ZUnitRef } from './common.ts';
import { ZAgencyBrief, ZTaskStatusFilter, ZTaskSummary } from './execution.schemas.ts';
import { ZReporterLevel, ZReportStatus } from './reporting.schemas.ts';

/**
 * One thing a unit or agency owes. `dueOn` orders the inbox (overdue first, then by
 * date); `overdue` is true once the due date has passed without the work being done.
 */
export const ZWorkItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('task'),
    dueOn: ZIsoDate.nullable(),
    overdue: z.boolean(),
    /**
     * lead / cooperating: the caller's agency; own: another agency's task of the caller's
     * unit (those who act for the unit); below: a subordinate unit's (leaders).
     */
    role: z.enum(['lead', 'cooperating', 'own', 'below']),
    task: ZTaskSummary,
  }),
  z.object({
    kind: z.literal('report'),
    dueOn: ZIsoDate,
    overdue: z.boolean(),
    role: z.enum(['own', 'below']),
    report: z.object({
      regimeId: z.number().int(),
      regimeName: z.string(),
      periodKey: z.string(),
      periodLabel: z.string(),
      unit: ZUnitRef,
      agency: ZAgencyBrief.nullable(),
      level: ZReporterLevel,
      /** Null until a draft exists. */
      reportId: z.number().int().nullable(),
      status: ZReportStatus.nullable(),
    }),
  }),
  z.object({
    kind: z.literal('plan'),
    dueOn: ZIsoDate.nullable(),
    overdue: z.boolean(),
    role: z.enum(['own', 'below']),
    obligation: z.object({
      id: z.number().int(),
      parentPlan: z.object({ id: z.number().int(), title: z.string(), documentNumber: z.string() }),
      unit: ZUnitRef,
      agency: ZAgencyBrief.nullable(),
      status: z.string(),
      planId: z.number().int().nullable(),
    }),
  }),
  /**
   * A draft in the approval loop: waiting for the leader who may issue it ('issue'), or
   * returned to its author with the leader's reason ('returned').
   */
  z.object({
    kind: z.literal('plan_review'),
    dueOn: ZIsoDate.nullable(),
    overdue: z.boolean(),
    role: z.enum(['issue', 'returned']),
    plan: z.object({
      id: z.number().int(),
      title: z.string(),
      documentNumber: z.string(),
      unit: ZUnitRef,
      returnReason: z.string().nullable(),
    }),
  }),
  /** A programme review report not sent yet (draft or returned), due on the review's date. */
  z.object({
    kind: z.literal('review_report'),
    dueOn: ZIsoDate,
    overdue: z.boolean(),
    role: z.enum(['own', 'below']),
    review: z.object({
      id: z.number().int(),
      programmeId: z.number().int(),
      programmeTitle: z.string(),
      unit: ZUnitRef,
      agency: ZAgencyBrief.nullable(),
      status: z.string(),
    }),
  }),
  /** A citizen's feedback case not answered yet, owed by its assignee agency or unit. */
  z.object({
    kind: z.literal('feedback'),
    dueOn: ZIsoDate,
    overdue: z.boolean(),
    role: z.enum(['own', 'below']),
    feedback: z.object({
      id: z.number().int(),
      code: z.string(),
      topic: z.string(),
      status: z.string(),
      unit: ZUnitRef,
      agency: ZAgencyBrief.nullable(),
    }),
  }),
]);
export type TWorkItem = z.infer<typeof ZWorkItem>;

export const getMyWork = defineRoute({
  method: 'get',
  path: '/api/my-work',
  summary:
    'Việc của tôi: nhiệm vụ chủ trì, phối hợp, báo cáo phải nộp (và kế hoạch phải ban hành), quá hạn trước, theo hạn',
  tag: 'Việc của tôi',
  query: ZPageQuery.extend({
    /** A unit below the caller's (leaders, coordinators); default: the caller's own. */
    unitId: ZId.optional(),
    kind: z.enum(['all', 'task', 'report', 'plan', 'review_report', 'feedback']).default('all'),
    /** Task status filter; default: everything still open. */
    status: ZTaskStatusFilter.default('open'),
    /** Only items due on or before this date. */
    dueBefore: ZIsoDate.optional(),
    /** Include subordinates' items (leaders see everything below them). */
    below: z.stringbool().optional(),
    /** Tasks of this plan (and the obligations it imposes); reports have no plan. */
    planId: ZId.optional(),
    /** Tasks carrying this dimension ("D3") or one of its sub-dimensions. */
    dimension: z
      .string()
      .regex(/^D\d{1,2}$/, 'Mã nội dung có dạng D1 … D8.')
      .optional(),
    /** Free text, accents and case ignored; every word must appear. */
    q: z.string().trim().max(200).optional(),
  }),
  response: z.object({
    items: z.array(ZWorkItem),
    total: z.number().int(),
    counts: z.object({
      overdue: z.number().int(),
      dueThisWeek: z.number().int(),
      tasks: z.number().int(),
      reports: z.number().int(),
      plans: z.number().int(),
      reviewReports: z.number().int(),
      feedback: z.number().int(),
      /** "Kế hoạch chờ ban hành": drafts submitted to the caller for issuing. */
      plansToIssue: z.number().int(),
    }),
    asOf: ZIsoDate,
  }),
});
