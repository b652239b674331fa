import { z } from 'zod';
import { defineRoute } from './route.ts';
import { ZId, ZIdParams, ZPageQuery, ZTimestamp, ZUnitRef, ZVersioned, paged } from './common.ts';
import { ZDeadline, ZPlanDetail, ZPlanStatus } from './plans.schemas.ts';

const TAG = 'Kế hoạch: phân cấp';

export const COMPLIANCE_VALUES = ['on_time', 'late', 'not_yet', 'overdue'] as const;
export const ZCompliance = z.enum(COMPLIANCE_VALUES);

/** A plan named from another record: enough to print "Kế hoạch số 48/KH-UBND …" and link. */
export const ZPlanRef = z.object({
  id: z.number().int(),
  unit: ZUnitRef,
  status: ZPlanStatus,
  documentNumber: z.string(),
  title: z.string(),
  issuedOn: z.string().nullable(),
});
export type TPlanRef = z.infer<typeof ZPlanRef>;

/** One obliged unit of one obligation of an issued plan (a `plan_obligation` row). */
export const ZObligation = z.object({
  id: z.number().int(),
  /** The obligation's id inside the parent plan's body. */
  obligationId: z.string(),
  addressees: z.string(),
  parentPlan: ZPlanRef,
  unit: ZUnitRef,
  /** The obliged sở/ban/ngành of `unit`, when a department rather than the unit is obliged. */
  agency: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  /** Resolved due date (ISO); null when the deadline cannot be resolved to a date. */
  due: z.string().nullable(),
  /** The deadline as written ("30 ngày sau khi ban hành Kế hoạch", "30/06/2026"). */
  deadlineText: z.string(),
  childPlan: ZPlanRef.nullable(),
  compliance: ZCompliance,
  lastRemindedAt: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
  /** What the caller may do now. */
  actions: z.array(z.enum(['start', 'remind'])),
});
export type TObligation = z.infer<typeof ZObligation>;

export const listObligations = defineRoute({
  method: 'get',
  path: '/api/plan-obligations',
  summary: 'Nghĩa vụ ban hành kế hoạch của các đơn vị trong phạm vi (hộp việc cần làm)',
  tag: TAG,
  query: ZPageQuery.extend({
    compliance: ZCompliance.optional(),
    unitId: ZId.optional(),
    parentPlanId: ZId.optional(),
    /** true: only obligations whose child plan is not issued yet. */
    open: z.stringbool().optional(),
  }),
  response: paged(ZObligation),
});

export const startObligation = defineRoute({
  method: 'post',
  path: '/api/plan-obligations/:id/start',
  summary:
    'Bắt đầu kế hoạch của đơn vị được giao: dự thảo điền sẵn các nhiệm vụ của kế hoạch cấp trên liên quan đến đơn vị',
  tag: TAG,
  params: ZIdParams,
  response: ZPlanDetail,
  status: 201,
});

export const remindObligation = defineRoute({
  method: 'post',
  path: '/api/plan-obligations/:id/remind',
  summary: 'Nhắc đơn vị chưa ban hành kế hoạch theo nghĩa vụ',
  tag: TAG,
  params: ZIdParams,
  response: ZObligation,
});

export const ZComplianceRow = z.object({
  obligationRowId: z.number().int(),
  obligationId: z.string(),
  unit: ZUnitRef,
  agency: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  compliance: ZCompliance,
  due: z.string().nullable(),
  issuedOn: z.string().nullable(),
  childPlan: ZPlanRef.nullable(),
  /** Dimension codes no task of the child plan links to. */
  uncovered: z.array(z.string()),
  /** Numbers of parent tasks concerning the unit the child plan does not carry. */
  missingParentTasks: z.array(z.string()),
  lastRemindedAt: ZTimestamp.nullable(),
});

export const ZComplianceCounts = z.object({
  total: z.number().int(),
  on_time: z.number().int(),
  late: z.number().int(),
  not_yet: z.number().int(),
  overdue: z.number().int(),
});

export const ZComplianceBoard = z.object({
  plan: ZPlanRef,
  obligations: z.array(
    z.object({
      obligationId: z.string(),
      addressees: z.string(),
      due: z.string().nullable(),
      deadlineText: z.string(),
      counts: ZComplianceCounts,
    }),
  ),
  rows: z.array(ZComplianceRow),
  summary: ZComplianceCounts,
  /** The caller may send reminders from this board. */
  canRemind: z.boolean(),
});
export type TComplianceBoard = z.infer<typeof ZComplianceBoard>;

export const getComplianceBoard = defineRoute({
  method: 'get',
  path: '/api/plans/:id/compliance',
  summary: 'Bảng theo dõi các đơn vị được giao ban hành kế hoạch: đúng hạn, muộn, chưa, quá hạn',
  tag: TAG,
  params: ZIdParams,
  response: ZComplianceBoard,
});

export const ZTaskTrace = z.object({
  taskId: z.number().int(),
  number: z.string(),
  /** The parent plan's task this one implements (readable by the caller), or null. */
  parentTask: z
    .object({
      plan: ZPlanRef,
      taskId: z.number().int(),
      number: z.string(),
      content: z.string(),
    })
    .nullable(),
  /** Tasks of child plans (in the caller's scope) that implement this one. */
  childTasks: z.array(
    z.object({
      plan: ZPlanRef,
      taskId: z.number().int(),
      number: z.string(),
      content: z.string(),
    }),
  ),
});

export const ZPlanTrace = z.object({
  planId: z.number().int(),
  parentPlan: ZPlanRef.nullable(),
  childPlans: z.array(ZPlanRef),
  tasks: z.array(ZTaskTrace),
});
export type TPlanTrace = z.infer<typeof ZPlanTrace>;

export const getPlanTrace = defineRoute({
  method: 'get',
  path: '/api/plans/:id/trace',
  summary: 'Truy vết nhiệm vụ: nhiệm vụ cấp trên được thực hiện và nhiệm vụ cấp dưới thực hiện',
  tag: TAG,
  params: ZIdParams,
  response: ZPlanTrace,
});

/**
 * Which units one action obliges: every current unit of `level` below `unitId`, or with
 * `department` every active sở/ban/ngành of `unitId` itself (not its People's Committee).
 */
export const ZObligeAllQuery = z.object({
  /** The plan's unit (the default) or a unit below it (a district of an old-era province). */
  unitId: ZId.optional(),
  level: z.enum(['district', 'commune', 'department']).default('commune'),
});

/** What "oblige all" would add, before it is confirmed. */
export const ZObligeAllPreview = z.object({
  /** Units that would be added: current, of the level, not yet obliged by the plan. */
  count: z.number().int(),
  /** Of them, already named by one of the plan's obligations (not added twice). */
  alreadyObliged: z.number().int(),
  /** The first names, in Vietnamese order, to show in the confirmation. */
  sample: z.array(z.string()),
  /** The addressees line proposed for the obligation ("UBND các xã, phường"). */
  addressees: z.string(),
});
export type TObligeAllPreview = z.infer<typeof ZObligeAllPreview>;

export const previewObligeAll = defineRoute({
  method: 'get',
  path: '/api/plans/:id/obligations/all',
  summary:
    'Xem trước: giao tất cả xã, phường (hoặc huyện, hoặc các sở, ban, ngành) của một đơn vị ban hành kế hoạch',
  tag: TAG,
  params: ZIdParams,
  query: ZObligeAllQuery,
  response: ZObligeAllPreview,
});

export const obligeAll = defineRoute({
  method: 'post',
  path: '/api/plans/:id/obligations/all',
  summary:
    'Giao tất cả xã, phường (hoặc huyện, hoặc các sở, ban, ngành) của một đơn vị ban hành kế hoạch, trong một thao tác',
  tag: TAG,
  params: ZIdParams,
  body: ZObligeAllQuery.extend({
    version: ZVersioned.shape.version,
    addressees: z.string().trim().min(1).max(500),
    deadline: ZDeadline,
  }),
  response: z.object({ added: z.number().int(), plan: ZPlanDetail }),
});
